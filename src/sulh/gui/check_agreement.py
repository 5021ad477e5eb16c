"""Checking a paper agreement: the code printed on it (typed, or scanned as the QR code's
text) against the record — whether the paper is the agreement in force, and which
agreement it is."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QWidget

from sulh.domain.roles import Action
from sulh.gui import feedback
from sulh.gui.dialogs.base import isolate, show_date, show_datetime, show_iqd
from sulh.gui.dialogs.labels import AGREEMENT_STATUS, LANGUAGE_PAIRS, label
from sulh.gui.forms import load_form
from sulh.gui.qt_i18n import digits, translate
from sulh.gui.session import AppSession
from sulh.i18n import QT_TRANSLATE_NOOP
from sulh.services import verification
from sulh.services.verification import CheckResult, SignatureCheck, Verdict

GOOD, WARN, BAD = "good", "warn", "bad"
TONES = {
    GOOD: "background: #1e7e34; color: white;",
    WARN: "background: #f0ad4e; color: #2b1d00;",
    BAD: "background: #b02a37; color: white;",
}

#: The headline of each answer and how it is shown: green, amber or red.
VERDICTS: dict[Verdict, tuple[tuple[str, str], str]] = {
    Verdict.MATCHES: (QT_TRANSLATE_NOOP("CheckAgreement", "✔ Matches the record"), GOOD),
    Verdict.AMENDED: (QT_TRANSLATE_NOOP("CheckAgreement", "⚠ A true copy, but amended after "
                                                          "it was printed"), WARN),
    Verdict.EARLIER_DRAFT: (QT_TRANSLATE_NOOP("CheckAgreement", "⚠ A copy of an earlier draft"),
                            WARN),
    Verdict.RECORD_CHANGED: (QT_TRANSLATE_NOOP("CheckAgreement", "⚠ A true copy, but the record "
                                                                 "has changed since"), WARN),
    Verdict.CONTENT_DIFFERS: (QT_TRANSLATE_NOOP("CheckAgreement", "✘ Does not match"), BAD),
    Verdict.BAD_SIGNATURE: (QT_TRANSLATE_NOOP("CheckAgreement", "✘ Does not match: the code's "
                                                                "signature is not valid"), BAD),
    Verdict.UNKNOWN_AGREEMENT: (QT_TRANSLATE_NOOP("CheckAgreement", "✘ No such agreement"), BAD),
}

SIGNATURES = {
    SignatureCheck.VALID: QT_TRANSLATE_NOOP("CheckAgreement", "valid — made by this "
                                                              "installation, not altered"),
    SignatureCheck.INVALID: QT_TRANSLATE_NOOP("CheckAgreement", "NOT valid — the code was "
                                                                "altered or made elsewhere"),
    SignatureCheck.UNKNOWN_KEY: QT_TRANSLATE_NOOP("CheckAgreement", "made with a key this "
                                                                    "installation does not "
                                                                    "have; not checked"),
    SignatureCheck.NOT_PRESENT: QT_TRANSLATE_NOOP("CheckAgreement", "none — the short code "
                                                                    "carries no signature; "
                                                                    "scan the QR code to "
                                                                    "check one"),
}


class CheckAgreementDialog(QObject):
    """The dialog (Designer form `ui/check_agreement_dialog.ui`); `open_case` asks the
    main window to open the case of the agreement found."""

    open_case = Signal(int)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        dialog: QDialog = load_form("check_agreement_dialog", parent)
        super().__init__(dialog)
        self.session = session
        self.dialog = dialog
        self.result: CheckResult | None = None
        self.tone: str | None = None
        d = dialog
        d.setProperty("controller", self)
        big = QFont(d.verdict.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        d.verdict.setFont(big)
        d.verdict.setMinimumHeight(d.verdict.fontMetrics().height() * 2)
        d.codeError.setStyleSheet("color: #c0392b;")
        # Values line up with their captions, whatever script they are written in.
        edge = (Qt.AlignmentFlag.AlignRight
                if d.layoutDirection() == Qt.LayoutDirection.RightToLeft
                else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute
        for name in ("intro", "codeError", "message", "notes", "number", "caseNumber",
                     "parties", "status", "content", "printed", "amendments", "signature"):
            getattr(d, name).setAlignment(edge | Qt.AlignmentFlag.AlignVCenter)
        d.checkButton.clicked.connect(lambda _checked=False: self.check())
        d.openCase.clicked.connect(self._open_case)
        d.closeButton.clicked.connect(d.reject)
        self._clear()

    def _digits(self, text: str) -> str:
        return digits(text, self.session.settings.arabic_indic_digits)

    def _clear(self) -> None:
        d = self.dialog
        feedback.clear_marks(d)
        d.resultFrame.hide()
        d.openCase.setEnabled(False)

    def check(self, code: str | None = None) -> CheckResult | None:
        """Check the code in the box (or `code`) and show the answer."""
        d = self.dialog
        if code is not None:
            d.code.setText(code)
        self._clear()
        self.result, self.tone = None, None
        try:
            result = verification.check_code(self.session.ctx, self.session.actor,
                                             d.code.text())
        except Exception as e:  # noqa: BLE001 - shown to the user; nothing was changed
            feedback.show_error(d, e)
            return None
        self.result = result
        if result.verdict is Verdict.MALFORMED:
            d.codeError.setText(str(result.message))
            d.codeError.show()
            d.code.setStyleSheet(feedback.ERROR_STYLE)
            d.code.setProperty("sulhError", True)
        else:
            self._show(result)
        d.code.setFocus()
        d.code.selectAll()           # the next scan replaces this code
        return result

    def _show(self, r: CheckResult) -> None:
        d = self.dialog
        headline, tone = VERDICTS[r.verdict]
        self.tone = tone
        d.verdict.setText(translate(*headline))
        d.verdict.setStyleSheet(f"QLabel {{ {TONES[tone]} border-radius: 6px; padding: 10px; }}")
        d.message.setText(str(r.message))
        d.notes.setText("\n".join(str(n) for n in r.notes))
        d.notes.setVisible(bool(r.notes))
        d.signature.setText(translate(*SIGNATURES[r.signature]))
        d.signature.setStyleSheet("color: #b02a37; font-weight: bold;"
                                  if r.signature is SignatureCheck.INVALID else "")
        a = r.agreement
        d.agreementBox.setVisible(a is not None)
        if a is not None:
            self._show_agreement(r, a)
        d.openCase.setEnabled(a is not None and self.session.may(Action.VIEW_CASES))
        d.resultFrame.show()

    def _show_agreement(self, r: CheckResult, a: verification.CheckedAgreement) -> None:
        d, s = self.dialog, self.session
        d.number.setText(self._digits(a.number))
        d.caseNumber.setText(self._digits(a.case_number))
        d.parties.setText("\n".join(isolate(name) for name in a.party_names) or "—")
        status = label(AGREEMENT_STATUS, a.status)
        if a.signed_at is not None:
            status = translate("CheckAgreement", "{status}, signed on {date}").format(
                status=status, date=show_date(s, a.signed_at.date()))
        d.status.setText(status)
        content = [label(LANGUAGE_PAIRS, a.languages),
                   translate("CheckAgreement", "{n} clause(s) in force").format(
                       n=self._digits(str(a.clauses_in_force)))]
        if a.compensation_iqd:
            content.append(translate("CheckAgreement", "compensation {amount} IQD").format(
                amount=show_iqd(s, a.compensation_iqd)))
        d.content.setText(" · ".join(content))
        form = d.agreementForm
        printed = r.copy_printed_at is not None
        if printed:
            d.printed.setText(translate("CheckAgreement", "printed {at}").format(
                at=show_datetime(s, r.copy_printed_at)))
        form.setRowVisible(d.printed, printed)
        amended = r.amended_after
        if amended:
            d.amendments.setText("\n".join(
                translate("CheckAgreement", "Amendment {n} of {date}: {reason}").format(
                    n=self._digits(str(x.seq)), date=show_date(s, x.recorded_at.date()),
                    reason=isolate(x.reason)) for x in amended))
        form.setRowVisible(d.amendments, bool(amended))

    def _open_case(self) -> None:
        if self.result is not None and self.result.agreement is not None:
            self.open_case.emit(self.result.agreement.case_id)
            self.dialog.accept()

    def open(self) -> None:
        """Show without blocking (window-modal)."""
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()

    def exec(self) -> int:
        return self.dialog.exec()
