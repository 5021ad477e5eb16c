"""The referral letter, the invitation and the case summary, read back with pdftotext."""

from __future__ import annotations

import datetime as dt

import pytest

from sulh.documents import model as M
from sulh.documents import (
    render_case_summary,
    render_invitation,
    render_referral_letter,
)
from sulh.documents.formatting import long_date
from sulh.documents.labels import label
from tests.documents.pdf import PARTIES, PLACE, arabic_indic, column, norm, page_count, text

LANGUAGES = [("ar", "en"), ("ckb", "en"), ("ar", "ckb")]
DESTINATION = {"ar": "مديرية حماية الأسرة", "ckb": "بەڕێوەبەرایەتی پاراستنی خێزان",
               "en": "Family protection directorate"}


def columns(pdf: bytes, languages: tuple[str, str]) -> dict[str, str]:
    first, second = languages
    return {first: norm(column(pdf, "right", full_rows=False)),
            second: norm(column(pdf, "left", full_rows=False))}


@pytest.mark.parametrize("languages", LANGUAGES)
def test_referral_letter(languages: tuple[str, str]):
    letter = M.ReferralLetter(
        case_number="BGD01-2026-00042", date=dt.date(2026, 11, 21), place=PLACE,
        destination=DESTINATION, destination_kind="family_protection",
        reason="أحد الطرفين تحت ضغط جهة مسلحة ولا تتحقق الموافقة الحرة",
        consent=True, referred_on=dt.date(2026, 11, 20), parties=PARTIES,
        category={"ar": "نزاع أسري", "ckb": "ناکۆکی خێزانی", "en": "Family dispute"},
        court_ref="123/ج/2026", signed_by="الملازم أول حيدر عباس")
    pdf = render_referral_letter(letter, languages=languages)
    assert page_count(pdf) == 1
    for lang, content in columns(pdf, languages).items():
        assert norm(f"{label(lang, 'to')}: {DESTINATION[lang]}") in content
        assert norm(label(lang, "referral_title")) in content
        assert letter.case_number in content
        assert norm(f"{label(lang, 'consent')}: {label(lang, 'yes')}") in content
        for party in PARTIES:
            assert norm(party.name) in content
        assert norm(letter.signed_by) in content
    assert norm(letter.reason) in norm(text(pdf))


@pytest.mark.parametrize("digits", ["western", "arabic-indic"])
@pytest.mark.parametrize("languages", LANGUAGES)
def test_invitation(languages: tuple[str, str], digits: str):
    invitation = M.Invitation(
        case_number="BGD01-2026-00042", date=dt.date(2026, 11, 21), place=PLACE,
        party=PARTIES[1], session_date=dt.date(2026, 12, 3),
        session_place="Karkh forum hall", session_time="10:30",
        signed_by="Captain Haider Abbas")
    pdf = render_invitation(invitation, languages=languages, digits=digits)
    for lang, content in columns(pdf, languages).items():
        body = label(lang, "invitation_body", case=invitation.case_number,
                     date=long_date(invitation.session_date, lang, digits),
                     place=invitation.session_place)
        assert norm(body) in content, lang
        assert norm(invitation.party.name) in content
        time = label(lang, "invitation_time", time="10:30")
        assert norm(arabic_indic(time) if digits == "arabic-indic" and lang != "en"
                    else time) in content


def test_case_summary():
    at = dt.datetime(2026, 11, 1, 9, 30)
    summary = M.CaseSummary(
        case_number="BGD01-2026-00042", date=dt.date(2026, 11, 21), place=PLACE,
        stage="mediation", intake_date=dt.date(2026, 10, 2),
        category={"ar": "نزاع على أرض", "ckb": "ناکۆکی لەسەر زەوی", "en": "Land dispute"},
        governorate=PLACE.governorate, channel={"ar": "مراجعة مباشرة", "ckb": "سەردانی ڕاستەوخۆ",
                                                "en": "Walk-in"},
        description="نزاع على حدود أرض زراعية بين عائلتين",
        request="تثبيت الحدود ومنع التجاوز", violence_risk="medium", parties=PARTIES,
        mediators=("سامي عبد الله", "Huda Yousif"),
        history=tuple(M.StageChange(at + dt.timedelta(days=n), a, b, "officer one", reason)
                      for n, (a, b, reason) in enumerate([
                          (None, "intake", ""), ("intake", "screening", ""),
                          ("screening", "mediation", "الفحص مكتمل")])),
        sessions=(M.SessionEntry(dt.date(2026, 11, 10), "قاعة المنتدى", "joint", "progress",
                                 "استمع الوسطاء إلى الطرفين"),),
        referrals=(M.ReferralEntry(dt.date(2026, 11, 12), DESTINATION, "طلب حماية", "pending"),),
        follow_ups=(M.FollowUpEntry(dt.date(2026, 12, 20), None, None, ""),))
    pdf = render_case_summary(summary, languages=("ar", "en"))
    cols = columns(pdf, ("ar", "en"))
    assert "Mediation" in cols["en"] and "الوساطة" in cols["ar"]
    assert "01/11/2026: Intake, by officer one" in cols["en"]
    assert "02/11/2026: Intake → Screening, by officer one" in cols["en"]
    assert norm("03/11/2026: الفحص ← الوساطة، بواسطة officer one") in cols["ar"]
    assert "10/11/2026: Joint session, Progress" in cols["en"]
    assert norm("12/11/2026: مديرية حماية الأسرة، قيد الانتظار") in cols["ar"]
    assert "due 20/12/2026, Pending" in cols["en"]
    whole = norm(text(pdf))
    for free in (summary.description, summary.request, "استمع الوسطاء إلى الطرفين",
                 "الفحص مكتمل", "طلب حماية"):
        assert norm(free) in whole
