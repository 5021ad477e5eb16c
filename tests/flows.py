"""Drive a case through the real services to any stage, for tests that start there."""

from __future__ import annotations

from sulh.domain.workflow import Stage
from sulh.services import agreements, followup, intake, mediation, screening
from sulh.services.records import CaseView

CLEAN_ANSWERS = {
    "serious_crime": False,
    "needs_court_approval": False,
    "gbv_or_domestic": False,
    "child_at_risk": False,
    "coercion_or_imbalance": False,
    "all_consent_freely": True,
}

def new_case(world, *, category: str = "land", parties: int = 2) -> CaseView:  # type: ignore[no-untyped-def]
    ctx, officer = world.ctx, world.officer
    case = intake.create_case(ctx, officer, forum_id=world.forum_id, category=category,
                              channel="walk_in", description="نزاع على حدود أرض زراعية",
                              station_id=world.station_id)
    names = [("علي", "حسين", "كاظم", "الجبوري"), ("أحمد", "جاسم", "محمد", "العبيدي"),
             ("فاطمة", "عباس", "علي", "الدليمي")]
    for i in range(parties):
        given, father, grand, family = names[i % len(names)]
        intake.add_party(ctx, officer, case.id, role="complainant" if i == 0 else "respondent",
                         person={"given_name": given, "father_name": father,
                                 "grandfather_name": grand, "family_name": family,
                                 "phone": f"0770123456{i}", "sex": "male"})
    return case

def advance(world, case_id: int, target: Stage) -> CaseView:  # type: ignore[no-untyped-def]
    """Move an intake case forward along the main path until it reaches `target`."""
    ctx, off, med, coord = world.ctx, world.officer, world.mediator, world.coordinator
    from sulh.services.cases import get_case_view

    view = get_case_view(ctx, coord, case_id)
    order = [Stage.INTAKE, Stage.SCREENING, Stage.MEDIATION, Stage.AGREEMENT_DRAFTED,
             Stage.SIGNED, Stage.FOLLOW_UP, Stage.CLOSED]
    while Stage(view.stage) != target:
        stage = Stage(view.stage)
        if stage is Stage.INTAKE:
            intake.submit_for_screening(ctx, off, case_id)
        elif stage is Stage.SCREENING:
            s = screening.record_screening(ctx, off, case_id, answers=CLEAN_ANSWERS)
            screening.approve_screening(ctx, coord, s.id)
            for p in view.parties:
                intake.record_consent(ctx, off, p.id, consent=True)
            mediation.assign_mediator(ctx, coord, case_id, med.user_id)
            mediation.start_mediation(ctx, med, case_id)
        elif stage is Stage.MEDIATION:
            mediation.record_session(ctx, med, case_id, held_on=ctx.today(), kind="joint",
                                     outcome="agreement_reached",
                                     present_party_ids=[p.id for p in view.parties])
            a = agreements.create_agreement(ctx, med, case_id, languages="ar+en")
            a = agreements.add_clause(ctx, med, a.id, version=a.version,
                                      library_code="no_revenge")
            for p in view.parties:
                a = agreements.add_signatory(ctx, med, a.id, version=a.version, role="party",
                                             party_id=p.id)
            a = agreements.add_signatory(ctx, med, a.id, version=a.version, role="mediator",
                                         user_id=med.user_id)
            agreements.finish_draft(ctx, med, case_id)
        elif stage is Stage.AGREEMENT_DRAFTED:
            a = agreements.record_print(ctx, off, view.agreement.id)
            for sig in a.signatories:
                agreements.record_signature(ctx, off, sig.id)
            agreements.mark_signed(ctx, off, case_id)
        elif stage is Stage.SIGNED:
            followup.schedule_follow_ups(ctx, med, case_id, days=(30, 90))
            agreements.start_follow_up(ctx, med, case_id)
        elif stage is Stage.FOLLOW_UP:
            for f in view.follow_ups:
                if f.done_on is None:
                    followup.record_follow_up(ctx, med, f.id, result="complied",
                                              done_on=ctx.today())
            followup.close_case(ctx, coord, case_id, reason="resolved_fully")
        else:
            raise AssertionError(f"advance() does not go from {stage} to {target}")
        view = get_case_view(ctx, coord, case_id)
        assert Stage(view.stage) in order
    return view

def case_at(world, target: Stage, **kwargs) -> CaseView:  # type: ignore[no-untyped-def]
    case = new_case(world, **kwargs)
    return advance(world, case.id, target)

