"""Spanish and English date expressions resolved against the meeting date, each with its precision.

Reports say "mañana", "en noviembre", "la última semana de abril", "los días 14 y 15 de marzo",
"April 24–28, 2017", "en un plazo no mayor de noventa días": the graph needs ISO dates with a
precision (day/week/month/year) and a span (a range of days keeps precision day and spans them). Patterns live in data/dates.yaml; this
module only applies them. It must not decide what a date is *for* (due date, meeting date):
that is relations' job.
"""
from __future__ import annotations

import calendar
import re
from bisect import bisect_left, insort
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path


from graph.data_schemas import DateWords, load_checked
from graph.data_files import data_file
from loaders.read import fold_same_length

DATES_PATH = data_file("dates.yaml")


@dataclass(frozen=True)
class DateValue:
    start: date
    end: date
    precision: str          # day | week | month | year

    @property
    def iso(self) -> str:
        return self.start.isoformat()

    @property
    def id(self) -> str:
        """One node per span: the same week written two ways is one Date."""
        if self.precision == "day" and self.start == self.end:
            return f"date:{self.start.isoformat()}"
        if self.precision == "month" and self.start.year == self.end.year \
                and self.start.month == self.end.month:
            return f"date:{self.start.year:04d}-{self.start.month:02d}"
        if self.precision == "month":
            return f"date:{self.start.year:04d}-{self.start.month:02d}/" \
                f"{self.end.year:04d}-{self.end.month:02d}"
        if self.precision == "year" and self.start.year != self.end.year:
            return f"date:{self.start.year:04d}/{self.end.year:04d}"
        if self.precision == "year":
            return f"date:{self.start.year:04d}"
        return f"date:{self.start.isoformat()}/{self.end.isoformat()}"

    @property
    def name(self) -> str:
        return self.id.split(":", 1)[1]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: DateValue
    rule: str
    time: str | None = None


@dataclass(frozen=True)
class _Rule:
    name: str
    resolve: str
    regex: re.Pattern


@dataclass(frozen=True)
class DateRules:
    months: dict
    weekdays: dict
    relative_days: dict
    relative_years: dict
    month_parts: dict
    rules: tuple
    numbers: dict
    period_units: dict
    year_parts: dict
    written: dict = None


@lru_cache(maxsize=None)
def load_date_rules(path: Path = DATES_PATH) -> DateRules:
    from loaders.errors import SourceError
    raw = load_checked(path, DateWords)
    month_alt = "|".join(sorted(raw["months"], key=len, reverse=True))
    weekday_alt = "|".join(sorted(raw["weekdays"], key=len, reverse=True))
    english_alt = "|".join(sorted(raw.get("english_months", raw["months"]), key=len, reverse=True))
    numbers = {str(k): int(v) for k, v in raw.get("numbers", {}).items()}
    number_alt = "|".join(re.escape(n).replace(r"\ ", r"\s+")
                          for n in sorted(numbers, key=len, reverse=True)) or "(?!)"
    range_alt = "(?:%s)" % "|".join(raw.get("range_separators", [r"\s*-\s*"]))
    written = {str(k): int(v) for k, v in raw.get("written_numbers", {}).items()}
    written_alt = "(?:%s)" % ("|".join(sorted(written, key=len, reverse=True)) or "(?!)")
    rules = []
    for i, spec in enumerate(raw["patterns"]):
        pattern = spec["regex"].replace("{MONTH_EN}", english_alt) \
            .replace("{MONTH}", month_alt).replace("{WEEKDAY}", weekday_alt) \
            .replace("{NUMBER}", number_alt).replace("{RANGE}", range_alt) \
            .replace("{WRITTEN}", written_alt)
        try:
            rules.append(_Rule(spec["name"], spec["resolve"], re.compile(pattern)))
        except re.error as exc:
            raise SourceError(path.name, 1, f"date pattern {spec['name']!r}: {exc}") from exc
    return DateRules(raw["months"], raw["weekdays"], raw["relative_days"],
                     raw.get("relative_years", {}), raw.get("month_parts", {}), tuple(rules),
                     numbers, {k: tuple(v) for k, v in raw.get("period_units", {}).items()},
                     {k: tuple(v) for k, v in raw.get("year_parts", {}).items()}, written)


