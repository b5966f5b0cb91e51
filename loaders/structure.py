"""The layout of a report: title, date, place, sections, paragraphs, the acta and its signatures.

Everything downstream cites passages by (section, ordinal, span), so this module fixes what a
passage is: a paragraph, heading, list item, agreement, task or signature block, with offsets
into the normalised text. Page-break artefacts (blank runs inside a sentence) must not split a
passage and list markers must not hide a heading or lose a number. Layout rules live in
data/structure.yaml. This module must not link entities or read meaning into the text.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import yaml

from graph.data_schemas import StructureRules, load_checked
from graph.data_files import data_file
from loaders.dates import resolve
from loaders.errors import SourceError
from loaders.honorifics import honorifics
from loaders.read import fold_same_length
from loaders.reading.metadata import find_title, furniture_line, is_letterhead, title_text
from loaders.reading.rules import reading_rules

STRUCTURE_PATH = data_file("structure.yaml")
ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


@dataclass(frozen=True)
class Block:
    """One passage: its span, where it sits and what it is."""

    ordinal: int
    section: str
    number: str | None
    kind: str            # title | date | heading | paragraph | item | agreement | task | signature
    start: int
    end: int
    line: int
    text: str
    parent: int | None = None     # items: ordinal of the paragraph that introduces the list


@dataclass(frozen=True)
class Agreement:
    number: str
    group: str
    ordinal: int
    start: int
    end: int
    line: int
    text: str
    parent: str | None = None
    tasks: tuple["Agreement", ...] = ()
    cells: tuple = ()    # a table row: (column role, start, end) per cell (action/responsible/deadline)


@dataclass(frozen=True)
class Signatory:
    name: str
    post: str | None
    body: str | None     # the conference/organisation line under the post
    ordinal: int
    start: int
    end: int
    line: int


@dataclass(frozen=True)
class Section:
    number: str
    title: str
    ordinal: int | None  # the heading's passage (None for the implicit front matter)
    start: int
    end: int


@dataclass
class DocumentStructure:
    doc_id: str
    path: str
    text: str
    title: str | None = None
    date: str | None = None          # ISO
    date_end: str | None = None      # ISO last day when the meeting spans several days
    place: str | None = None
    sections: list[Section] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    signatories: list[Signatory] = field(default_factory=list)

    @property
    def commitments(self) -> list[Agreement]:
        """Agreements and their tasks in document order: each is one Commitment."""
        out = []
        for a in self.agreements:
            out.append(a)
            out.extend(a.tasks)
        return out

    def block(self, ordinal: int) -> Block:
        return self.blocks[ordinal - 1]

    def _block_index(self) -> tuple[list[Block], list[int], bool]:
        """(blocks, their starts, whether they follow the text without overlapping), rebuilt
        when the list of blocks changes."""
        blocks = self.blocks
        index = self.__dict__.get("_block_starts")
        if index is None or index[0] is not blocks or len(index[1]) != len(blocks):
            starts = [b.start for b in blocks]
            ordered = all(a <= b for a, b in zip(starts, starts[1:])) and \
                all(a.end <= b.start for a, b in zip(blocks, blocks[1:]))
            index = self.__dict__["_block_starts"] = (blocks, starts, ordered)
        return index

    def blocks_ending_by(self, at: int) -> Iterator[Block]:
        """The blocks that end at or before `at` (b.end <= at), the last of the list first: walked
        back from `at` by bisection when the blocks follow the text, else filtered from every
        block. Lazy, so a caller that wants the nearest such block reads only up to it."""
        blocks, starts, ordered = self._block_index()
        if not ordered:
            return (b for b in reversed(blocks) if b.end <= at)
        k = bisect_right(starts, at)
        return (blocks[j] for j in range(k - 1, -1, -1) if blocks[j].end <= at)

    def blocks_between(self, start: int, end: int) -> list[Block]:
        """The blocks that overlap [start, end) (b.end > start and b.start < end), in order."""
        blocks, starts, ordered = self._block_index()
        if not ordered:
            return [b for b in blocks if not (b.end <= start or b.start >= end)]
        k = max(bisect_right(starts, start) - 1, 0)
        out = []
        for j in range(k, len(blocks)):     # no copy of the blocks after k
            b = blocks[j]
            if b.start >= end:
                break
            if b.end > start:
                out.append(b)
        return out

    def block_at(self, offset: int) -> Block | None:
        """The first block holding `offset`, None when none does. Blocks follow the text, so
        their starts are sorted and a bisection finds it (a scan only when they are not)."""
        blocks = self.blocks
        index = self._block_index()
        if index[2]:
            k = bisect_right(index[1], offset) - 1
            b = blocks[k] if k >= 0 else None
            return b if b is not None and b.start <= offset < b.end else None
        for b in blocks:
            if b.start <= offset < b.end:
                return b
        return None


@dataclass(frozen=True)
class LayoutRules:
    section_headings: tuple
    keyword_heading: re.Pattern
    max_heading_chars: int
    acta_start: tuple
    agreements_intro: tuple
    agreement_groups: tuple
    default_group: str
    item_marker: re.Pattern
    terminal: re.Pattern
    signature_posts: re.Pattern
    signatories_intro: re.Pattern
    place_patterns: tuple
    date_line_prefix: re.Pattern
    meeting_verbs: re.Pattern
    agreement_marker: re.Pattern
    agreements_end: re.Pattern
    table_columns: tuple
    long_paragraph_chars: int = 4000    # a longer block is a text on one line (see _bounded)
    heading_lines: int = 2              # a heading in capitals before a wrapped paragraph
    wrapped_line_chars: int = 60        # (see _heading_then_wrapped)
    lone_bullet: re.Pattern | None = None   # a bullet alone on its line (see _raw_blocks)


def _table_columns() -> tuple:
    """(role, folded header words) of action-item table columns, from every language pack's
    commitments.yaml `table_columns` ("Acción", "Responsible", "Plazo"), each language read on
    its own so that one language's words add to, never replace, another's."""
    from loaders.lang import lexicon
    roles: dict[str, set] = {}
    for code in sorted(p.name for p in data_file("lang").iterdir() if p.is_dir()):
        for role, ws in (lexicon("commitments", (code,)).get("table_columns") or {}).items():
            roles.setdefault(role, set()).update(" ".join(fold_same_length(w).split()) for w in ws)
    return tuple((role, frozenset(ws)) for role, ws in roles.items())


@lru_cache(maxsize=None)
def load_layout(path: Path = STRUCTURE_PATH) -> LayoutRules:
    r = load_checked(path, StructureRules)
    c = re.compile
    return LayoutRules(
        tuple(c(p) for p in r["section_headings"]), c(r["keyword_heading"]),
        int(r["max_heading_chars"]), tuple(c(p) for p in r["acta_start"]),
        tuple(c(p) for p in r["agreements_intro"]),
        tuple((c(g["pattern"]), g["group"]) for g in r["agreement_groups"]), r["default_group"],
        c(r["item_marker"]), c(r["terminal"]), c(r["signature_posts"]),
        c(r["signatories_intro"]),
        tuple(c(p) for p in r["place_patterns"]), c(r["date_line_prefix"]),
        c(r["meeting_verbs"]), c(r["agreement_marker"]), c(r["agreements_end"]),
        _table_columns(),
        int(r.get("long_paragraph_chars", 4000)),
        int(r.get("heading_lines", 2)), int(r.get("wrapped_line_chars", 60)),
        c(r["lone_bullet"]) if r.get("lone_bullet") else None)


# -- blocks ----------------------------------------------------------------------------------
@dataclass
class _Raw:
    start: int
    end: int
    line: int
    lines: list[tuple[int, int, int]]   # (start, end, line number) of each physical line
    listy: bool


def _lines(text: str) -> list[tuple[int, int, int]]:
    out, pos = [], 0
    for no, line in enumerate(text.split("\n"), 1):
        out.append((pos, pos + len(line), no))
        pos += len(line) + 1
    return out


def _is_item_line(folded: str, rules: LayoutRules) -> bool:
    m = rules.item_marker.match(folded)
    return bool(m and (m.group("bullet") or m.group("num")) and m.end() < len(folded.rstrip()))


def _is_furniture(line: str) -> bool:
    folded = fold_same_length(line.strip())
    from loaders.reading.pages import page_number
    return bool(folded) and (furniture_line(line) or page_number(folded))


def _new_paragraph(previous: str, line: str) -> bool:
    """A line that ends a sentence followed by a capitalised or numbered line: two paragraphs.
    A line ending with a title's period ("..., el Intendente de Coquimbo, D." / "Sergio ...")
    ends no sentence: the name goes on on the next line (loaders.honorifics); nor does a line
    ending with a given name and its initial ("... General Lisa O." / "Example, ..."): the
    surname is on the next line."""
    head = line.strip().lstrip("*_")
    words = previous.rstrip().rsplit(None, 2) if previous.strip() else [""]
    last = words[-1]
    if last.endswith(".") and fold_same_length(last) in _title_periods():
        return False
    if len(words) >= 2 and _given_name_and_initial(words[-2], last):
        return False
    return bool(reading_rules().sentence_end.search(previous.rstrip())) and bool(head) and \
        (head[0].isupper() or head[0].isdigit() or head[0] in "¿¡\"“«")


def _given_name_and_initial(word: str, last: str) -> bool:
    """`word` a capitalised given name and `last` one capital letter and its period ("Lisa",
    "O."): a name written across a line break (loaders.given_names)."""
    from loaders.given_names import given_name
    return len(last) == 2 and last[0].isupper() and last[1] == "." and word.isalpha() and \
        word[:1].isupper() and word[1:2].islower() and given_name(word)


def _capitals_line(line: str) -> bool:
    """A line written in capitals ("ACTA FINAL", "XX ENCUENTRO DEL COMITÉ"): letters, none lower case."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and not any(c.islower() for c in letters)


