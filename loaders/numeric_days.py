"""A day written in figures in a minutes' heading: "(22/4/24) Meeting Minutes", "Minutes
12.03.2024", "Acta 3-5-2019". The order of day and month is read from the figures themselves (a
first number over 12 is the day, a second over 12 the day), else from the other days the
document writes in figures the same way, else from the months its written dates name; a day
that stays ambiguous is not read. A two-digit year is of this century up to 69, else of the last.

This module only reads days; it must not decide what a day is for (loaders.frame does).
"""
from __future__ import annotations

import re
from datetime import date

from loaders.dates import DateValue, find_dates

# a day in figures: day and month of one or two figures and a year of two or four, joined by
# "/", "." or "-" the same way both times
NUMERIC_DAY = re.compile(r"(?<![\w/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\w/-]|\.\d)")


def _year(y: str) -> int:
    n = int(y)
    return n if len(y) == 4 else 2000 + n if n <= 69 else 1900 + n


def _day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def day_first(text: str) -> bool | None:
    """Whether the days `text` writes in figures put the day first (True), the month first
    (False), or say nothing either way (None: none over 12, or both orders seen)."""
    seen = set()
    for m in NUMERIC_DAY.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if a > 12 >= b:
            seen.add(True)
        elif b > 12 >= a:
            seen.add(False)
    return next(iter(seen)) if len(seen) == 1 else None


def numeric_day(m: re.Match, text: str) -> DateValue | None:
    """The day of a NUMERIC_DAY match `m` in the document `text`; None when it is no day of
    the calendar or its order stays ambiguous (module docstring)."""
    a, b, y = int(m.group("a")), int(m.group("b")), _year(m.group("y"))
    dm, md = _day(y, b, a), _day(y, a, b)
    if dm and not md:
        return DateValue(dm, dm, "day")
    if md and not dm:
        return DateValue(md, md, "day")
    if not dm:
        return None
    if dm == md:
        return DateValue(dm, dm, "day")
    order = day_first(text)
    if order is None:
        months = {d.value.start.month for d in find_dates(text) if d.value.precision in ("day", "month")
                  and d.value.start.year == y}
        if (b in months) != (a in months):
            order = b in months
    if order is None:
        return None
    day = dm if order else md
    return DateValue(day, day, "day")
