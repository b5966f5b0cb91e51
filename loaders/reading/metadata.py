"""A document's own title and language, read from its normalised text.

The title is the first heading-like line near the top that names what the document is (an
acta, a meeting, a declaration, a report, a communiqué: data/structure.yaml `title_words`),
skipping the letterhead (`letterhead`: ministries, addresses, phone and web lines, press-note
numbers, logos' text). The language is lingua's answer among data/structure.yaml `languages`.
This module must not read files or cut passages.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.read import fold_same_length
from loaders.reading.rules import reading_rules

MAX_TITLE_CHARS = 320           # the bundled report's title runs to 290 characters
MAX_TITLE_COMMAS = 3            # a line listing names ("8 July 2016 UNHCR, CRS, DRC, ...") is not one
FIRST_HEADING_TITLE_CHARS = 120  # a document's first line alone, as a heading: its title
SCAN_BLOCKS = 15                # a title stands among the first blocks of a document
SENTENCE_WORDS = 8              # a block ending with a full stop and this long is a sentence
SENTENCE_INSIDE = re.compile(r"[.;!?]\s+[A-ZÁÉÍÓÚÑ¿¡]")
LANGUAGE_SAMPLE = 6000


def is_letterhead(line: str) -> bool:
    """True when a line is letterhead: a ministry or office, an address, a phone, web or mail
    line, a press-note number, a logo's text; never a line longer than data/structure.yaml
    `letterhead_max_chars` (a paragraph that cites a web address or a ministry is text).

    >>> is_letterhead("Av. Ejemplo 123 – Tel. (000) 555-0100 – www.ejemplo.gob")
    True
    >>> is_letterhead("El encuentro tuvo lugar en Quito " + "y reunió a las delegaciones " * 8
    ...               + "(ver https://www.ejemplo.gob/nota).")
    False
    """
    rules = reading_rules()
    folded = fold_same_length(line.strip().strip("*#_ ")).strip()
    if len(folded) > rules.letterhead_max_chars:
        return False
    return any(p.search(folded) for p in rules.letterhead)


def _clean(s: str) -> str:
    return " ".join(s.replace("**", " ").replace("__", " ").split()).strip(" #*_")


def heading_like(text: str) -> bool:
    """Short enough, no sentence inside, not ending a long sentence: a heading, not a paragraph."""
    body = _clean(text)
    return bool(body) and len(body) <= MAX_TITLE_CHARS and not SENTENCE_INSIDE.search(body) \
        and not (body.endswith((".", ";", ",")) and len(body) > 120)


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    """Blank-line separated blocks, each a list of its non-blank lines' (start, end) spans."""
    out: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        if not line.strip():
            if current:
                out.append(current)
                current = []
            continue
        lead = len(line) - len(line.lstrip())
        current.append((s + lead, s + len(line.rstrip())))
    if current:
        out.append(current)
    return out


def is_date_line(line: str) -> bool:
    """True when a line is a day date and nothing much else ("NOVEMBER 26, 2002", "11 de junio
    de 1998")."""
    from loaders.dates import find_dates
    days = [d for d in find_dates(line) if d.value.precision == "day"]
    body = line.strip(" .,;*#_")
    return bool(days) and sum(d.end - d.start for d in days) >= 0.8 * len(body)


