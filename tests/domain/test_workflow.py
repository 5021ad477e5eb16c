"""The stage machine on its own: every (stage, move) cell, every guard refused by
itself, and every closure reason at every stage."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator

import pytest

from sulh.domain.errors import MoveRefused, SulhError
from sulh.domain.workflow import (
    CLOSURE_FROM,
    CLOSURE_LABELS,
    MOVE_LABELS,
    MOVES,
    STAGE_LABELS,
    CaseFacts,
    ClosureReason,
    Move,
    Stage,
    check_move,
    moves_from,
    refusals,
)
from sulh.i18n import set_translator

#: The English labels users see for each code (messages never show the codes).
MOVE_NAME = {m: text for m, (_context, text) in MOVE_LABELS.items()}
STAGE_NAME = {s: text for s, (_context, text) in STAGE_LABELS.items()}
REASON_NAME = {r: text for r, (_context, text) in CLOSURE_LABELS.items()}

S = Stage

#: Where each move may start and where it leads, written out from the product
#: rules so that a change to the machine has to be made here as well.
SPEC: dict[Move, tuple[set[Stage], Stage | None]] = {
    Move.SUBMIT_FOR_SCREENING: ({S.INTAKE}, S.SCREENING),
    Move.START_MEDIATION: ({S.SCREENING, S.REOPENED}, S.MEDIATION),
    Move.REFER: ({S.SCREENING, S.MEDIATION, S.REOPENED}, S.REFERRED),
    Move.DRAFT_AGREEMENT: ({S.MEDIATION}, S.AGREEMENT_DRAFTED),
    Move.RETURN_TO_MEDIATION: ({S.AGREEMENT_DRAFTED}, S.MEDIATION),
    Move.MARK_SIGNED: ({S.AGREEMENT_DRAFTED}, S.SIGNED),
    Move.START_FOLLOW_UP: ({S.SIGNED}, S.FOLLOW_UP),
    # A signed agreement is followed up before the case can close; closed and
    # withdrawn cases are final until reopened.
    Move.CLOSE: ({S.INTAKE, S.SCREENING, S.MEDIATION, S.AGREEMENT_DRAFTED, S.FOLLOW_UP,
                  S.REFERRED, S.REOPENED}, None),
    Move.REOPEN: ({S.CLOSED, S.WITHDRAWN, S.REFERRED, S.FOLLOW_UP}, S.REOPENED),
    Move.RESCREEN: ({S.REOPENED}, S.SCREENING),
}

#: Which closure reason fits which stage.
CLOSURE_SPEC: dict[ClosureReason, set[Stage]] = {
    ClosureReason.RESOLVED_FULLY: {S.FOLLOW_UP},
    ClosureReason.RESOLVED_PARTLY: {S.FOLLOW_UP},
    ClosureReason.NO_AGREEMENT: {S.MEDIATION, S.AGREEMENT_DRAFTED, S.REOPENED},
    ClosureReason.WITHDRAWN: {S.INTAKE, S.SCREENING, S.MEDIATION, S.AGREEMENT_DRAFTED,
                              S.REOPENED},
    ClosureReason.REFERRED: {S.REFERRED},
    ClosureReason.UNREACHABLE: {S.INTAKE, S.SCREENING, S.MEDIATION, S.AGREEMENT_DRAFTED,
                                S.FOLLOW_UP, S.REOPENED},
}

#: A case for which every guard of every move holds.
GOOD = {
    "intake_missing": (),
    "party_count": 2,
    "screening_recorded": True,
    "screening_passed": True,
    "screening_approved": True,
    "parties_without_consent": (),
    "referral_count": 1,
    "agreement_clause_count": 3,
    "agreement_printed_current": True,
    "unsigned_signatories": (),
    "party_signatory_count": 2,
    "follow_ups_scheduled": 2,
    "follow_ups_pending": 0,
    "breach_recorded": False,
}


def good_facts(move: Move, stage: Stage, **changes: object) -> CaseFacts:
    facts = dict(GOOD)
    if move is Move.REOPEN and stage is S.FOLLOW_UP:
        facts["breach_recorded"] = True   # a case in follow-up reopens only on a breach
    facts.update(changes)
    return CaseFacts(stage=stage, **facts)  # type: ignore[arg-type]


def fitting_reason(stage: Stage) -> ClosureReason:
    return next(r for r in ClosureReason if stage in CLOSURE_SPEC[r])


def rules_of(move: Move, facts: CaseFacts, **kwargs: object) -> list[str]:
    return [r.rule for r in refusals(move, facts, **kwargs)]  # type: ignore[arg-type]


def assert_renders(message: object) -> None:
    text = str(message)
    assert text.strip()
    assert "{" not in text and "}" not in text


# ---------------------------------------------------------------- the spec itself

def test_the_spec_is_the_machine() -> None:
    assert {m: (set(src), tgt) for m, (src, tgt) in MOVES.items()} == SPEC
    assert {r: set(st) for r, st in CLOSURE_FROM.items()} == CLOSURE_SPEC


def test_every_closure_reason_fits_only_stages_that_can_close() -> None:
    for reason, stages in CLOSURE_FROM.items():
        assert stages <= MOVES[Move.CLOSE][0], reason


def test_every_stage_that_can_close_has_a_fitting_reason() -> None:
    for stage in SPEC[Move.CLOSE][0]:
        assert any(stage in CLOSURE_FROM[r] for r in ClosureReason), stage


@pytest.mark.parametrize("stage", list(Stage), ids=str)
def test_moves_from_lists_the_moves_that_start_there(stage: Stage) -> None:
    assert set(moves_from(stage)) == {m for m, (src, _) in SPEC.items() if stage in src}


def test_final_stages_only_reopen() -> None:
    assert moves_from(S.CLOSED) == [Move.REOPEN]
    assert moves_from(S.WITHDRAWN) == [Move.REOPEN]


# ---------------------------------------------------------------- every (stage, move) cell

def _cells() -> Iterator[object]:
    for stage, move in itertools.product(Stage, Move):
        yield pytest.param(stage, move, id=f"{stage}-{move}")


@pytest.mark.parametrize(("stage", "move"), list(_cells()))
def test_stage_move_cell(stage: Stage, move: Move) -> None:
    sources, target = SPEC[move]
    reason = fitting_reason(stage) if move is Move.CLOSE and stage in sources else None
    facts = good_facts(move, stage)
    found = refusals(move, facts, closure_reason=reason, reason_text="agreement broken")
    if stage not in sources:
        # Whatever else is true of the case, the only refusal is the stage.
        assert [r.rule for r in found] == ["stage"]
        text = str(found[0].message)
        assert f"“{MOVE_NAME[move]}”" in text and f"“{STAGE_NAME[stage]}”" in text
        assert f"“{move.value}”" not in text and f"“{stage.value}”" not in text
        with pytest.raises(MoveRefused) as exc:
            check_move(move, facts, closure_reason=reason, reason_text="agreement broken")
        assert exc.value.rule == "stage"
        return
    assert found == []
    expected = target
    if move is Move.CLOSE:
        expected = S.WITHDRAWN if reason is ClosureReason.WITHDRAWN else S.CLOSED
    assert check_move(move, facts, closure_reason=reason,
                      reason_text="agreement broken") is expected


@pytest.mark.parametrize(("stage", "move"),
                         [pytest.param(s, m, id=f"{s}-{m}")
                          for s, m in itertools.product(Stage, Move) if s not in SPEC[m][0]])
def test_a_wrong_stage_is_refused_even_when_nothing_else_holds(stage: Stage, move: Move
                                                               ) -> None:
    empty = CaseFacts(stage=stage, intake_missing=("category",))
    assert rules_of(move, empty) == ["stage"]
    assert rules_of(move, empty, closure_reason=ClosureReason.WITHDRAWN) == ["stage"]


# ---------------------------------------------------------------- each guard on its own

def _guard_cases() -> Iterator[object]:
    def case(rule: str, move: Move, stage: Stage, changes: dict[str, object],
             reason: ClosureReason | None = None, text: str = "agreement broken",
             in_message: str | None = None, tag: str = "") -> object:
        return pytest.param(move, stage, changes, reason, text, rule, in_message,
                            id=f"{rule}-{stage}{tag}")

    yield case("intake_complete", Move.SUBMIT_FOR_SCREENING, S.INTAKE,
               {"intake_missing": ("category", "description")},
               in_message="Category, Description")
    yield case("two_parties", Move.SUBMIT_FOR_SCREENING, S.INTAKE, {"party_count": 1})
    yield case("two_parties", Move.SUBMIT_FOR_SCREENING, S.INTAKE, {"party_count": 0},
               tag="-none")
    for stage in (S.SCREENING, S.REOPENED):
        yield case("screening_required", Move.START_MEDIATION, stage,
                   {"screening_recorded": False, "screening_passed": False,
                    "screening_approved": False})
        yield case("screening_failed", Move.START_MEDIATION, stage,
                   {"screening_passed": False})
        yield case("screening_failed", Move.START_MEDIATION, stage,
                   {"screening_passed": False, "screening_approved": False}, tag="-unapproved")
        yield case("screening_approval", Move.START_MEDIATION, stage,
                   {"screening_approved": False})
        yield case("consent", Move.START_MEDIATION, stage,
                   {"parties_without_consent": ("فاطمة عباس",)}, in_message="فاطمة عباس")
    for stage in (S.SCREENING, S.MEDIATION, S.REOPENED):
        yield case("referral_recorded", Move.REFER, stage, {"referral_count": 0})
    yield case("referral_recorded", Move.CLOSE, S.REFERRED, {"referral_count": 0},
               reason=ClosureReason.REFERRED)
    yield case("agreement_clauses", Move.DRAFT_AGREEMENT, S.MEDIATION,
               {"agreement_clause_count": 0})
    yield case("agreement_printed", Move.MARK_SIGNED, S.AGREEMENT_DRAFTED,
               {"agreement_printed_current": False})
    yield case("party_signatories", Move.MARK_SIGNED, S.AGREEMENT_DRAFTED,
               {"party_signatory_count": 1})
    yield case("all_signatories", Move.MARK_SIGNED, S.AGREEMENT_DRAFTED,
               {"unsigned_signatories": ("علي حسين", "كاكه حمه")}, in_message="كاكه حمه")
    yield case("follow_ups_scheduled", Move.START_FOLLOW_UP, S.SIGNED,
               {"follow_ups_scheduled": 0})
    for stage in sorted(SPEC[Move.CLOSE][0]):
        yield case("closure_reason", Move.CLOSE, stage, {})
    for stage in sorted(SPEC[Move.CLOSE][0] - CLOSURE_SPEC[ClosureReason.RESOLVED_FULLY]):
        yield case("closure_reason_stage", Move.CLOSE, stage, {},
                   reason=ClosureReason.RESOLVED_FULLY, in_message="“Fully resolved”")
    yield case("resolved_with_breach", Move.CLOSE, S.FOLLOW_UP, {"breach_recorded": True},
               reason=ClosureReason.RESOLVED_FULLY)
    yield case("follow_ups_pending", Move.CLOSE, S.FOLLOW_UP, {"follow_ups_pending": 2},
               reason=ClosureReason.RESOLVED_FULLY, in_message="2")
    yield case("reopen_needs_breach", Move.REOPEN, S.FOLLOW_UP, {"breach_recorded": False})
    for stage in sorted(SPEC[Move.REOPEN][0]):
        yield case("reopen_reason", Move.REOPEN, stage, {}, text="")
        yield case("reopen_reason", Move.REOPEN, stage, {}, text=" \t\n ", tag="-blank")


@pytest.mark.parametrize(("move", "stage", "changes", "reason", "text", "rule", "in_message"),
                         list(_guard_cases()))
def test_guard_refuses_on_its_own(move: Move, stage: Stage, changes: dict[str, object],
                                  reason: ClosureReason | None, text: str, rule: str,
                                  in_message: str | None) -> None:
    assert stage in SPEC[move][0]
    facts = good_facts(move, stage, **changes)
    # The same case with the guard satisfied goes through (so the refusal is this guard's).
    ok_reason = reason
    if move is Move.CLOSE and (reason is None or stage not in CLOSURE_SPEC[reason]):
        ok_reason = fitting_reason(stage)
    assert refusals(move, good_facts(move, stage), closure_reason=ok_reason,
                    reason_text="agreement broken") == []
    found = refusals(move, facts, closure_reason=reason, reason_text=text)
    assert [r.rule for r in found] == [rule]
    assert_renders(found[0].message)
    if in_message is not None:
        assert in_message in str(found[0].message)
    with pytest.raises(MoveRefused) as exc:
        check_move(move, facts, closure_reason=reason, reason_text=text)
    assert exc.value.rule == rule
    assert isinstance(exc.value, SulhError)
    assert str(exc.value) == found[0].message.render()
    assert_renders(exc.value)
    assert exc.value.details == found


def test_every_named_rule_has_a_guard_test() -> None:
    named = {p.values[5] for p in _guard_cases()}  # type: ignore[attr-defined]
    assert named == {
        "intake_complete", "two_parties", "screening_required", "screening_failed",
        "screening_approval", "consent", "referral_recorded", "agreement_clauses",
        "agreement_printed", "party_signatories", "all_signatories", "follow_ups_scheduled",
        "closure_reason", "closure_reason_stage", "resolved_with_breach",
        "follow_ups_pending", "reopen_needs_breach", "reopen_reason"}


def test_several_refusals_are_all_listed_and_the_first_is_raised() -> None:
    facts = CaseFacts(stage=S.INTAKE, intake_missing=("category",), party_count=1)
    assert rules_of(Move.SUBMIT_FOR_SCREENING, facts) == ["intake_complete", "two_parties"]
    with pytest.raises(MoveRefused) as exc:
        check_move(Move.SUBMIT_FOR_SCREENING, facts)
    assert exc.value.rule == "intake_complete"
    assert [r.rule for r in exc.value.details] == ["intake_complete", "two_parties"]


def test_signing_lists_every_missing_condition() -> None:
    facts = good_facts(Move.MARK_SIGNED, S.AGREEMENT_DRAFTED, agreement_printed_current=False,
                       party_signatory_count=0, unsigned_signatories=("شاهد",))
    assert rules_of(Move.MARK_SIGNED, facts) == [
        "agreement_printed", "party_signatories", "all_signatories"]


def test_mediation_needs_both_screening_and_consent() -> None:
    facts = good_facts(Move.START_MEDIATION, S.SCREENING, screening_recorded=False,
                       parties_without_consent=("علي",))
    assert rules_of(Move.START_MEDIATION, facts) == ["screening_required", "consent"]


def test_full_resolution_with_a_breach_and_pending_checks_lists_both() -> None:
    facts = good_facts(Move.CLOSE, S.FOLLOW_UP, breach_recorded=True, follow_ups_pending=1)
    assert rules_of(Move.CLOSE, facts, closure_reason=ClosureReason.RESOLVED_FULLY) == [
        "resolved_with_breach", "follow_ups_pending"]


def test_reopening_from_follow_up_without_breach_or_reason_lists_both() -> None:
    facts = good_facts(Move.REOPEN, S.FOLLOW_UP, breach_recorded=False)
    assert rules_of(Move.REOPEN, facts, reason_text="") == ["reopen_needs_breach",
                                                           "reopen_reason"]


@pytest.mark.parametrize("stage", sorted(SPEC[Move.REOPEN][0] - {S.FOLLOW_UP}), ids=str)
def test_a_final_or_referred_case_reopens_without_a_breach(stage: Stage) -> None:
    facts = good_facts(Move.REOPEN, stage, breach_recorded=False)
    assert check_move(Move.REOPEN, facts, reason_text="new facts") is S.REOPENED


# ---------------------------------------------------------------- closure reason × stage

@pytest.mark.parametrize(("reason", "stage"),
                         [pytest.param(r, s, id=f"{r}-{s}")
                          for r, s in itertools.product(ClosureReason, Stage)])
def test_closure_cell(reason: ClosureReason, stage: Stage) -> None:
    facts = good_facts(Move.CLOSE, stage)
    found = rules_of(Move.CLOSE, facts, closure_reason=reason)
    fits = stage in CLOSURE_SPEC[reason]
    assert fits == (stage in CLOSURE_FROM[reason])
    if stage not in SPEC[Move.CLOSE][0]:
        assert found == ["stage"]
    elif not fits:
        assert found == ["closure_reason_stage"]
        with pytest.raises(MoveRefused) as exc:
            check_move(Move.CLOSE, facts, closure_reason=reason)
        assert exc.value.rule == "closure_reason_stage"
        assert f"“{REASON_NAME[reason]}”" in str(exc.value)
        assert f"“{STAGE_NAME[stage]}”" in str(exc.value)
        assert f"“{reason.value}”" not in str(exc.value)
    else:
        assert found == []
        expected = S.WITHDRAWN if reason is ClosureReason.WITHDRAWN else S.CLOSED
        assert check_move(Move.CLOSE, facts, closure_reason=reason) is expected


# ---------------------------------------------------------------- messages

def test_facts_are_immutable() -> None:
    facts = CaseFacts(stage=S.INTAKE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        facts.stage = S.CLOSED  # type: ignore[misc]


STAGE_RULE = "“{move}” is not possible while the case is at the stage “{stage}”."


@pytest.fixture
def arabic_translator() -> Iterator[None]:
    table = {("Rule", STAGE_RULE): "لا يمكن «{move}» والقضية في مرحلة «{stage}».",
             ("Move", "Agreement drafted"): "إعداد الاتفاق",
             ("Stage", "Closed"): "مغلقة"}
    set_translator(lambda context, text: table.get((context, text), text))
    try:
        yield
    finally:
        set_translator(None)


def test_a_refusal_renders_through_the_installed_translator(arabic_translator: None) -> None:
    with pytest.raises(MoveRefused) as exc:
        check_move(Move.DRAFT_AGREEMENT, CaseFacts(stage=S.CLOSED))
    # The template is translated, and so are the move and the stage it names.
    assert str(exc.value) == "لا يمكن «إعداد الاتفاق» والقضية في مرحلة «مغلقة»."
    assert exc.value.message.text == STAGE_RULE


def test_a_broken_translation_falls_back_to_the_source_text() -> None:
    set_translator(lambda context, text: "{nonsense}")
    try:
        with pytest.raises(MoveRefused) as exc:
            check_move(Move.DRAFT_AGREEMENT, CaseFacts(stage=S.CLOSED))
        assert "Agreement drafted" in str(exc.value)
        assert "{" not in str(exc.value)
    finally:
        set_translator(None)
