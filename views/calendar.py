"""iCalendar (RFC 5545) export of the timeline: events and deadlines as all-day VEVENTs whose
span is the date's precision (a day, a week, a month), with the precision stated in the text and
in an X-ACTAGRAPH-PRECISION property. Lines are CRLF-terminated and folded at 75 octets.
"""
from __future__ import annotations

import datetime as dt
import hashlib

from views.i18n import t

PRODID = "-//actagraph//timeline//ES"


def ics_escape(text: str) -> str:
    return (str(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> list[str]:
    """Split a content line into ≤75-octet pieces (continuations start with a space)."""
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        limit = 75 if not out else 74
        if size + n > limit:
            out.append(cur)
            cur, size = "", 0
        cur += ch
        size += n
    out.append(cur)
    return [out[0]] + [" " + p for p in out[1:]]


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value[:10])


def to_ics(items: list[dict], lang: str = "es", stamp: dt.datetime | None = None) -> str:
    stamp = stamp or dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH"]
    for it in items:
        start = _date(it["start"])
        end = _date(it.get("end") or it["start"])
        if end < start:
            end = start
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
        uid = hashlib.sha1(it["uid"].encode("utf-8")).hexdigest()[:24] + "@actagraph"
        ev = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
              f"DTSTART;VALUE=DATE:{start.strftime('%Y%m%d')}",
              f"DTEND;VALUE=DATE:{(end + dt.timedelta(days=1)).strftime('%Y%m%d')}",
              f"SUMMARY:{ics_escape(summary)}", f"DESCRIPTION:{ics_escape(chr(10).join(desc))}",
              f"CATEGORIES:{ics_escape(kind)}", "TRANSP:TRANSPARENT",
              f"X-ACTAGRAPH-PRECISION:{precision.upper()}", "END:VEVENT"]
        lines.extend(ev)
    lines.append("END:VCALENDAR")
    return "".join(piece + "\r\n" for line in lines for piece in fold(line))