def _before_date_line(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A heading block's lines before its first line that is a date alone: the title of "XIX
    U.S.-MEXICO BINATIONAL COMMISSION / NOVEMBER 26, 2002 / MEXICO CITY, MEXICO" is its first
    line; the date and the place under it are the dateline, not the title. A block whose first
    line is the date keeps every line."""
    for i, (s, e) in enumerate(lines[1:], start=1):
        if is_date_line(text[s:e]):
            return lines[:i]
    return lines


def _names_a_day(line: str) -> bool:
    """True when a line holds a date to the day ("Colombo, 25 August 2016")."""
    from loaders.dates import find_dates
    return any(d.value.precision == "day" for d in find_dates(line))


def furniture_line(line: str) -> bool:
    """True when a whole line is page furniture (data/structure.yaml `furniture_lines`: a stamp,
    a verification code, a copied page's download counters); page numbers are told apart by
    loaders.reading.pages.page_number."""
    folded = fold_same_length(line.strip())
    return any(p.fullmatch(folded) for p in reading_rules().furniture_lines)


def find_title(text: str) -> tuple[int, int] | None:
    """The span of the document's title in `text`, or None when no line near the top is one.

    A block's leading letterhead lines are skipped; the rest of the block is the candidate.
    Once a first heading-like block is found, a later block that reads as a sentence
    (`_reads_as_sentence`) is a paragraph and never the title, even when it holds a title word
    ("La Comisión ... sesionó hoy ..."): the first heading stays the title then.
    """
    rules = reading_rules()
    first = None        # the first block's heading, the title when no block names what it is
    for block in _blocks(text)[:SCAN_BLOCKS]:
        # page furniture (data/structure.yaml `furniture_lines`: a stamp, a copied page's
        # "1 downloads 153 Views 428KB Size Report") is never the title
        block = [(s, e) for s, e in block if not furniture_line(text[s:e])]
        marks = [i for i, (s, e) in enumerate(block) if is_letterhead(text[s:e])]
        lines = block[marks[-1] + 1:] if marks else block
        if not lines:
            continue
        lines = _before_date_line(text, lines)
        s, e = lines[0][0], lines[-1][1]
        candidate = text[s:e]
        if candidate.count(",") > MAX_TITLE_COMMAS or "@" in candidate:
            continue
        if first is None:       # a dateline ("Colombo, Thursday 25 August 2016") is not a title
            first = (s, e) if len(lines) == 1 and heading_like(candidate) \
                and len(candidate) <= FIRST_HEADING_TITLE_CHARS and not _names_a_day(candidate) else False
        if first and _reads_as_sentence(candidate):
            continue            # a paragraph under the first heading, whatever words it holds
        if heading_like(candidate) and rules.title_words.search(fold_same_length(candidate)):
            return s, e
        if _title_over_paragraph(text, lines):
            return lines[0]
    return first or None


def _reads_as_sentence(candidate: str) -> bool:
    """True when a block is a sentence of the text, not a heading: it ends with a full stop or a
    semicolon and runs to at least SENTENCE_WORDS words ("La Comisión Nacional sesionó hoy en
    la Casa de Gobierno para revisar el plan."); "Acta No. 5." or a short heading is none."""
    body = _clean(candidate)
    return body.endswith((".", ";")) and len(body.split()) >= SENTENCE_WORDS


def _title_over_paragraph(text: str, lines: list[tuple[int, int]]) -> bool:
    """True when a block's first line is a title and the lines under it, with no blank line
    between, are a hard-wrapped paragraph ("Senior Officials' meeting in Ouagadougou, ... 2019"
    then "Following the adoption of ..."): the first line names what the document is, ends
    without punctuation, and the next line is as long as a wrapped paragraph line
    (data/structure.yaml `wrapped_line_chars`)."""
    if len(lines) < 2:
        return False
    first = text[lines[0][0]:lines[0][1]]
    following = text[lines[1][0]:lines[1][1]]
    return heading_like(first) and not _clean(first).endswith((".", ",", ";", ":")) \
        and len(following) >= reading_rules().wrapped_line_chars \
        and bool(reading_rules().title_words.search(fold_same_length(first)))


def title_text(text: str, span: tuple[int, int] | None) -> str | None:
    """The title as one line (markup and line breaks out), or None."""
    if span is None:
        return None
    return _clean(text[span[0]:span[1]]) or None


@lru_cache(maxsize=1)
def _detector():
    from lingua import IsoCode639_1, LanguageDetectorBuilder
    codes = [getattr(IsoCode639_1, c.upper()) for c in reading_rules().languages]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language (among data/structure.yaml `languages`), or None
    when the text has too few letters to tell."""
    sample = text[:LANGUAGE_SAMPLE]
    if sum(ch.isalpha() for ch in sample) < 20:
        return None
    language = _detector().detect_language_of(sample)
    return language.iso_code_639_1.name.lower() if language is not None else None