def _heading_then_wrapped(text: str, current: "_Raw", line: str, rules: LayoutRules) -> bool:
    """A block so far in capitals (a heading of one or two lines) followed by a long line in
    mixed case (the first wrapped line of a paragraph, data/structure.yaml `wrapped_line_chars`):
    the heading ends there, as if a blank line followed it. A short mixed-case line (the post
    under a signatory's name in capitals) does not end it."""
    return len(current.lines) <= rules.heading_lines and len(line.strip()) >= rules.wrapped_line_chars \
        and not _capitals_line(line) and all(_capitals_line(text[s:e]) for s, e, _ in current.lines)


def _heading_after_rules(text: str, current: "_Raw", line: str) -> bool:
    """A heading in capitals under lines with no letter at all (a rule of underscores, a line
    of scanning noise such as "0::::1::::1"): the heading starts a block of its own."""
    return _capitals_line(line) and not any(c.isalpha() for s, e, _ in current.lines for c in text[s:e])


def _after_dateline(text: str, current: "_Raw", line: str, rules: LayoutRules) -> bool:
    """At a document's opening (the caller's first two blocks), a dateline of its own under
    title lines ("Quito, 7 de diciembre de 2005" under a title with no blank line after it) ends
    the title block, and the line after it opens the text's first paragraph: when the dateline
    is the whole line (strict `_date_line`) and the line before it ends with no comma."""
    if len(current.lines) > rules.heading_lines + 6:
        return False
    last = text[current.lines[-1][0]:current.lines[-1][1]]
    if len(current.lines) == 1 and _date_line(last.strip(), rules, strict=True):
        return True         # the paragraph after the dateline
    before_comma = last.rstrip().endswith(",")
    return not before_comma and _date_line(line.strip(), rules, strict=True) is not None


