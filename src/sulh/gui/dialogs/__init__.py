"""The dialogs for each step of a case, each a Designer form in ui/ driven by a controller
that calls the services."""

from sulh.gui.dialogs.agreement_editor import AgreementEditor
from sulh.gui.dialogs.base import CaseDialog
from sulh.gui.dialogs.close_case import CloseCaseDialog
from sulh.gui.dialogs.consent import AssignMediatorDialog, ConsentDialog
from sulh.gui.dialogs.follow_up import FollowUpDialog, FollowUpScheduleDialog
from sulh.gui.dialogs.referral import ReferralDialog, ReferralOutcomeDialog
from sulh.gui.dialogs.reopen import ReopenDialog, ReturnToMediationDialog
from sulh.gui.dialogs.screening import ScreeningDialog
from sulh.gui.dialogs.session_dialog import SessionDialog
from sulh.gui.dialogs.signing import SigningDialog
from sulh.gui.dialogs.truce import TruceDialog

__all__ = [
    "AgreementEditor",
    "AssignMediatorDialog",
    "CaseDialog",
    "CloseCaseDialog",
    "ConsentDialog",
    "FollowUpDialog",
    "FollowUpScheduleDialog",
    "ReferralDialog",
    "ReferralOutcomeDialog",
    "ReopenDialog",
    "ReturnToMediationDialog",
    "ScreeningDialog",
    "SessionDialog",
    "SigningDialog",
    "TruceDialog",
]
