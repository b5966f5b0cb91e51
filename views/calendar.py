"""iCalendar (RFC 5545) export of the timeline: events and deadlines as all-day VEVENTs whose
span is the date's precision (a day, a week, a month), with the precision stated in the text and
in an X-ACTAGRAPH-PRECISION property.

The file format (escaping, CRLF, line folding at 75 octets) is the `icalendar` library's job;
this module only decides what goes into each event. It must not query a store.
"""
from __future__ import annotations

import datetime as dt
import hashlib

import icalendar

from views.i18n import t

PRODID = "-//actagraph//timeline//ES"


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value[:10])


def to_ics(items: list[dict], lang: str = "es", stamp: dt.datetime | None = None,
           name: str | None = None) -> str:
    """The calendar of `items` as RFC 5545 text (CRLF line ends).

    items: dicts with `uid`, `type` ("event" | "deadline"), `title`, `start` and optional `end`
    (ISO dates; only the first 10 characters are read), `precision`, `due_by`, `quote`,
    `document`. `name` becomes the calendar's display name (X-WR-CALNAME), e.g. the range of
    years it holds. `stamp` is DTSTAMP (fixed by default so the same items give the same file).
    """
    stamp = stamp or dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
    cal = icalendar.Calendar()
    cal.add("version", "2.0")
    cal.add("prodid", PRODID)
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    if name:
        cal.add("x-wr-calname", name)
    for it in items:
        start = _date(it["start"])
        end = max(_date(it.get("end") or it["start"]), start)
        kind = t(f"timeline.{it['type']}", lang)
        precision = it.get("precision") or "day"
        summary = f"{kind}: {it['title']}" if it["type"] == "deadline" else it["title"]
        desc = [f"{t('timeline.precision', lang)}: {t('precision.' + precision, lang)}"]
        if it.get("due_by"):
            desc.append(f"{t('resp.deadline', lang)}: {it['due_by']}")
        if it.get("quote"):
            desc.append(f"«{it['quote']}»")
        if it.get("document"):
            desc.append(f"{t('resp.document', lang)}: {it['document']}")
        event = icalendar.Event()
        event.add("uid", hashlib.sha1(it["uid"].encode("utf-8")).hexdigest()[:24] + "@actagraph")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", end + dt.timedelta(days=1))
        event.add("summary", summary)
        event.add("description", "\n".join(desc))
        event.add("categories", [kind])
        event.add("transp", "TRANSPARENT")
        event.add("x-actagraph-precision", precision.upper())
        cal.add_component(event)
    return cal.to_ical().decode("utf-8")
