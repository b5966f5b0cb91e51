"""Attendance lists in minutes: the persons a list names, their posts and whom they represent.

A list opens with a cue line or heading ("Present:", "List of participants", "Asistentes") and
runs over the items or table rows after it, or follows the cue on the same line ("Present: A,
B and C."). Each entry names one person, with what the layout says about them:
    "DE: Ana Example (WG2 leader)"        country code or organisation before a colon, post in brackets
    "Ana Example (Example Institute)"     organisation (or country) in brackets
    "Ana Example, Example Institute"      organisation after a comma or a dash
    "Example Inc. | Ana Example | Member" a table whose header names its columns
The cues and column headings are words of the language (data/lang/<code>/participants.yaml). This
module proposes persons and organisations with the spans that state them (loaders.entities.Found);
it must not write to a batch: loaders.persons turns `represents`/`holds` into edges.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.entities import Found, _person_words, not_name_word, unaccent
from loaders.given_names import given_name
from loaders.gazetteer import Entity
from loaders.honorifics import honorifics
from loaders.participant_words import participant_words
from loaders.read import fold_same_length
from loaders.world import countries, slug

BULLET = re.compile(r"[ \t]*(?:[-*\u2022\u00b7]|\d{1,2}[.)])?[ \t]*")
NAME_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*")
HANDLE = re.compile(r"\(@[\w.-]+\)")
CELL = " | "
NEXT_LABEL = re.compile(r"[ \t]*\n[ \t*_#-]*[A-ZÁÉÍÓÚÑ][^:\n]{2,44}:")   # a line that opens with its own label
UNIT_CODE = re.compile(r"(?<![\w-])[A-Z]{1,5}\d{1,2}(?![\w-])")   # "WG5", "SC2", "TF1": a numbered unit


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    return {c.code: c.code for c in countries()}


@lru_cache(maxsize=1)
def _guest_headings() -> frozenset:
    """Labels of those who attend without being members ("Also in attendance"):
    data/lang/*/roll_calls.yaml `guest_headings`, folded."""
    from loaders.lang import lexicon
    return frozenset(" ".join(fold_same_length(str(w)).split())
                     for w in lexicon("roll_calls").get("guest_headings") or [])


def _cue(text: str) -> tuple[bool, int]:
    """(is an attendance cue, offset after the cue's colon when names follow on the line)."""
    folded = fold_same_length(text)
    head = folded.lstrip("#*_ \t").rstrip()
    head = re.sub(r"^\d{1,2}(?:\.\d{1,2}){0,3}[.)]?\s+", "", head)    # "2.1.1 Voting Members Present"
    cues = participant_words().headings | _guest_headings()
    if head.rstrip(":*_ .") in cues:
        return True, -1
    m = re.match(r"[#*_ \t]*([^:\n]{3,40}?)[*_ ]*:[*_ ]*(?=\S)", folded)
    if m and m.group(1).strip() in cues:
        return True, m.end()
    return False, -1


# the start of a label further on the same line: a capitalised word and up to three lower-case
# ones before a colon ("Chair:", "Orden del día:")
LABEL_ON_LINE = re.compile(r"[ \t]+(?=[A-ZÁÉÍÓÚÑ][^\W\d_]*(?:[ \t]+[a-záéíóúñ]+){0,3}[ \t]*:)")


@lru_cache(maxsize=1)
def _cue_on_line() -> re.Pattern:
    """An attendance cue and its colon after other text on the line, folded ("... Participants:")."""
    cues = sorted(participant_words().headings | _guest_headings(), key=len, reverse=True)
    alt = "|".join(r"[ \t]+".join(map(re.escape, c.split())) for c in cues)
    return re.compile(rf"(?<=\S)[ \t]+(?P<label>{alt})[ \t]*:[ \t]*(?=\S)")


def labels_within_line(text: str, s: int, e: int) -> list[tuple[int, int, int]]:
    """The attendance lists of a flattened heading line, where labels follow one another on one
    line ("Date: 3 May 2021 Participants: A, B, C Chair: B Agenda: ..."): (label start, names
    start, names end) for each attendance cue that follows other text on the line s:e, the names
    ending at the next label of the line or at its end; [] when there is none.

    >>> t = "Date: 3 May Participants: Ana Ruiz, Tom Lee Chair: Tom Lee"
    >>> [(t[a:b], t[b:c]) for a, b, c in labels_within_line(t, 0, len(t))]
    [('Participants: ', 'Ana Ruiz, Tom Lee')]
    """
    folded = fold_same_length(text[s:e])
    out = []
    for m in _cue_on_line().finditer(folded):
        names = s + m.end()
        nxt = LABEL_ON_LINE.search(text, names, e)
        out.append((s + m.start("label"), names, nxt.start() if nxt else e))
    return out


def _country(code: str) -> str | None:
    c = code.lower()
    c = participant_words().country_codes.get(c, c)
    return f"country:{c}" if c in _country_codes() else None


def _is_name(text: str, s: int, e: int, single: bool) -> bool:
    """A person's name in a list entry: one to five words, the first capitalised, no digits,
    none a word that is never part of a name; one word only when `single` allows it."""
    _, _, not_names, _ = _person_words()
    seg = text[s:e]
    words = NAME_TOKEN.findall(seg)
    if not words or len(words) > 5 or any(ch.isdigit() for ch in seg) or "@" in seg:
        return False
    if not words[0][:1].isupper() or words[0].isupper() and len(words[0]) > 1:
        return False
    if len(words) == 1 and not single:
        return False
    if sum(1 for w in words if w[:1].isupper()) < max(1, len(words) - 2):
        return False
    # "Fernando González-Moya Rodríguez de Mondelo": a particle between the surnames of a name
    # that opens with a given name
    particle_ok = given_name(words[0])
    return not any((not_name_word(w, not_names) and not (particle_ok and w in NAME_PARTICLES))
                   or fold_same_length(w) in participant_words().headings for w in words)


class _Reader:
    """Reads entries into Found persons (with `represents`/`holds`) and new organisations."""

    def __init__(self, text: str, mentions: list):
        self.text, self.mentions = text, mentions
        self.out: list[Found] = []
        self.orgs: dict[str, Found] = {}

    def _known(self, s: int, e: int, kinds=("Country", "Organization", "Body", "Conference")):
        """The entity a known mention names when it covers the span s:e (nearly) whole."""
        for m in self.mentions:
            if m.kind in kinds and m.start <= s + 1 and m.end >= e - 1 and m.start < e and s < m.end:
                return m.entity
        return None

    def owner(self, s: int, e: int) -> str | None:
        """The country or organisation a span names: a known mention, a country code, or a new
        organisation named by the span; None for "Individual", "invited" and the like."""
        s, e = _strip(self.text, s, e)
        name = self.text[s:e]
        if not name or fold_same_length(name) in participant_words().no_organisation or not name[:1].isupper() and not name[:1].isdigit():
            return None
        known = self._known(s, e)
        if known:
            return known
        if re.fullmatch(r"[A-Z]{2}", name):
            return _country(name)
        if len(name) > 80 or not any(ch.isalpha() for ch in name):
            return None
        eid = f"organization:{slug(name)}"
        if eid not in self.orgs:
            self.orgs[eid] = Found(Entity(eid, "Organization", name, None, None, None, (f"={name}",),
                                                 capitalised=True), s, e)
        return eid

    def person(self, s: int, e: int, phrase: tuple[int, int], post: str | None, represents=(),
               holds=()) -> None:
        name = " ".join(self.text[s:e].split())
        ent = Entity(f"person:{slug(name)}", "Person", name, None, None, None, (name,), post)
        self.out.append(Found(ent, s, e, phrase, tuple(r for r in represents if r),
                              tuple(h for h in holds if h)))

    def entry(self, s: int, e: int, single: bool) -> bool:
        """One list entry (s:e, bullet removed): True when it named a person."""
        text = self.text
        s, e = _strip(text, s, e)
        if s >= e:
            return False
        represents: list = []
        holds: list = []
        post = None
        pre = re.compile(r"([^:\n()]{1,60}):[ \t]+").match(text, s, e)
        if pre:
            label = text[pre.start(1):pre.end(1)].strip()
            if label[:1].isupper():
                represents.append(self.owner(pre.start(1), pre.end(1)))
            s = pre.end()
        ns = past_honorific(text, s, e)     # "Mtra. Ana Pérez": the title is no part of the name
        cut = re.compile(r"[ \t]*(?:\(|,|;|[ \t][-–—][ \t])").search(text, ns, e)
        ne = cut.start() if cut else e
        hand = HANDLE.search(text, ne, e)
        if not _is_name(text, ns, ne, single or bool(hand)):
            return False
        if self._known(ns, ne):
            return False
        rest = cut.end() if cut else e
        if cut and text[cut.start():cut.end()].strip() == "(":
            close = text.find(")", rest, e)
            if close < 0:
                return False
            inner_s, inner_e = _strip(text, rest, close)
            inner = text[inner_s:inner_e]
            if not inner.startswith("@"):
                post = self._post_and_owner(inner_s, inner_e, represents, holds)
        elif cut:
            tail_s, tail_e = _strip(text, rest, e)
            post = self._post_and_owner(tail_s, tail_e, represents, holds)
        self.person(ns, ne, (s if not pre else pre.start(), e), post, represents, holds)
        return True

    def _post_and_owner(self, s: int, e: int, represents: list, holds: list) -> str | None:
        """What follows a name: a post ("vice chair"), an organisation or country ("Example
        Institute"), or both ("Directora, Fundación Ejemplo"); returns the post, adds the owner."""
        text = self.text
        part = text[s:e]
        if not part:
            return None
        comma = part.find(",")
        if comma > 0 and _looks_like_post(part[:comma]):
            os_, oe = _strip(text, s + comma + 1, e)
            if os_ < oe and not _looks_like_post(text[os_:oe]):
                owner = self.owner(os_, oe)
                represents.append(owner)
                if owner and not owner.startswith("country:"):
                    holds.append(owner)
                return part[:comma].strip()
        if _looks_like_post(part):
            unit = self._unit_in_post(s, e)
            if unit:
                holds.append(unit)          # "WG5 leader": the post is held in the unit it names
            elif represents and represents[0] and not represents[0].startswith("country:"):
                holds.append(represents[0])
            return part
        represents.append(self.owner(s, e))
        return None

    def _unit_in_post(self, s: int, e: int) -> str | None:
        """The body or organisation a post names ("WG5 leader", "chair of the Legal Committee"):
        a known mention inside the post, else one code word of capitals and digits ("WG5",
        "SC2") read as a body of its own; None when the post names none or several."""
        known = [m.entity for m in self.mentions if m.kind in ("Organization", "Body", "Conference")
                 and s <= m.start and m.end <= e]
        if known:
            return known[0] if len(set(known)) == 1 else None
        codes = [c for c in UNIT_CODE.finditer(self.text, s, e)]
        if len(codes) != 1:
            return None
        c = codes[0]
        name = c.group(0)
        eid = f"body:{slug(name)}"
        if eid not in self.orgs:
            self.orgs[eid] = Found(Entity(eid, "Body", name, "unit", None, None, (f"={name}",),
                                          capitalised=True), c.start(), c.end())
        return eid

    def inline(self, s: int, e: int) -> None:
        """"Present: A (X), B and C." — entries cut at commas outside brackets, ";" and "and"/"y"."""
        text = self.text
        label = NEXT_LABEL.search(text, s, e)
        if label:       # "Present: A, B\nApologies: C": the next labelled line ends the list
            e = label.start()
        depth, start = 0, s
        parts = []
        for i in range(s, e):
            ch = text[i]
            depth += ch == "("
            depth -= ch == ")" and depth > 0
            if depth == 0 and ch in ",;":
                parts.append((start, i))
                start = i + 1
        parts.append((start, e))
        for a, b in parts:
            m = re.compile(r"[ \t]+(?:and|y|e)[ \t]+").search(text, a, b)
            pieces = [(a, m.start()), (m.end(), b)] if m else [(a, b)]
            for x, y in pieces:
                self.entry(x, y, single=False)

    def table(self, rows: list, roles: tuple) -> None:
        """Rows of an attendance table: (row start, [(cell start, cell end), ...])."""
        for row_s, cells in rows:
            if len(cells) != len(roles):
                continue
            by_role = {r: c for r, c in zip(roles, cells)}
            if "name" not in by_role:
                continue
            ns, ne = _strip(self.text, *by_role["name"])
            if not _is_name(self.text, ns, ne, single=False) or self._known(ns, ne):
                continue
            represents, post = [], None
            for role in ("organisation", "country"):
                if role in by_role:
                    represents.append(self.owner(*by_role[role]))
            if "post" in by_role:
                ps, pe = _strip(self.text, *by_role["post"])
                post = self.text[ps:pe] or None
            self.person(ns, ne, (row_s, cells[-1][1]), post, represents)


def past_honorific(text: str, s: int, e: int) -> int:
    """Where a name starts in text[s:e] once a leading honorific is passed ("Dr. Tom Example",
    "Mtra. Ana Pérez": the offset of "Tom", "Ana"); `s` when none opens it. Honorifics are the
    language packs' (loaders.honorifics)."""
    return honorifics().past(unaccent(text), s, e)


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t*_.,;:-–—":
        s += 1
    while e > s and text[e - 1] in " \t*_,;:":
        e -= 1
    if e > s and text[e - 1] == "." and not re.search(r"\b[A-Z][a-z]{0,3}\.$|\b[A-Z]\.$", text[s:e]):
        e -= 1
    return s, e


def looks_like_post(phrase: str) -> bool:
    """True when `phrase` (a bracket or a part of an entry between commas) gives a post ("vice
    chair", "Director-General", "DS") rather than an organisation (see _looks_like_post)."""
    return _looks_like_post(phrase)


def _looks_like_post(phrase: str) -> bool:
    """A bracket or tail that gives a post ("WG5 leader", "vice chair", "Directora General")
    rather than an organisation: a post word of the language, or lower-case words."""
    post_re, _, _, _ = _person_words()
    u = fold_same_length(unaccent(phrase))
    if re.search(rf"(?:^|\s)(?:{post_re})(?:\s|$)", u):
        return True
    words = NAME_TOKEN.findall(phrase)
    lower = [w for w in words if w[:1].islower() and len(w) > 3]
    return bool(words) and len(lower) * 2 >= len(words)


def _table_roles(text: str, cells) -> tuple | None:
    cols = {c: participant_words().columns[c] for c in ("name", "organisation", "country", "post")}
    roles = []
    for a, b in cells:
        cell = fold_same_length(text[a:b]).strip(" *_#")
        roles.append(next((r for r, words in cols.items() if cell in words), "other"))
    return tuple(roles) if "name" in roles and len(set(roles) - {"other"}) >= 2 else None


def roll_table(text: str, blocks: list, i: int) -> tuple[list, int]:
    """The rows of a table whose header, block `i`, names a name column and at least two more of
    a roll's columns (post, country, organisation: participants.yaml `*_columns`), as
    [(row start, [(cell start, cell end), ...])], and the index of the block after them; ([], i)
    when block `i` is no such header. Such a table lists who attended even with no cue above it."""
    b = blocks[i]
    cells = _cells(text, b.start, b.end)
    roles = _table_roles(text, cells) if cells else None
    if not roles or len(set(roles) - {"other", "name"}) < 2:
        return [], i
    rows, j = [], i + 1
    while j < len(blocks):
        row = _cells(text, blocks[j].start, blocks[j].end)
        if len(row) != len(cells):
            break
        rows.append((blocks[j].start, row))
        j += 1
    return rows, j


def _cells(text: str, s: int, e: int) -> list[tuple[int, int]]:
    body = text[s:e]
    if CELL not in body or "\n" in body.strip():
        return []
    out, pos = [], 0
    for part in body.split(CELL):
        out.append((s + pos, s + pos + len(part)))
        pos += len(part) + len(CELL)
    return out


def _lines(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The non-blank lines of s:e, bullets off, as spans."""
    out, pos = [], s
    for line in text[s:e].split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        m = BULLET.match(text, a, b)
        if text[m.end():b].strip():
            out.append((m.end(), b))
    return out


def _entry_like(text: str, s: int, e: int) -> bool:
    """A line short enough to be one entry and not a sentence."""
    line = text[s:e].strip()
    return 3 <= len(line) <= 90 and not line.endswith((".", ":")) and line[:1].isupper()


def attendance(structure, mentions) -> list[Found]:
    """Persons (with `phrase`, `represents`, `holds`) and the organisations that attendance
    lists name, in document order; [] when the document has no attendance list."""
    text = structure.text
    reader = _Reader(text, mentions)
    blocks = structure.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        is_cue, after = _cue(b.text)
        if not is_cue:
            for a, z in _lines(text, b.start, b.end):
                # "Date: D\nParticipants: A, B\nChair: B": a labelled line inside the block
                line_cue, line_after = _cue(text[a:z]) if a > b.start else (False, -1)
                if line_cue and line_after >= 0:
                    reader.inline(a + line_after, z)
                    continue
                for _, names, end in labels_within_line(text, a, z):
                    reader.inline(names, end)
            rows, j = roll_table(text, blocks, i)
            if rows:            # "Nombre | Cargo | País | Institución": a roll with no cue above it
                reader.table(rows, _table_roles(text, _cells(text, b.start, b.end)))
            i = max(i + 1, j)
            continue
        if after >= 0:
            reader.inline(b.start + after, b.end)     # fold_same_length() keeps offsets
            i += 1
            continue
        # the entries after the cue: items or table rows, up to a heading or prose
        j = i + 1
        roles = None
        rows = []
        while j < len(blocks):
            nb = blocks[j]
            cells = _cells(text, nb.start, nb.end)
            if cells and roles is None and _table_roles(text, cells):
                roles = _table_roles(text, cells)
            elif cells and roles:
                rows.append((nb.start, cells))
            elif "\n" in nb.text.strip() and nb.kind in ("paragraph", "item"):
                # one entry a line ("Ana Example (X)\nTom Example, Y"): all or nothing
                lines = _lines(text, nb.start, nb.end)
                if not lines or not all(_entry_like(text, a, b) for a, b in lines):
                    break
                for a, b in lines:
                    reader.entry(a, b, single=False)
            elif nb.kind == "item" or nb.kind == "paragraph" and len(nb.text) <= 90 \
                    and not nb.text.rstrip().endswith((".", ":")):
                m = BULLET.match(text, nb.start, nb.end)
                if not reader.entry(m.end(), nb.end, single=True) and nb.kind != "item":
                    break
            else:
                break
            j += 1
        if roles:
            reader.table(rows, roles)
        i = j
    people = reader.out + names_above(structure, mentions)
    return people + list(reader.orgs.values())


HEAD_BLOCKS = 8         # the names an acta's prose points back to stand in its first passages
HEAD_LINE = 160
NAME_PARTICLES = ("de", "del", "de la", "de los", "y")


@lru_cache(maxsize=1)
def _listed_above() -> re.Pattern:
    """What points back to names written before ("los miembros ... arriba indicados", "los
    señores del margen"): data/lang/*/roll_calls.yaml `listed_above_cues`, folded."""
    from loaders.lang import lexicon
    words = sorted({fold_same_length(str(w)) for w in lexicon("roll_calls").get("listed_above_cues") or []},
                   key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:%s)(?![\w])" % "|".join(words)) if words else re.compile(r"(?!)")


def names_above(structure, mentions) -> list[Found]:
    """The persons named, one after another without cue, in the short heading lines of an acta
    whose prose then points back to them ("Ana María Pérez Soto Luis Gómez Ruiz 24 de octubre
    de 2019" ... "se reúnen los miembros arriba indicados"): each name opens with a given name
    (loaders.affiliations.given_name) and runs over capitalised words and particles; a given name
    after a surname opens the next name. [] when no such back-reference follows the lines."""
    from loaders.affiliations import given_name
    text = structure.text
    blocks = structure.blocks[:HEAD_BLOCKS]
    cue_at = next((k for k, b in enumerate(blocks) if _listed_above().search(fold_same_length(b.text))), None)
    if cue_at is None:
        return []
    known = [(m.start, m.end) for m in mentions]
    out: list[Found] = []
    for b in blocks[:cue_at]:
        if len(b.text.strip()) > HEAD_LINE or b.kind == "title":
            continue
        words = [(m.group(0), b.start + m.start(), b.start + m.end()) for m in re.finditer(r"[^\W\d_][\w'’-]*|\S", b.text)]
        name: list = []
        surname = False

        def close():
            caps = [w for w in name if w[0][:1].isupper()]
            while name and not name[-1][0][:1].isupper():
                name.pop()
            if len(caps) >= 2 and name:
                s, e = name[0][1], name[-1][2]
                _, _, not_names, _ = _person_words()
                if not any(a < e and s < z for a, z in known) and len(caps) <= 5 and \
                        not any(not_name_word(w, not_names) for w, _, _ in caps):
                    full = " ".join(text[s:e].split())
                    out.append(Found(Entity(f"person:{slug(full)}", "Person", full, None, None, None, (full,)),
                                     s, e, (s, e)))
        for w, s, e in words:
            if name and "\n" in text[name[-1][2]:s]:
                close()     # a name never runs over a line break ("Luis Gómez Ruiz\nMorelia, ...")
                name, surname = [], False
            cap = w[:1].isupper() and w[1:2].islower()
            if cap and given_name(w) and (not name or surname) and \
                    not (name and fold_same_length(name[-1][0]) in NAME_PARTICLES):
                close()
                name, surname = [(w, s, e)], False
            elif cap and name:
                name.append((w, s, e))
                surname = True
            elif name and fold_same_length(w) in NAME_PARTICLES and surname:
                name.append((w, s, e))
            else:
                close()
                name, surname = [], False
        close()
    return out


def first_name_aliases(found: list[Found], others=()) -> dict[str, str]:
    """{person id: first name} for listed persons whose first name no other person shares, on
    the list or among `others` (Entity) ("Frédéric said ..." is Frédéric Blanqui when he is the
    only Frédéric the document names)."""
    firsts: dict[str, set] = {}
    for ent in [f.entity for f in found] + list(others):
        if ent.kind != "Person":
            continue
        words = ent.name.split()
        firsts.setdefault(words[0], set()).add(ent.id)
        if len(words) < 2:
            firsts[words[0]].add("")        # a one-word name: the word is no alias of anyone
    return {next(iter(ids)): first for first, ids in firsts.items() if len(ids) == 1 and len(first) > 2}
