from sulh.domain.workflow import Stage
from tests.flows import case_at


def test_a_case_goes_from_intake_to_closed(world):
    view = case_at(world, Stage.CLOSED)
    assert view.stage == "closed"
    assert view.closure_reason == "resolved_fully"
    assert [h.to_stage for h in view.history] == [
        "intake", "screening", "mediation", "agreement_drafted", "signed", "follow_up", "closed"]