@lru_cache(maxsize=1)
def _title_periods() -> frozenset:
    """The honorifics written with a period ("d.", "sr.", "dr."), folded."""
    from loaders.honorifics import honorifics
    return frozenset(w for w in honorifics().words if w.endswith(".") and " " not in w)


def _raw_blocks(text: str, rules: LayoutRules) -> list[_Raw]:
    """Non-blank line runs; every list-item line, a line after one that ends a sentence
    when it starts capitalised or numbered, the first wrapped line after a heading in capitals
    and a heading in capitals under lines with no letter open their own block; a bullet alone
    on its line (data/structure.yaml `lone_bullet`) opens a list item that its next line
    completes. Page furniture lines (page numbers, verification stamps) count as blank."""
    blocks: list[_Raw] = []
    current: _Raw | None = None
    lone_bullet = rules.lone_bullet
    for s, e, no in _lines(text):
        line = text[s:e]
        if not line.strip() or _is_furniture(line):
            current = None
            continue
        stripped_start = s + (len(line) - len(line.lstrip()))
        stripped_end = s + len(line.rstrip())
        if lone_bullet is not None and lone_bullet.fullmatch(line.strip()):
            # "•" over "Subcomisión de Aduanas": the bullet's line and the item's text are one item
            current = _Raw(stripped_start, stripped_end, no, [(stripped_start, stripped_end, no)], True)
            blocks.append(current)
            continue
        if current is not None and current.listy and len(current.lines) == 1 and \
                lone_bullet is not None and lone_bullet.fullmatch(text[current.start:current.end]):
            current.end = stripped_end
            current.lines.append((stripped_start, stripped_end, no))
            continue
        item = _is_item_line(fold_same_length(line), rules)
        if current is None or item or current.listy and _is_item_line(fold_same_length(line), rules) or \
                _new_paragraph(text[current.lines[-1][0]:current.lines[-1][1]], line) or \
                _heading_then_wrapped(text, current, line, rules) or _heading_after_rules(text, current, line) or \
                len(blocks) <= 2 and _after_dateline(text, current, line, rules):
            current = _Raw(stripped_start, stripped_end, no, [(stripped_start, stripped_end, no)], item)
            blocks.append(current)
        else:
            current.end = stripped_end
            current.lines.append((stripped_start, stripped_end, no))
    return blocks


def _clean(s: str) -> str:
    return s.replace("**", "").replace("__", "").strip()


def _merge_page_breaks(text: str, raws: list[_Raw], rules: LayoutRules) -> list[_Raw]:
    """Rejoin a paragraph that a page break cut: no final punctuation, next starts lower case."""
    out: list[_Raw] = []
    for r in raws:
        if out:
            prev = out[-1]
            tail = _clean(text[prev.start:prev.end])
            head = _clean(text[r.start:r.end])
            if (tail and head and not rules.terminal.search(tail) and head[0].islower()
                    and not r.listy):
                prev.end = r.end
                prev.lines.extend(r.lines)
                continue
        out.append(r)
    return out


def _bounded(text: str, raws: list[_Raw], rules: LayoutRules) -> list[_Raw]:
    """Each block longer than any real paragraph (data/structure.yaml `long_paragraph_chars`)
    read as its sentences, one block each, a sentence over the bound cut at its last blank
    before it; other blocks unchanged. Offsets stay those of `text`; time is linear in it."""
    limit = rules.long_paragraph_chars
    if all(r.end - r.start <= limit for r in raws):
        return raws
    from loaders.patterns import load_patterns
    from loaders.spans import sentences, trim
    abbreviations = load_patterns().abbreviations
    out: list[_Raw] = []
    for r in raws:
        if r.end - r.start <= limit:
            out.append(r)
            continue
        line_ends = [ln[1] for ln in r.lines]       # the physical line each piece starts on
        for s, e in sentences(text, r.start, r.end, abbreviations):
            while s < e:
                blank = text.rfind(" ", s + 1, s + limit)
                cut = e if e - s <= limit else (blank if blank > s else s + limit)
                piece_s, piece_e = trim(text, s, cut)
                if piece_e > piece_s:
                    no = r.lines[min(bisect_right(line_ends, piece_s - 1), len(r.lines) - 1)][2]
                    out.append(_Raw(piece_s, piece_e, no, [(piece_s, piece_e, no)], False))
                s = cut
    return out


