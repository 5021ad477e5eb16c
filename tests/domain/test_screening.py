"""The screening checklist: a clean checklist is mediated, any red flag or a
must-refer category is referred, and an incomplete checklist is refused."""

from __future__ import annotations

import itertools

import pytest

from sulh.domain.errors import ValidationError
from sulh.domain.reference import reference
from sulh.domain.screening import Decision, Question, evaluate

#: The answers that raise a red flag, written out from the product rules.
RED_FLAG = {
    "serious_crime": True,
    "needs_court_approval": True,
    "gbv_or_domestic": True,
    "child_at_risk": True,
    "coercion_or_imbalance": True,
    "all_consent_freely": False,
}
CLEAR = {q: not v for q, v in RED_FLAG.items()}


def test_the_checklist_asks_these_questions() -> None:
    assert {q.value for q in Question} == set(RED_FLAG)


def test_all_clear_is_mediated() -> None:
    result = evaluate(CLEAR, category_must_refer=False)
    assert result.decision is Decision.MEDIATE
    assert result.red_flags == ()


@pytest.mark.parametrize("flag", list(RED_FLAG))
def test_each_red_flag_alone_refers(flag: str) -> None:
    answers = {**CLEAR, flag: RED_FLAG[flag]}
    result = evaluate(answers, category_must_refer=False)
    assert result.decision is Decision.REFER
    assert result.red_flags == (flag,)


@pytest.mark.parametrize("flag", list(RED_FLAG))
def test_a_red_flag_with_a_must_refer_category_names_both(flag: str) -> None:
    result = evaluate({**CLEAR, flag: RED_FLAG[flag]}, category_must_refer=True)
    assert result.decision is Decision.REFER
    assert result.red_flags == ("category", flag)


def test_a_must_refer_category_refers_a_clean_checklist() -> None:
    result = evaluate(CLEAR, category_must_refer=True)
    assert result.decision is Decision.REFER
    assert result.red_flags == ("category",)


@pytest.mark.parametrize("category", ["homicide", "kidnapping", "gbv", "domestic_violence",
                                      "sexual_violence", "forced_child_marriage"])
def test_the_shipped_must_refer_categories_are_referred(category: str) -> None:
    assert reference().must_refer(category)
    assert evaluate(CLEAR, category_must_refer=reference().must_refer(category)).decision \
        is Decision.REFER


@pytest.mark.parametrize("category", ["land", "debt", "neighbours", "traffic_damage", None])
def test_ordinary_categories_are_mediated_when_clear(category: str | None) -> None:
    assert not reference().must_refer(category)
    assert evaluate(CLEAR, category_must_refer=False).decision is Decision.MEDIATE


def test_every_combination_refers_exactly_when_a_flag_is_up() -> None:
    names = list(RED_FLAG)
    for values in itertools.product((False, True), repeat=len(names)):
        answers = dict(zip(names, values, strict=True))
        flags = tuple(q for q in names if answers[q] is RED_FLAG[q])
        for must_refer in (False, True):
            result = evaluate(answers, category_must_refer=must_refer)
            expected = (("category",) if must_refer else ()) + flags
            assert result.red_flags == expected
            assert result.decision is (Decision.REFER if expected else Decision.MEDIATE)


@pytest.mark.parametrize("question", list(RED_FLAG))
def test_an_unanswered_question_is_refused_by_name(question: str) -> None:
    answers = dict(CLEAR)
    del answers[question]
    with pytest.raises(ValidationError) as exc:
        evaluate(answers, category_must_refer=False)
    assert exc.value.field == question
    assert str(exc.value)


@pytest.mark.parametrize("bad", [None, 1, 0, "yes", "no", "true", "", 1.0, [True]],
                         ids=repr)
@pytest.mark.parametrize("question", list(RED_FLAG))
def test_an_answer_that_is_not_yes_or_no_is_refused(question: str, bad: object) -> None:
    answers = {**CLEAR, question: bad}
    with pytest.raises(ValidationError) as exc:
        evaluate(answers, category_must_refer=False)  # type: ignore[arg-type]
    assert exc.value.field == question


def test_an_empty_checklist_names_the_first_question() -> None:
    with pytest.raises(ValidationError) as exc:
        evaluate({}, category_must_refer=True)
    assert exc.value.field == list(Question)[0].value


def test_an_unknown_question_is_refused() -> None:
    with pytest.raises(ValidationError) as exc:
        evaluate({**CLEAR, "is_friday": False}, category_must_refer=False)
    assert exc.value.field == "is_friday"
    assert "is_friday" in str(exc.value)


def test_an_unknown_question_is_refused_even_with_a_red_flag() -> None:
    with pytest.raises(ValidationError) as exc:
        evaluate({**CLEAR, "serious_crime": True, "weapon": True}, category_must_refer=False)
    assert exc.value.field == "weapon"
