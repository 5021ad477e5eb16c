"""The screening checklist that every dispute passes before any mediation.

Iraqi criminal procedure (Law 23 of 1971, arts. 194-198) allows conciliation
only for offences prosecuted on the victim's complaint, and above one year's
penalty only with a judge's approval; gender-based violence, a child at risk or
a party under pressure are never mediated by the forum.  Any red flag, or a
category that must be referred, sends the dispute to referral.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from sulh.domain.errors import ValidationError
from sulh.i18n import QT_TRANSLATE_NOOP, msg


class Question(StrEnum):
    SERIOUS_CRIME = "serious_crime"
    NEEDS_COURT_APPROVAL = "needs_court_approval"
    GBV_OR_DOMESTIC = "gbv_or_domestic"
    CHILD_AT_RISK = "child_at_risk"
    COERCION_OR_IMBALANCE = "coercion_or_imbalance"
    ALL_CONSENT_FREELY = "all_consent_freely"


QUESTION_LABELS = {
    Question.SERIOUS_CRIME: QT_TRANSLATE_NOOP("Screening", "Is it a serious crime (killing, serious injury, "
                                            "kidnapping, armed attack, terrorism)?"),
    Question.NEEDS_COURT_APPROVAL: QT_TRANSLATE_NOOP("Screening", "Is it an offence that can only be settled "
                                                   "with a court's approval?"),
    Question.GBV_OR_DOMESTIC: QT_TRANSLATE_NOOP("Screening", "Does it involve gender-based or domestic "
                                              "violence?"),
    Question.CHILD_AT_RISK: QT_TRANSLATE_NOOP("Screening", "Is a child at risk?"),
    Question.COERCION_OR_IMBALANCE: QT_TRANSLATE_NOOP("Screening", "Is any party under pressure, or is there "
                                                    "a serious imbalance of power?"),
    Question.ALL_CONSENT_FREELY: QT_TRANSLATE_NOOP("Screening", "Have all parties consented freely to "
                                                 "mediation?"),
}

#: The answer that raises a red flag for each question.
RED_FLAG_ANSWER: dict[Question, bool] = {
    Question.SERIOUS_CRIME: True,
    Question.NEEDS_COURT_APPROVAL: True,
    Question.GBV_OR_DOMESTIC: True,
    Question.CHILD_AT_RISK: True,
    Question.COERCION_OR_IMBALANCE: True,
    Question.ALL_CONSENT_FREELY: False,
}


class Decision(StrEnum):
    MEDIATE = "mediate"
    REFER = "refer"


@dataclass(frozen=True)
class ScreeningResult:
    decision: Decision
    red_flags: tuple[str, ...]   # question codes, plus "category" for a must-refer category


def evaluate(answers: Mapping[str, bool | None], *, category_must_refer: bool) -> ScreeningResult:
    """Decide from a complete checklist.  Every question must be answered."""
    for q in Question:
        value = answers.get(q.value)
        if not isinstance(value, bool):
            raise ValidationError(
                msg(QT_TRANSLATE_NOOP("Screening", "Every screening question must be answered yes or no.")),
                field=q.value)
    unknown = set(answers) - {q.value for q in Question}
    if unknown:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Screening", "Unknown screening question: {name}."),
                                  name=sorted(unknown)[0]), field=sorted(unknown)[0])
    flags = [q.value for q in Question if answers[q.value] is RED_FLAG_ANSWER[q]]
    if category_must_refer:
        flags.insert(0, "category")
    return ScreeningResult(Decision.REFER if flags else Decision.MEDIATE, tuple(flags))