def add_months(d: date, months: int) -> date:
    """`d` moved by whole months, the day clipped to the month's last (31 Jan + 1 → 28/29 Feb)."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _written_number(words: str, values: dict) -> int | None:
    """"mil ochocientos veinte" → 1820, "treinta y uno" → 31, "24" → 24; None when a word is
    not a number word."""
    if words.isdigit():
        return int(words)
    total = current = 0
    for w in words.split():
        if w == "y":
            continue
        n = values.get(w)
        if n is None:
            return None
        if n == 1000:
            total += (current or 1) * 1000
            current = 0
        else:
            current += n
    return total + current or None


def _nearest_year(d: date, ref: date | None, g: dict) -> date:
    """A day written without its year ("el 8 de enero" in minutes of 27 October 2017) is the one
    nearest the reference: more than half a year before it, the next year's; more than half a
    year after it, the previous year's. A written year is kept. A day said to be past ("el 11
    de septiembre pasado", group `past`) is the last such day on or before the reference; one
    said to be next (group `future`) the first on or after it."""
    if g.get("year") or ref is None:
        return d
    try:
        if g.get("past") or g.get("future"):
            d = d.replace(year=ref.year)
            if g.get("past") and d > ref:
                return d.replace(year=ref.year - 1)
            if g.get("future") and d < ref:
                return d.replace(year=ref.year + 1)
            return d
        if (ref - d).days > 183:
            return d.replace(year=d.year + 1)
        if (d - ref).days > 183:
            return d.replace(year=d.year - 1)
    except ValueError:            # 29 February in a year without it
        return d
    return d


# what _value gives for an expression whose day the calendar does not have ("31 de abril de
# 2017", "29 February 2017"): no date, and no shorter reading of the same words either
IMPOSSIBLE = DateValue(date.min, date.min, "day")


def _value(rule: _Rule, m: re.Match, ref: date | None, rules: DateRules,
           year: str | None = None) -> DateValue | None:
    """The date `m` denotes under `rule` (with `year`, the year a list gives it when it writes
    none); None when it needs a reference it lacks, IMPOSSIBLE when its day does not exist."""
    g = dict(m.groupdict())
    if year and not g.get("year"):
        g["year"] = year
    year = int(g["year"]) if g.get("year") else (ref.year if ref else None)
    month = rules.months.get(g.get("month") or "")
    kind = rule.resolve
    try:
        if kind == "day":
            if year is None:
                return None
            d = _nearest_year(date(year, month, int(g["day"])), ref, g)
            return DateValue(d, d, "day")
        if kind == "month":
            if year is None:
                return None
            return DateValue(date(year, month, 1), _month_end(year, month), "month")
        if kind == "year":
            y = int(g["year"])
            return DateValue(date(y, 1, 1), date(y, 12, 31), "year")
        if kind == "last_week":
            if year is None:
                return None
            end = _month_end(year, month)
            return DateValue(end - timedelta(days=6), end, "week")
        if kind == "month_part":
            if year is None:
                return None
            first, last = rules.month_parts[g["part"]]
            end = _month_end(year, month).day
            a = first if first > 0 else end + first + 1
            b = last if last > 0 else end + last + 1
            return DateValue(date(year, month, a), date(year, month, b), "week")
        if kind == "last_weekday":
            if year is None:
                return None
            d = _month_end(year, month)
            while d.weekday() != rules.weekdays[g["weekday"]]:
                d -= timedelta(days=1)
            return DateValue(d, d, "day")
        if kind == "relative_day":
            if ref is None:
                return None
            d = ref + timedelta(days=rules.relative_days[g.get("rel") or g.get("rel2")])
            return DateValue(d, d, "day")
        if kind == "day_range":
            if year is None:
                return None
            a = _nearest_year(date(year, month, int(g["day"])), ref, g)
            b = date(a.year, month, int(g["day2"]))
            return DateValue(a, b, "day") if a < b else None
        if kind == "span":
            if year is None:
                return None
            month2 = rules.months[g["month2"]]
            year1 = int(g["year1"]) if g.get("year1") else (year - 1 if month2 < month else year)
            a, b = date(year1, month, int(g["day"])), date(year, month2, int(g["day2"]))
            return DateValue(a, b, "day") if a < b else None
        if kind == "written":
            day = _written_number(g["dw"], rules.written or {})
            year = _written_number(g["yw"], rules.written or {})
            if not day or not year or not 1500 <= year <= 2100:
                return None
            d = date(year, month, day)
            return DateValue(d, d, "day")
        if kind == "year_span":
            y1, y2 = int(g["year"]), g["year2"]
            y2 = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
            return DateValue(date(y1, 1, 1), date(y2, 12, 31), "year") if y1 < y2 else None
        if kind == "year_end":
            d = date(int(g["year"]), 12, 31)
            return DateValue(d, d, "day")
        if kind == "year_part":
            part, parts = rules.year_parts[f"{g['part']} {g['unit']}"]
            span = 12 // parts
            first = (part - 1) * span + 1
            return DateValue(date(int(g["year"]), first, 1),
                             _month_end(int(g["year"]), first + span - 1), "month")
        if kind == "relative_period":
            if ref is None:
                return None
            n = g["n"]
            count = int(n) if n.isdigit() else rules.numbers[" ".join(n.split())]
            unit, size = rules.period_units[g["unit"]]
            d = ref + timedelta(days=count * size) if unit == "days" else \
                add_months(ref, count * size)
            return DateValue(d, d, "day")
        if kind == "relative_year":
            if ref is None:
                return None
            y = ref.year + rules.relative_years[g.get("rel") or g.get("rel2")]
            return DateValue(date(y, 1, 1), date(y, 12, 31), "year")
    except ValueError:            # a day the calendar does not have: "31 de abril", "0 May"
        return IMPOSSIBLE
    except (KeyError, TypeError):
        return None
    return None


# what joins two dates of one list ("del 3 al 5 de mayo y del 10 al 12 de junio de 2014",
# "3-5 May, 8 May and 10-12 June 2014"): the year written once after the last is every one's
LIST_JOINT = re.compile(r"\s*(?:,\s*(?:(?:y|e|and)\s+)?|(?:y|e|and|as\s+well\s+as)\s+)$|"
                        r"\s*,?\s+(?:y|e|and|as\s+well\s+as)\s+$")


def _years_carried(folded: str, found: list) -> dict[int, str]:
    """{id of a match: the year it takes}: a date written without its year, followed by a
    joint of a list (LIST_JOINT) and another date of the list that has one, takes that year;
    along a list, from its last date back to its first."""
    written: dict[int, str] = {}           # where a match with a year starts: that year
    for _, _, _, _, m in found:
        if m.groupdict().get("year"):
            written.setdefault(m.start(), m.group("year"))
    carried: dict[int, str] = {}
    for _, _, _, _, m in sorted(found, key=lambda t: -t[4].start()):
        g = m.groupdict()
        if "year" not in g or g["year"] or "day" not in g:
            continue
        for at in sorted(k for k in written if m.end() < k <= m.end() + 24):
            if LIST_JOINT.match(folded[m.end():at]):
                carried[id(m)] = written[at]
                written.setdefault(m.start(), written[at])
                break
    return carried


def _coordinated_days(m: re.Match, folded: str) -> bool:
    """A span across months whose ends are joined by "y"/"and", not opened by "entre"/"between"
    ("el 3 de mayo y el 10 de junio", "May 3 and June 10"): the two days of a list."""
    g = m.groupdict()
    if not g.get("month2"):
        return False
    first_end = max(m.end(k) for k in ("day", "month", "year1") if g.get(k))
    second_start = min(m.start(k) for k in ("day2", "month2"))
    if not re.fullmatch(r"(?:st|nd|rd|th)?[°º]?\s+(?:y|e|and)\s+(?:el\s+|the\s+)?",
                        folded[first_end:second_start]):
        return False
    return not re.search(r"\b(?:entre|between)\s+(?:el\s+|the\s+)?(?:dia\s+)?$",
                         folded[max(0, m.start() - 16):m.start()]) and \
        not re.match(r"entre\b", m.group(0))


def find_dates(text: str, reference: date | None = None, offset: int = 0,
               rules: DateRules | None = None) -> list[DateMention]:
    """All date expressions of `text`, non-overlapping, spans shifted by `offset`. A date of a
    list written without its year takes the year written after the list's last date."""
    rules = rules or load_date_rules()
    folded = fold_same_length(text)
    found: list[tuple[int, int, int, _Rule, re.Match]] = []
    for order, rule in enumerate(rules.rules):
        for m in rule.regex.finditer(folded):
            s, e = m.span("expr") if m.groupdict().get("expr") is not None else m.span()
            if e > s:
                found.append((s, e, order, rule, m))
    found.sort(key=lambda t: (-(t[1] - t[0]), t[2], t[0]))
    carried = _years_carried(folded, found)
    taken: list[tuple[int, int]] = []
    out = []
    for s, e, _, rule, m in found:
        k = bisect_left(taken, (e,)) - 1    # taken is sorted and non-overlapping: only the
        if k >= 0 and taken[k][1] > s:      # last span starting before e can reach past s
            continue
        value = _value(rule, m, reference, rules, carried.get(id(m)))
        if value is not None and value is not IMPOSSIBLE and rule.resolve == "span" and \
                _coordinated_days(m, folded) and (value.end - value.start).days > 1:
            continue
        if value is None:
            continue
        insort(taken, (s, e))
        if value is IMPOSSIBLE:             # claimed, so that "abril de 2017" inside "31 de
            continue                        # abril de 2017" is not read as the month instead
        out.append(DateMention(s + offset, e + offset, text[s:e], value, rule.name,
                               m.groupdict().get("time")))
    return sorted(out, key=lambda d: d.start)


def resolve(expression: str, reference: date | None = None) -> DateValue | None:
    """The date an expression denotes; None when it holds no date (or needs a missing reference)."""
    found = find_dates(expression, reference)
    if not found:
        return None
    return max(found, key=lambda d: d.end - d.start).value