def roman_value(s: str) -> int | None:
    """The value of a Roman numeral written in lower case ("vi" -> 6, "xxvi" -> 26), read
    right to left; None when a character is not one of i, v, x, l, c, or for "". Does not
    check that the numeral is well formed (callers that need it match their own pattern).

    >>> roman_value("vi"), roman_value("xiv"), roman_value("abc")
    (6, 14, None)
    """
    total, prev = 0, 0
    for ch in reversed(s):
        v = ROMAN.get(ch)
        if v is None:
            return None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total or None


def _number_value(num: str) -> int | None:
    return int(num) if num.isdigit() else roman_value(num)


def _heading_number(folded: str, raw_text: str, rules: LayoutRules, expected: int,
                    multi_line: bool) -> int | None:
    """The section number if this block is the next section heading, else None."""
    if multi_line:
        return None
    body = _clean(raw_text)
    for pat in rules.section_headings:
        m = pat.match(folded)
        if not m:
            continue
        value = _number_value(m.group("num"))
        if value is None or value != expected:
            continue
        if rules.keyword_heading.match(folded):
            return value
        sentence_inside = re.search(r"[.;!?]\s+\S", body[m.end():] if len(body) > m.end() else "")
        ends_period = body.endswith(".") and len(body) > 80
        if len(body) <= rules.max_heading_chars and not ends_period and not sentence_inside:
            return value
    return None


def _is_subheading(body: str, multi_line: bool) -> bool:
    return (not multi_line and len(body) <= 160 and not body.endswith((".", ";", ","))
            and not re.search(r"[.;!?]\s+[A-ZÁÉÍÓÚÑ]", body))


def _agreement_group(folded: str, rules: LayoutRules) -> str:
    for pat, group in rules.agreement_groups:
        if pat.search(folded):
            return group
    return rules.default_group


def _strip_honorific(name: str) -> tuple[str, str | None]:
    """(name, title) of a signer's line: a title that goes with the post ("Ministra", "Lic.",
    data/lang/*/persons.yaml `signature_titles`) comes off the name; None when none opens it."""
    words = name.split()
    if len(words) > 1 and fold_same_length(words[0]) in honorifics().signature_titles:
        return " ".join(words[1:]), words[0]
    return name, None


def _split_raw(raw: _Raw, keep) -> list[_Raw]:
    """The runs of `raw`'s lines for which keep(line span) is true, each a block of its own."""
    out: list[_Raw] = []
    run: list[tuple[int, int, int]] = []
    for ln in raw.lines + [None]:
        if ln is not None and keep(ln):
            run.append(ln)
            continue
        if run:
            out.append(_Raw(run[0][0], run[-1][1], run[0][2], run, raw.listy))
            run = []
    return out


def _front(text: str, raws: list[_Raw], title_span: tuple[int, int] | None) -> list[_Raw]:
    """Drop the letterhead before the title (or, without a title, at the top) and give the
    title a block of its own when it shares one with the letterhead."""
    out: list[_Raw] = []
    front = True
    for raw in raws:
        if front and title_span and raw.start <= title_span[0] < raw.end + 1:
            before = _split_raw(raw, lambda ln: ln[1] <= title_span[0] and
                                not is_letterhead(text[ln[0]:ln[1]]))
            rest = _split_raw(raw, lambda ln: title_span[0] <= ln[0] and ln[1] <= title_span[1]) + \
                _split_raw(raw, lambda ln: ln[0] > title_span[1])     # a paragraph under the title
            out.extend(before + rest)
            front = False
            continue
        if front and (title_span is None or raw.end <= title_span[0]):
            kept = _split_raw(raw, lambda ln: not is_letterhead(text[ln[0]:ln[1]]))
            out.extend(kept)
            if title_span is None and kept:
                front = False
            continue
        front = False
        out.append(raw)
    return out


