"""Checking the dates people give: a day (not a moment, not text), within the years the
records can sensibly hold, so that a slip of the keyboard (year 0202, 9999) is named at
the field instead of being stored or breaking a calculation later."""

from __future__ import annotations

import datetime as dt

from sulh.domain.errors import ValidationError
from sulh.i18n import QT_TRANSLATE_NOOP, msg

#: No record of the forums is older (the intake date has the same bound).
EARLIEST = dt.date(2000, 1, 1)
#: How far ahead an arrangement may be dated: a truce, an instalment, a follow-up.
HORIZON_YEARS = 30


def latest(today: dt.date) -> dt.date:
    return dt.date(min(today.year + HORIZON_YEARS, dt.MAXYEAR), 12, 31)


def check_date(value: object, field: str, *, today: dt.date | None = None,
               future: bool = True, earliest: dt.date = EARLIEST) -> dt.date:
    """`value` if it is a day between `earliest` and today (`future=False`) or the
    horizon after today; without `today`, only its type and `earliest` are checked."""
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "This must be a date.")), field=field)
    if value < earliest:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "The date is too far in the past.")),
                              field=field)
    if today is not None and not future and value > today:
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "The date cannot be in the future.")),
                              field=field)
    if today is not None and value > latest(today):
        raise ValidationError(msg(QT_TRANSLATE_NOOP("Field", "The date is too far in the future.")),
                              field=field)
    return value
