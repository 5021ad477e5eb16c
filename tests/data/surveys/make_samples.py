"""Writes the sample survey exports in this folder (run it from anywhere:
`python tests/data/surveys/make_samples.py`). The answers are drawn from a fixed
seed, so the answers come out the same every time; the tests count them again on
their own, with the csv module and openpyxl, rather than trusting fixed totals.

Good files, shaped like KoboToolbox exports:
  kobo_en.csv    ";"-separated, group/question names, choice names (yes, no, dont_know)
  kobo_ar.csv    ","-separated, Arabic question labels and Arabic answers
  kobo_ar.xlsx   the same Arabic columns, next quarter's answers (for a saved mapping)
  kobo_ckb.xlsx  Kurdish question labels and answers
Bad files:
  bad_values.csv     unknown and blank sex, answers that are not yes/no/don't know
  bad_ar.xlsx        Arabic, with a blank sex and an unknown answer
  missing_column.csv no column for "would bring a problem to the forum"
  header_only.csv    a header and no answers
  cp1256.csv         Arabic saved in the Windows Arabic code page, not UTF-8
  not_a_workbook.xlsx  a text file named .xlsx
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent

EN_HEADERS = ["start", "end", "today", "group_resp/sex", "group_resp/age",
              "group_safety/feel_safe", "group_safety/trust_police", "group_forum/know_forum",
              "group_forum/would_bring", "_id", "_uuid", "_submission_time", "_index"]
AR_HEADERS = ["الجنس", "العمر", "هل تشعر بالأمان في منطقتك؟", "هل تثق بالشرطة؟",
              "هل تعرف منتدى الشرطة المجتمعية؟", "هل تلجأ إلى المنتدى إذا واجهتك مشكلة؟",
              "_uuid"]
CKB_HEADERS = ["ڕەگەز", "تەمەن", "ئایا هەست بە ئاسایش دەکەیت؟", "ئایا متمانەت بە پۆلیس هەیە؟",
               "ئایا مەکۆی پۆلیسی کۆمەڵگا دەناسیت؟", "ئایا کێشەکەت دەبەیتە لای مەکۆ؟", "_uuid"]

WORDS = {
    "en": {"f": "female", "m": "male", "yes": "yes", "no": "no", "dk": "dont_know"},
    "ar": {"f": "أنثى", "m": "ذكر", "yes": "نعم", "no": "لا", "dk": "لا أعرف"},
    "ckb": {"f": "مێ", "m": "نێر", "yes": "بەڵێ", "no": "نەخێر", "dk": "نازانم"},
}


def answers(rng: random.Random, n: int) -> list[tuple[str, int, list[str]]]:
    """(sex, age, four answers) per respondent; an answer may be blank (skipped)."""
    out = []
    for _ in range(n):
        sex = rng.choice("ffmmm")
        four = [rng.choices(["yes", "no", "dk", ""], weights=[6, 3, 1, 1])[0] for _ in range(4)]
        out.append((sex, rng.randint(18, 70), four))
    return out


def uuid(rng: random.Random) -> str:
    a, b, c, d, e = (rng.getrandbits(n) for n in (32, 16, 12, 12, 48))
    return f"{a:08x}-{b:04x}-4{c:03x}-a{d:03x}-{e:012x}"


def rows_in(lang: str, people: list[tuple[str, int, list[str]]], rng: random.Random
            ) -> list[list[object]]:
    w = WORDS[lang]
    rows: list[list[object]] = []
    for n, (sex, age, four) in enumerate(people, start=1):
        said = [w[a] if a else "" for a in four]
        if lang == "en":
            rows.append(["2026-07-02T09:10:00.000+03:00", "2026-07-02T09:16:00.000+03:00",
                         "2026-07-02", w[sex], age, *said, 40000 + n, uuid(rng),
                         "2026-07-02T09:20:00", n])
        else:
            rows.append([w[sex], age, *said, uuid(rng)])
    return rows


def write_csv(name: str, headers: list[str], rows: list[list[object]], *, delimiter: str = ",",
              encoding: str = "utf-8") -> None:
    with (HERE / name).open("w", encoding=encoding, newline="") as f:
        out = csv.writer(f, delimiter=delimiter)
        out.writerow(headers)
        out.writerows(rows)


def write_xlsx(name: str, headers: list[str], rows: list[list[object]]) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "survey"
    sheet.append(headers)
    for row in rows:
        sheet.append([v if v != "" else None for v in row])
    book.properties.creator = "sample"
    book.save(HERE / name)


def main() -> None:
    rng = random.Random(2026)
    write_csv("kobo_en.csv", EN_HEADERS, rows_in("en", answers(rng, 48), rng), delimiter=";")
    write_csv("kobo_ar.csv", AR_HEADERS, rows_in("ar", answers(rng, 36), rng))
    write_xlsx("kobo_ar.xlsx", AR_HEADERS, rows_in("ar", answers(rng, 40), rng))
    write_xlsx("kobo_ckb.xlsx", CKB_HEADERS, rows_in("ckb", answers(rng, 30), rng))

    bad = rows_in("en", answers(rng, 12), rng)
    bad[2][3] = "unknown"                 # row 4: sex
    bad[4][3] = ""                        # row 6: sex blank
    bad[6][6] = "maybe"                   # row 8: trust_police
    bad[9][8] = "sometimes"               # row 11: would_bring
    write_csv("bad_values.csv", EN_HEADERS, bad, delimiter=";")

    bad_ar = rows_in("ar", answers(rng, 10), rng)
    bad_ar[3][0] = None                   # row 5: sex blank
    bad_ar[7][4] = "ربما"                 # row 9: knows the forum
    write_xlsx("bad_ar.xlsx", AR_HEADERS, bad_ar)

    rows = rows_in("en", answers(rng, 6), rng)
    write_csv("missing_column.csv", EN_HEADERS[:8] + EN_HEADERS[9:],
              [r[:8] + r[9:] for r in rows], delimiter=";")
    write_csv("header_only.csv", EN_HEADERS, [], delimiter=";")
    write_csv("cp1256.csv", AR_HEADERS, rows_in("ar", answers(rng, 5), rng), encoding="cp1256")
    (HERE / "not_a_workbook.xlsx").write_text("sex,feel_safe\nfemale,yes\n", encoding="utf-8")


if __name__ == "__main__":
    main()