ROMAN_NUMERAL = re.compile(r"(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def display_title(title: str | None) -> str | None:
    """An all-capitals title in title case ("ACTA DE LA SESIÓN" → "Acta de la Sesión"),
    connectors (data/structure.yaml `title_lowercase_words`) in lower case and acronyms kept;
    any other title as written."""
    if not title or any(ch.islower() for ch in title):
        return title
    small = set(reading_rules().title_lowercase_words)
    words = title.split(" ")
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        if i and fold_same_length(low) in small:
            out.append(low)
        elif w.startswith("(") or ROMAN_NUMERAL.fullmatch(w.strip(".,:;")) \
                or not any(ch.isalpha() for ch in w):
            out.append(w)
        else:
            out.append("-".join(_title_case_part(part) for part in w.split("-")))
    return " ".join(out)


INITIALISM = re.compile(r"(?:[A-ZÁÉÍÓÚÑ]\.){2,}[,;:]?")


def _title_case_part(part: str) -> str:
    """One hyphen-separated part of an all-capitals word in title case; an initialism ("U.S.",
    "D.C.") as written."""
    if INITIALISM.fullmatch(part):
        return part
    low = part.lower()
    return low[:1].upper() + low[1:]


DATE_LABEL = re.compile(r"\b(?:fecha|date|meeting date|fecha de la reunion)\s*:\s*")
RANGE_START = re.compile(r"(?P<day>\d{1,2})\s*(?:,|y|al|a|-|\u2013|and|to)\s*(?:el\s+)?$")


def _first_day(body: str, found) -> str:
    """The first day of "los días 3 y 4 de junio de 2021": loaders.dates reads the last one."""
    m = RANGE_START.search(body[:found.start])
    value = found.value.start
    if m and 1 <= int(m.group("day")) < value.day:
        return value.replace(day=int(m.group("day"))).isoformat()
    return value.isoformat()


ENGLISH_DATE = re.compile(r"\b(?:\d{1,2} [A-Z][a-z]{2,8},? \d{4}|[A-Z][a-z]{2,8} \d{1,2}(?:-\d{1,2})?, \d{4})\b")
ENGLISH_FORMATS = ("%d %B %Y", "%d %B, %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y")


def _english_date(body: str) -> str | None:
    """An English day date ("12 April 2022", "November 14, 2023", "September 20-21, 2023":
    its first day) that loaders.dates does not read, parsed by the standard library."""
    import datetime as dt
    m = ENGLISH_DATE.search(body)
    if not m:
        return None
    value = re.sub(r"(\d{1,2})-\d{1,2},", r"\1,", m.group(0))
    for fmt in ENGLISH_FORMATS:
        try:
            return dt.datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def document_date(text: str) -> str | None:
    """The ISO date a document is dated by, from its text: the meeting's date stated near the
    top ("se reúne ... el 21 de febrero de 2022", "held on ..."), else a date line ("Lima, 3 de
    mayo de 2017"). None when neither is there."""
    from loaders.dates import find_dates
    rules = load_layout()
    cue = reading_rules().meeting_date_cue
    raws = _merge_page_breaks(text, _raw_blocks(text, rules), rules)[:12]
    span = find_title(text)
    after_title = [r for r in raws if span is None or r.start >= span[1]]
    heading_day = _heading_date_line(text, raws[:3])
    for raw in after_title[:4]:
        body = text[raw.start:raw.end]
        folded = fold_same_length(body)
        labelled = DATE_LABEL.search(folded)
        said = cue.search(folded)
        if len(body) > 90 and said or labelled:
            days = [d for d in find_dates(body[labelled.end():] if labelled else body)
                    if d.value.precision == "day"]
            if said and not labelled:
                # the date the sentence saying it met gives, not a dateline merged before it,
                # nor a date the sentence names far from the words that say it met ("this
                # meeting ... occurs ... although the events of September 11, 2001 ...")
                # under a heading date line only a verb that says it met, right before the
                # date, outweighs it ("met in Bishkek on 12 June 2019"), not "this meeting"
                cues = [m.end() for m in cue.finditer(folded)
                        if not heading_day or m.group(0) not in CUE_NOUNS]
                reach = CUE_REACH_UNDER_HEADING if heading_day else CUE_REACH
                # ; a range of days that holds the heading's day is the meeting's wherever the
                # sentence says it ("Julio 20, 2000" over "se reunieron ... del 17 al 20 de julio")
                near = [d for d in days if any(0 <= d.start - c <= reach for c in cues)
                        or heading_day and d.value.start < d.value.end
                        and d.value.start.isoformat() <= heading_day <= d.value.end.isoformat()]
                if heading_day and not near:
                    continue
                days = near or [d for d in days if d.start >= said.start()] or days
            if days:
                return _first_day(body[labelled.end():] if labelled else body, days[0])
            english = _english_date(body[labelled.end():] if labelled else body)
            if english:
                return english
    for raw in raws:
        body = _clean(text[raw.start:raw.end])
        found = _date_line(body, rules)
        if found:
            return found[0].iso
        if len(body) <= 90 and ENGLISH_DATE.search(body) and \
                len(ENGLISH_DATE.sub("", body).strip(" ,.:-")) <= 40:
            english = _english_date(body)
            if english:
                return english
    if heading_day:
        return heading_day
    if span is not None:                 # "... Committee meeting on 24 October 2022"
        title = text[span[0]:span[1]]
        days = [d for d in find_dates(title) if d.value.precision == "day"]
        return days[0].value.iso if days else _english_date(title)
    return None


# how far after "met", "held", "reunión" ... a date may stand to be the one they say
CUE_REACH = 120
CUE_REACH_UNDER_HEADING = 60
HEADING_DATE_CHARS = 2000     # a heading's date line stands in the first characters
CUE_NOUNS = frozenset({"reunion", "sesion", "meeting"})


def heading_date(text: str) -> str | None:
    """The ISO day of a line that is a date alone among the document's first three blocks
    ("XIX U.S.-MEXICO BINATIONAL COMMISSION / NOVEMBER 26, 2002 / MEXICO CITY, MEXICO"), or
    None."""
    rules = load_layout()
    return _heading_date_line(text, _merge_page_breaks(text, _raw_blocks(text, rules), rules)[:3])


def _heading_date_line(text: str, raws: list) -> str | None:
    """The ISO day of a line that is a date alone inside one of the first blocks ("XIX
    U.S.-MEXICO BINATIONAL COMMISSION / NOVEMBER 26, 2002 / MEXICO CITY, MEXICO"), or None."""
    from loaders.reading.metadata import is_date_line
    from loaders.dates import find_dates
    for raw in raws:
        for line in text[raw.start:raw.end].split("\n"):
            if len(line) <= 60 and is_date_line(line):
                days = [d for d in find_dates(line) if d.value.precision == "day"]
                return days[0].value.start.isoformat()
    return None


# how many words a line must have before a comma and a lowercase end, or a full stop, make it a
# sentence of running text rather than a title ("Declaración de Quito, 2019" stays a title)
SENTENCE_WORDS = 10


def _sentence_opening(text: str, span: tuple[int, int]) -> bool:
    """True when the lines at `span` open a sentence of running text rather than name the
    document ("As a result of this meeting, the two governments jointly commit to take"): a
    long first line with a comma that ends on a lowercase word, its sentence running on to the
    next line, or long lines that end with a full stop."""
    first = text[span[0]:span[1]].split("\n", 1)[0].strip()
    whole = text[span[0]:span[1]].rstrip()
    runs_on = "," in first and first[-1:].islower() and len(first.split()) >= SENTENCE_WORDS
    return runs_on or (whole.endswith(".") and len(whole.split()) >= SENTENCE_WORDS)


def parse_document(text: str, doc_id: str, path: str = "", read=None) -> DocumentStructure:
    """Cut `text` into passages and read its front matter, sections, acta and signatures.

    `read` (a loaders.reading.ReadDocument of this text) gives the title and date the file
    itself states (front matter); without it they are read from the text. The letterhead before
    the title and page furniture lines are not passages.
    """
    rules = load_layout()
    name = Path(path).name if path else f"{doc_id}.txt"
    doc = DocumentStructure(doc_id, path, text)
    title_span = find_title(text)
    if read is not None and read.title:
        wanted = fold_same_length(" ".join(read.title.split()))
        same = next((r for r in _raw_blocks(text, rules)[:15]
                     if fold_same_length(title_text(text, (r.start, r.end)) or "") == wanted), None)
        # the file names its title and no line near the top repeats it: a line found by its
        # looks is kept only when it reads as a heading, not as the running text's first
        # sentence ("As a result of this meeting, the two governments jointly commit to take")
        title_span = (same.start, same.end) if same else \
            (title_span if title_span and not _sentence_opening(text, title_span) else None)
    raws = _merge_page_breaks(text, _front(text, _raw_blocks(text, rules), title_span), rules)
    raws = _bounded(text, raws, rules)     # a text on one line: its sentences, not one giant passage

    section, expected = "0", 1
    in_acta = False
    agreements_open = False
    unnumbered = None          # after an operative heading: are its agreements plain paragraphs?
    list_marker = None         # a list of agreements: bulleted or numbered
    table_roles = None         # the column roles of an action-item table being read
    group = rules.default_group
    last_non_item: int | None = None
    after_agreements = False
    signatories_next = False
    section_starts: list[tuple[str, str, int | None, int]] = [("0", "", None, 0)]
    agreements: list[dict] = []
    seen_first_section = False

    for raw in raws:
        ordinal = len(doc.blocks) + 1
        block_text = text[raw.start:raw.end]
        body = _clean(block_text)
        folded = fold_same_length(body)
        multi = len(raw.lines) > 1
        kind, number, parent = "paragraph", None, None
        m_item = rules.item_marker.match(fold_same_length(block_text))
        item_num = m_item.group("num") if m_item and raw.listy else None
        indent = raw.start - (text.rfind("\n", 0, raw.start) + 1)

        if agreements_open and raw.listy and m_item and agreements:
            # a list of agreements ends at the closing formula ("- The meeting adjourned at ...")
            # or at a numbered heading after bulleted agreements ("3. Ruegos y preguntas")
            kind_here = "bullet" if m_item.group("bullet") else "number" if m_item.group("num") else None
            if rules.agreements_end.match(folded[m_item.end():]) or (
                    unnumbered == "list" and list_marker == "bullet" and kind_here == "number"
                    and indent <= agreements[0]["indent"]
                    and _is_subheading(_clean(block_text[m_item.end():].split("\n")[0]), False)
                    and not body.rstrip().endswith(":")):
                agreements_open = False
        heading_no = None
        if not agreements_open and not in_acta:
            heading_no = _heading_number(folded, body, rules, expected, multi)
        cells = _cells(text, raw) if not multi else []
        header = _column_roles(text, cells, rules) if len(cells) >= 2 else None
        if header:
            # "Action | Responsible | Deadline": each row after it is one commitment
            table_roles, kind = header, "heading"
        elif table_roles and len(cells) == len(table_roles):
            n = str(int(agreements[-1]["number"].split(".")[0]) + 1 if agreements else 1)
            agreements.append(dict(number=n, group="action_items", ordinal=ordinal,
                                   start=raw.start, end=raw.end, line=raw.line, text=block_text,
                                   indent=indent, tasks=[],
                                   cells=tuple((r, a, b) for r, (a, b) in zip(table_roles, cells))))
            kind, number = "agreement", n
        elif heading_no is not None:
            section = str(heading_no)
            expected = heading_no + 1
            kind = "heading"
            m = next((p.match(folded) for p in rules.section_headings if p.match(folded)), None)
            number = m.group("num").upper() if m and not m.group("num").isdigit() else \
                (m.group("num") if m else section)
            section_starts.append((section, body[m.end():].strip(" .:-") or body if m else body, ordinal,
                                   raw.start))
            seen_first_section = True
            agreements_open = False
        elif not in_acta and any(p.match(folded) for p in rules.acta_start) and not multi \
                and len(body) <= 80:
            in_acta, section, kind = True, "acta", "heading"
            section_starts.append(("acta", body, ordinal, raw.start))
        elif any(p.search(folded) for p in rules.agreements_intro) and not raw.listy:
            agreements_open, group, kind = True, rules.default_group, "paragraph"
            unnumbered = None
        elif agreements_open and raw.listy or agreements_open and item_num and not multi or \
                agreements_open and not raw.listy and not _signature_like(block_text, rules) and \
                not rules.agreements_end.match(folded) and (
                    # "Primero.", "IV.": the list goes on while its paragraphs are numbered so
                    rules.agreement_marker.match(folded) and unnumbered in (None, "marked", "list") or
                    # plain paragraphs after an operative heading, until a heading
                    unnumbered in (None, "plain") and not _is_subheading(body, multi)):
            if unnumbered is None:
                list_marker = ("bullet" if m_item.group("bullet") else "number" if m_item.group("num")
                               else None) if m_item and raw.listy else None
                unnumbered = "list" if (raw.listy or item_num) else \
                    "marked" if rules.agreement_marker.match(folded) else "plain"
            is_task = bool(agreements) and (indent > agreements[-1]["indent"] or
                                            (item_num or "").isalpha()) and \
                agreements[-1]["text"].rstrip().endswith(":")
            if is_task or (agreements and agreements[-1]["tasks"] and indent > 0 and
                           indent > agreements[-1]["indent"]):
                a = agreements[-1]
                n = f"{a['number']}.{len(a['tasks']) + 1}"
                a["tasks"].append(dict(number=n, ordinal=ordinal, start=raw.start, end=raw.end,
                                       line=raw.line, text=block_text, indent=indent))
                kind, number = "task", n
            else:
                position = int(agreements[-1]["number"]) + 1 if agreements else 1
                if item_num and item_num.isdigit():
                    printed = int(item_num)
                    if printed <= position - 1:
                        raise SourceError(name, raw.line,
                                          f"agreement number {printed} repeats or goes back "
                                          f"(expected {position})")
                    if printed != position:
                        raise SourceError(name, raw.line,
                                          f"agreement number {printed} skips "
                                          f"{'agreement' if printed == position + 1 else 'agreements'} "
                                          f"{position}" + (f"..{printed - 1}" if printed > position + 1 else ""))
                n = str(position)
                agreements.append(dict(number=n, group=group, ordinal=ordinal, start=raw.start,
                                       end=raw.end, line=raw.line, text=block_text,
                                       indent=indent, tasks=[]))
                kind, number = "agreement", n
            after_agreements = True
        elif agreements_open and not raw.listy and _is_subheading(body, multi) and not multi \
                and not after_agreements or (agreements_open and body.endswith(":") and not multi
                                             and len(body) <= 200):
            kind, group = "heading", _agreement_group(folded, rules)
        elif (after_agreements or signatories_next or in_acta and agreements) and \
                _signature_like(block_text, rules):
            kind = "signature"
            agreements_open = False
            doc.signatories.extend(_signatories(text, raw, ordinal, rules))
        elif rules.signatories_intro.match(folded):
            signatories_next = True
            kind = "paragraph"
            agreements_open = False
            inline = body.split(":", 1)[1] if ":" in body else ""
            if inline.strip():
                doc.signatories.extend(_inline_signatories(text, raw, ordinal))
        else:
            if raw.listy:
                kind = "item"
                number = item_num
                parent = last_non_item
            elif doc.title is None and title_span is not None and raw.start == title_span[0]:
                kind = "title"
            elif doc.date is None and not seen_first_section and _date_line(body, rules, strict=True):
                kind = "date"
            elif _is_subheading(body, multi) and not raw.listy:
                kind = "heading"
            if agreements_open and kind not in ("item", "heading"):
                agreements_open = False
            elif agreements_open and kind == "heading" and unnumbered == "plain" and after_agreements:
                agreements_open = False     # plain paragraphs of agreements end at the next heading
        if kind == "title":
            doc.title = display_title(title_text(text, (raw.start, raw.end)))
        if kind == "date":
            value, place = _date_line(body, rules, strict=True)
            doc.date, doc.date_end = value.iso, value.end.isoformat()
            doc.place = doc.place or place
        if kind != "item":
            last_non_item = ordinal
        if table_roles and not header and kind != "agreement":
            table_roles = None
        doc.blocks.append(Block(ordinal, section, number, kind, raw.start, raw.end, raw.line,
                                block_text, parent))

    # sections with their spans
    for i, (num, title, ordinal, start) in enumerate(section_starts):
        end = section_starts[i + 1][3] if i + 1 < len(section_starts) else len(text)
        if num == "0" and end == 0 and len(section_starts) > 1:
            continue
        doc.sections.append(Section(num, title, ordinal, start, end))
    doc.agreements = [Agreement(a["number"], a["group"], a["ordinal"], a["start"], a["end"],
                                a["line"], a["text"], None,
                                tuple(Agreement(t["number"], a["group"], t["ordinal"], t["start"],
                                                t["end"], t["line"], t["text"], a["number"])
                                      for t in a["tasks"]), a.get("cells", ()))
                      for a in agreements]
    if doc.place is None:
        doc.place = _place(text, rules)
    if doc.date is None:
        doc.date = doc.date_end = heading_date(text[:HEADING_DATE_CHARS])
    if doc.date is None:
        value = _fallback_date(doc, rules)
        if value is not None:
            doc.date, doc.date_end = value.iso, value.end.isoformat()
    if read is not None:
        doc.title = read.title or doc.title
        if read.date and read.date != doc.date:
            doc.date, doc.date_end = read.date, None
    return doc


CELL = " | "


def _cells(text: str, raw: "_Raw") -> list[tuple[int, int]]:
    """The cells of a table row as the readers write it ("a | b | c"), as spans; [] if none."""
    body = text[raw.start:raw.end]
    if CELL not in body:
        return []
    out, pos = [], 0
    for part in body.split(CELL):
        out.append((raw.start + pos, raw.start + pos + len(part)))
        pos += len(part) + len(CELL)
    return out


def _column_roles(text: str, cells, rules: LayoutRules) -> tuple | None:
    """The role of each column of a table header (action, responsible, deadline, other), when
    the header names an action column and at least one other known role; else None."""
    roles = []
    for a, b in cells:
        cell = fold_same_length(text[a:b]).strip(" *")
        cell = " ".join(cell.split())
        roles.append(next((role for role, words in rules.table_columns if cell in words), "other"))
    known = [r for r in roles if r != "other"]
    if "action" in roles and len(set(known)) >= 2:
        return tuple(roles)
    return None


# dates that say when something is due, never what day a line is dated
DEADLINE_RULES = ("year_end", "relative_period", "relative_day")


def _date_line(body: str, rules: LayoutRules, strict: bool = False):
    """(date, place) when the block is a date line such as "Lima, 3 de mayo de 2017"; `strict`:
    only when the date is (nearly) the whole line, not a date inside a short sentence."""
    folded = fold_same_length(body)
    m = rules.date_line_prefix.match(folded)
    rest_start = m.end() if m else 0
    rest = body[rest_start:]
    if not rest or len(body) > 90:
        return None
    from loaders.dates import find_dates
    found = [d for d in find_dates(rest) if d.value.precision == "day"
             and d.rule not in DEADLINE_RULES]
    # the date is the line, not a deadline inside a sentence ("... by the end of 2023.")
    if not found or strict and sum(d.end - d.start for d in found) < 0.8 * len(rest.strip(" .,;*")):
        return None
    value = max(found, key=lambda d: d.end - d.start).value
    place = body[m.start("place"):m.end("place")].strip() if m and m.group("place") else None
    if place and _weekday(place):
        place = None        # "Thursday, 25 August 2016": the day's name, no place
    return value, place


def _weekday(name: str) -> bool:
    """True when `name` is a day of the week in a language of data/dates.yaml ("Thursday",
    "jueves"), which is never a place."""
    from loaders.dates import load_date_rules
    return " ".join(fold_same_length(name).lower().split()) in load_date_rules().weekdays


def _place(text: str, rules: LayoutRules) -> str | None:
    folded = fold_same_length(text)
    for pat in rules.place_patterns:
        m = re.compile(pat.pattern, re.M).search(folded)
        if m:
            return text[m.start("place"):m.end("place")].strip(" .")
    return None


def _fallback_date(doc: DocumentStructure, rules: LayoutRules):
    """The meeting date (a DateValue) from a preamble that says the meeting met ("reunidos el
    día 30 de marzo de 2017 ...", "Se realizó ... entre los días 9 y 11 de octubre de 2018",
    "met in Quito on 20-21 September 2023"): data/structure.yaml `meeting_verbs`."""
    from loaders.dates import find_dates
    for b in doc.blocks:
        if rules.meeting_verbs.search(fold_same_length(b.text)):
            days = [d for d in find_dates(b.text) if d.value.precision == "day"]
            if days:
                return days[0].value
    return None


def _signature_like(block_text: str, rules: LayoutRules) -> bool:
    lines = [ln.strip() for ln in block_text.split("\n") if ln.strip()]
    if not 2 <= len(lines) <= 5:
        return False
    if any(len(ln) > 90 or ln.endswith((".", ";", ",")) for ln in lines):
        return False
    return any(rules.signature_posts.search(fold_same_length(ln)) for ln in lines[1:]) or \
        any(rules.signature_posts.search(fold_same_length(ln)) for ln in lines[:1])


def _signatories(text: str, raw: _Raw, ordinal: int, rules: LayoutRules) -> list[Signatory]:
    lines = [(s, e, no) for s, e, no in raw.lines if text[s:e].strip()]
    s, e, no = lines[0]
    name, title = _strip_honorific(text[s:e].strip())
    post = text[lines[1][0]:lines[1][1]].strip() if len(lines) > 1 else title
    body = text[lines[2][0]:lines[2][1]].strip() if len(lines) > 2 else None
    return [Signatory(name, post, body, ordinal, raw.start, raw.end, raw.line)]


def _inline_signatories(text: str, raw: _Raw, ordinal: int) -> list[Signatory]:
    body = text[raw.start:raw.end]
    colon = body.index(":")
    out = []
    for m in re.finditer(r"[^,;:]+", body[colon + 1:]):
        for part in re.split(r"\s+y\s+|\s+e\s+", m.group(0)):
            part_clean = part.strip(" .")
            if part_clean:
                s = raw.start + colon + 1 + m.start() + m.group(0).find(part_clean)
                out.append(Signatory(part_clean, None, None, ordinal, s, s + len(part_clean),
                                     raw.line))
    return out
