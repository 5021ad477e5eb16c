"""The stages of a dispute and the moves between them, with the guard of each move.

This is the one place that decides whether a case may change stage.  Services
collect the facts about a case (`CaseFacts`) and ask `check_move`; a refusal
names the rule that refused it so the screen can explain it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sulh.domain.errors import MoveRefused
from sulh.domain.fields import field_label
from sulh.i18n import QT_TRANSLATE_NOOP, Joined, Message, msg


class Stage(StrEnum):
    INTAKE = "intake"
    SCREENING = "screening"
    MEDIATION = "mediation"
    AGREEMENT_DRAFTED = "agreement_drafted"
    SIGNED = "signed"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"
    REFERRED = "referred"
    WITHDRAWN = "withdrawn"
    REOPENED = "reopened"


STAGE_LABELS: dict[Stage, tuple[str, str]] = {
    Stage.INTAKE: QT_TRANSLATE_NOOP("Stage", "Intake"),
    Stage.SCREENING: QT_TRANSLATE_NOOP("Stage", "Screening"),
    Stage.MEDIATION: QT_TRANSLATE_NOOP("Stage", "Mediation"),
    Stage.AGREEMENT_DRAFTED: QT_TRANSLATE_NOOP("Stage", "Agreement drafted"),
    Stage.SIGNED: QT_TRANSLATE_NOOP("Stage", "Signed"),
    Stage.FOLLOW_UP: QT_TRANSLATE_NOOP("Stage", "Follow-up"),
    Stage.CLOSED: QT_TRANSLATE_NOOP("Stage", "Closed"),
    Stage.REFERRED: QT_TRANSLATE_NOOP("Stage", "Referred"),
    Stage.WITHDRAWN: QT_TRANSLATE_NOOP("Stage", "Withdrawn"),
    Stage.REOPENED: QT_TRANSLATE_NOOP("Stage", "Reopened"),
}

#: Stages in which nothing more happens unless a supervisor reopens the case.
FINAL_STAGES = frozenset({Stage.CLOSED, Stage.WITHDRAWN})
OPEN_STAGES = frozenset(Stage) - FINAL_STAGES


class Move(StrEnum):
    SUBMIT_FOR_SCREENING = "submit_for_screening"
    START_MEDIATION = "start_mediation"
    REFER = "refer"
    DRAFT_AGREEMENT = "draft_agreement"
    RETURN_TO_MEDIATION = "return_to_mediation"
    MARK_SIGNED = "mark_signed"
    START_FOLLOW_UP = "start_follow_up"
    CLOSE = "close"
    REOPEN = "reopen"
    RESCREEN = "rescreen"


MOVE_LABELS: dict[Move, tuple[str, str]] = {
    Move.SUBMIT_FOR_SCREENING: QT_TRANSLATE_NOOP("Move", "Send to screening"),
    Move.START_MEDIATION: QT_TRANSLATE_NOOP("Move", "Start mediation"),
    Move.REFER: QT_TRANSLATE_NOOP("Move", "Refer"),
    Move.DRAFT_AGREEMENT: QT_TRANSLATE_NOOP("Move", "Agreement drafted"),
    Move.RETURN_TO_MEDIATION: QT_TRANSLATE_NOOP("Move", "Back to mediation"),
    Move.MARK_SIGNED: QT_TRANSLATE_NOOP("Move", "Mark signed"),
    Move.START_FOLLOW_UP: QT_TRANSLATE_NOOP("Move", "Start follow-up"),
    Move.CLOSE: QT_TRANSLATE_NOOP("Move", "Close"),
    Move.REOPEN: QT_TRANSLATE_NOOP("Move", "Reopen"),
    Move.RESCREEN: QT_TRANSLATE_NOOP("Move", "Screen again"),
}


class ClosureReason(StrEnum):
    RESOLVED_FULLY = "resolved_fully"
    RESOLVED_PARTLY = "resolved_partly"
    NO_AGREEMENT = "no_agreement"
    WITHDRAWN = "withdrawn"
    REFERRED = "referred"
    UNREACHABLE = "unreachable"


#: The shipped names of the closure reasons, for refusals that name one.
CLOSURE_LABELS: dict[ClosureReason, tuple[str, str]] = {
    ClosureReason.RESOLVED_FULLY: QT_TRANSLATE_NOOP("ClosureReason", "Fully resolved"),
    ClosureReason.RESOLVED_PARTLY: QT_TRANSLATE_NOOP("ClosureReason", "Partly resolved"),
    ClosureReason.NO_AGREEMENT: QT_TRANSLATE_NOOP("ClosureReason", "No agreement reached"),
    ClosureReason.WITHDRAWN: QT_TRANSLATE_NOOP("ClosureReason", "Withdrawn"),
    ClosureReason.REFERRED: QT_TRANSLATE_NOOP("ClosureReason", "Referred elsewhere"),
    ClosureReason.UNREACHABLE: QT_TRANSLATE_NOOP("ClosureReason", "Parties unreachable"),
}


#: Where each move may start and where it leads.
MOVES: dict[Move, tuple[frozenset[Stage], Stage | None]] = {
    Move.SUBMIT_FOR_SCREENING: (frozenset({Stage.INTAKE}), Stage.SCREENING),
    Move.START_MEDIATION: (frozenset({Stage.SCREENING, Stage.REOPENED}), Stage.MEDIATION),
    Move.REFER: (frozenset({Stage.SCREENING, Stage.MEDIATION, Stage.REOPENED}), Stage.REFERRED),
    Move.DRAFT_AGREEMENT: (frozenset({Stage.MEDIATION}), Stage.AGREEMENT_DRAFTED),
    Move.RETURN_TO_MEDIATION: (frozenset({Stage.AGREEMENT_DRAFTED}), Stage.MEDIATION),
    Move.MARK_SIGNED: (frozenset({Stage.AGREEMENT_DRAFTED}), Stage.SIGNED),
    Move.START_FOLLOW_UP: (frozenset({Stage.SIGNED}), Stage.FOLLOW_UP),
    # CLOSE leads to CLOSED, or to WITHDRAWN when the reason is "withdrawn".
    Move.CLOSE: (frozenset(OPEN_STAGES - {Stage.SIGNED}), None),
    Move.REOPEN: (frozenset({Stage.CLOSED, Stage.WITHDRAWN, Stage.REFERRED, Stage.FOLLOW_UP}),
                  Stage.REOPENED),
    Move.RESCREEN: (frozenset({Stage.REOPENED}), Stage.SCREENING),
}

#: Which closure reasons fit which stage.  Resolution can only be claimed once
#: an agreement has been signed and followed up; "referred" only after a referral.
CLOSURE_FROM: dict[ClosureReason, frozenset[Stage]] = {
    ClosureReason.RESOLVED_FULLY: frozenset({Stage.FOLLOW_UP}),
    ClosureReason.RESOLVED_PARTLY: frozenset({Stage.FOLLOW_UP}),
    ClosureReason.NO_AGREEMENT: frozenset({Stage.MEDIATION, Stage.AGREEMENT_DRAFTED,
                                           Stage.REOPENED}),
    ClosureReason.WITHDRAWN: frozenset({Stage.INTAKE, Stage.SCREENING, Stage.MEDIATION,
                                        Stage.AGREEMENT_DRAFTED, Stage.REOPENED}),
    ClosureReason.REFERRED: frozenset({Stage.REFERRED}),
    ClosureReason.UNREACHABLE: frozenset({Stage.INTAKE, Stage.SCREENING, Stage.MEDIATION,
                                          Stage.AGREEMENT_DRAFTED, Stage.FOLLOW_UP,
                                          Stage.REOPENED}),
}


@dataclass(frozen=True)
class CaseFacts:
    """What the guards need to know about a case; collected by the services."""

    stage: Stage
    intake_missing: tuple[str, ...] = ()
    party_count: int = 0
    screening_recorded: bool = False
    screening_passed: bool = False
    screening_approved: bool = False
    parties_without_consent: tuple[str, ...] = ()
    referral_count: int = 0
    agreement_clause_count: int = 0
    agreement_printed_current: bool = False
    unsigned_signatories: tuple[str, ...] = ()
    party_signatory_count: int = 0
    follow_ups_scheduled: int = 0
    follow_ups_pending: int = 0
    breach_recorded: bool = False


@dataclass(frozen=True)
class Refusal:
    rule: str
    message: Message


def _refuse(rule: str, marked: tuple[str, str], **params: object) -> Refusal:
    return Refusal(rule, msg(marked, **params))


def target_stage(move: Move, closure_reason: ClosureReason | None = None) -> Stage:
    if move is Move.CLOSE:
        return Stage.WITHDRAWN if closure_reason is ClosureReason.WITHDRAWN else Stage.CLOSED
    target = MOVES[move][1]
    assert target is not None
    return target


def refusals(move: Move, facts: CaseFacts, *, closure_reason: ClosureReason | None = None,
             reason_text: str = "", closure_label: object = None) -> list[Refusal]:
    """Every rule that refuses `move` for a case with `facts`; empty when allowed.

    Messages name stages, moves, fields and reasons by their labels, never their
    codes; `closure_label` is the name of the reason as the user chose it (an added
    reason that counts as `closure_reason`)."""
    sources, _ = MOVES[move]
    if facts.stage not in sources:
        return [_refuse("stage", QT_TRANSLATE_NOOP("Rule", "“{move}” is not possible while the case is at "
                                            "the stage “{stage}”."),
                        move=msg(MOVE_LABELS[move]), stage=msg(STAGE_LABELS[facts.stage]))]
    out: list[Refusal] = []
    if move is Move.SUBMIT_FOR_SCREENING:
        if facts.intake_missing:
            out.append(_refuse("intake_complete", QT_TRANSLATE_NOOP("Rule", "The intake is not complete: "
                                                             "{fields}."),
                               fields=Joined(tuple(field_label(f)
                                                   for f in facts.intake_missing))))
        if facts.party_count < 2:
            out.append(_refuse("two_parties", QT_TRANSLATE_NOOP("Rule", "A dispute needs at least two "
                                                         "parties.")))
    elif move is Move.START_MEDIATION:
        if not facts.screening_recorded:
            out.append(_refuse("screening_required", QT_TRANSLATE_NOOP("Rule", "No mediation before the "
                                                                "screening checklist is "
                                                                "completed.")))
        elif not facts.screening_passed:
            out.append(_refuse("screening_failed", QT_TRANSLATE_NOOP("Rule", "The screening found this "
                                                              "dispute must be referred, "
                                                              "not mediated.")))
        elif not facts.screening_approved:
            out.append(_refuse("screening_approval", QT_TRANSLATE_NOOP("Rule", "The screening decision "
                                                                "must be approved by a "
                                                                "coordinator.")))
        if facts.parties_without_consent:
            out.append(_refuse("consent", QT_TRANSLATE_NOOP("Rule", "Every party must consent freely to "
                                                     "mediation; missing: {parties}."),
                               parties=", ".join(facts.parties_without_consent)))
    elif move is Move.REFER:
        if facts.referral_count == 0:
            out.append(_refuse("referral_recorded", QT_TRANSLATE_NOOP("Rule", "Record the referral (to "
                                                               "whom and why) first.")))
    elif move is Move.DRAFT_AGREEMENT:
        if facts.agreement_clause_count == 0:
            out.append(_refuse("agreement_clauses", QT_TRANSLATE_NOOP("Rule", "The agreement has no "
                                                               "clauses yet.")))
    elif move is Move.MARK_SIGNED:
        if not facts.agreement_printed_current:
            out.append(_refuse("agreement_printed", QT_TRANSLATE_NOOP("Rule", "The agreement must be "
                                                               "printed, as it stands now, "
                                                               "before it is signed.")))
        if facts.party_signatory_count < 2:
            out.append(_refuse("party_signatories", QT_TRANSLATE_NOOP("Rule", "At least two parties must "
                                                               "sign the agreement.")))
        if facts.unsigned_signatories:
            out.append(_refuse("all_signatories", QT_TRANSLATE_NOOP("Rule", "Not everyone has signed or "
                                                             "given a thumbprint: "
                                                             "{names}."),
                               names=", ".join(facts.unsigned_signatories)))
    elif move is Move.START_FOLLOW_UP:
        if facts.follow_ups_scheduled == 0:
            out.append(_refuse("follow_ups_scheduled", QT_TRANSLATE_NOOP("Rule", "Schedule at least one "
                                                                  "follow-up first.")))
    elif move is Move.CLOSE:
        if closure_reason is None:
            out.append(_refuse("closure_reason", QT_TRANSLATE_NOOP("Rule", "Closing a case needs a "
                                                            "reason.")))
        elif facts.stage not in CLOSURE_FROM[closure_reason]:
            out.append(_refuse("closure_reason_stage",
                               QT_TRANSLATE_NOOP("Rule", "The reason “{reason}” does not fit a case at the "
                                          "stage “{stage}”."),
                               reason=closure_label if closure_label is not None
                               else msg(CLOSURE_LABELS[closure_reason]),
                               stage=msg(STAGE_LABELS[facts.stage])))
        elif closure_reason is ClosureReason.RESOLVED_FULLY:
            if facts.breach_recorded:
                out.append(_refuse("resolved_with_breach",
                                   QT_TRANSLATE_NOOP("Rule", "A breach was recorded: the case cannot be "
                                              "closed as fully resolved.")))
            if facts.follow_ups_pending:
                out.append(_refuse("follow_ups_pending",
                                   QT_TRANSLATE_NOOP("Rule", "{count} follow-up(s) still to be done."),
                                   count=facts.follow_ups_pending))
        elif closure_reason is ClosureReason.REFERRED and facts.referral_count == 0:
            out.append(_refuse("referral_recorded", QT_TRANSLATE_NOOP("Rule", "Record the referral (to "
                                                               "whom and why) first.")))
    elif move is Move.REOPEN:
        if facts.stage is Stage.FOLLOW_UP and not facts.breach_recorded:
            out.append(_refuse("reopen_needs_breach",
                               QT_TRANSLATE_NOOP("Rule", "A case in follow-up is reopened only when a "
                                          "breach is recorded.")))
        if not reason_text.strip():
            out.append(_refuse("reopen_reason", QT_TRANSLATE_NOOP("Rule", "Say why the case is reopened.")))
    return out


def check_move(move: Move, facts: CaseFacts, *, closure_reason: ClosureReason | None = None,
               reason_text: str = "", closure_label: object = None) -> Stage:
    """Return the stage `move` leads to, or raise MoveRefused naming the first rule."""
    found = refusals(move, facts, closure_reason=closure_reason, reason_text=reason_text,
                     closure_label=closure_label)
    if found:
        first = found[0]
        raise MoveRefused(first.message, rule=first.rule, details=found)
    return target_stage(move, closure_reason)


def moves_from(stage: Stage) -> list[Move]:
    """Moves whose source includes `stage` (before guards and permissions)."""
    return [m for m, (sources, _) in MOVES.items() if stage in sources]
