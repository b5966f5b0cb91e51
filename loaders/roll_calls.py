"""Roll calls: who was present at the meeting an acta or minutes record, as the text says it.

Two layouts of the field, Spanish and English (words in data/lang/<code>/roll_calls.yaml and the
attendance headings of data/lang/<code>/participants.yaml):
  - prose near the top of an acta: "se reunieron en la sala capitular los señores Alcaldes ... y
    Regidores Don A, Don B ...", "Estuvieron presentes los consejeros A, B y C, así como la
    Secretaria Técnica, Mtra. D", "There were present Councillors A and B";
  - labelled lines of minutes: "Present: A (Chair), B, C", "Members present:", "Also in
    attendance: D (Clerk)", "Apologies: E", with the names on the line or on short lines after it.
Every person the text names there (a person loaders.entities found, with a post or a title)
takes part in the meeting; a member noun before the name ("los consejeros", "Regidores",
"Members present") makes the person a member of the body whose meeting it is, unless a guest
separator ("así como", "as well as") or a guests' label stands between. Those named after an
absence cue or label ("Apologies:", "justificaron su inasistencia") take no part. Each fact
cites the text from the cue to the person's name. This module must not find persons nor read
anything outside such a roll.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from loaders.attendance import _listed_above, labels_within_line, roll_table
from loaders.capacity_posts import SENTENCE_END, capacity_scopes
from loaders.capital_surnames import holds_seat
from loaders.context import Context
from loaders.lang import lexicon
from loaders.participant_words import participant_words
from loaders.participants import _body_of_meeting, meeting_body
from loaders.read import fold_same_length
from loaders.spans import sentences

PROSE_BLOCKS = 10    # the roll of an acta stands in its first passages
LIST_LINE = 90       # a line longer than this after a label is prose: the list has ended
LABEL = re.compile(r"[#*_ \t]*(?:\d{1,2}(?:\.\d{1,2}){0,3}[.)]?[ \t]+)?(?P<label>[^:\n]{3,45}?)[*_ \t]*:[*_ \t]*")


def _alternation(key: str) -> re.Pattern:
    words = sorted({fold_same_length(str(w)) for w in lexicon("roll_calls").get(key) or []},
                   key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"(?<![\w])(?:%s)(?![\w])" % "|".join(words))


@lru_cache(maxsize=1)
def _words() -> dict:
    """The compiled cues of data/lang/*/roll_calls.yaml, and the folded label sets."""
    lex = lexicon("roll_calls")
    folded = lambda key: frozenset(" ".join(fold_same_length(str(w)).split()) for w in lex.get(key) or [])  # noqa: E731
    return {key: _alternation(key) for key in ("present_cues", "purpose_stops", "absent_cues",
                                               "member_nouns", "guest_separators", "body_meets")} | {
        "absent_headings": folded("absent_headings"), "guest_headings": folded("guest_headings")}


def label_kind(label: str) -> str | None:
    """What a list's label says of those it names: "member", "present", "guest", "absent" or None.

    >>> label_kind("Members present"), label_kind("Present"), label_kind("Apologies")
    ('member', 'present', 'absent')
    >>> label_kind("Also in attendance"), label_kind("Consejeros presentes"), label_kind("Agenda")
    ('guest', 'member', None)
    """
    w = _words()
    folded = " ".join(fold_same_length(label).strip(" *_#.").split())
    if folded in w["absent_headings"]:
        return "absent"
    if folded in w["guest_headings"]:
        return "guest"
    if folded in participant_words().headings or folded in w["guest_headings"]:
        members = w["member_nouns"].search(folded) or \
            any(folded.startswith(r) for r in participant_words().member_roles)
        return "member" if members else "present"
    return None


def _line_label(text: str, s: int, e: int) -> tuple[str | None, int]:
    """(kind of the label opening the line s:e, where the names start), or (None, s)."""
    m = LABEL.match(text, s, e)
    if m:
        kind = label_kind(m.group("label"))
        if kind:
            return kind, m.end()
    whole = text[s:e].strip(" \t*_#:")
    if len(whole) <= 45:
        kind = label_kind(re.sub(r"^\d{1,2}(?:\.\d{1,2}){0,3}[.)]?\s+", "", whole))
        if kind:
            return kind, e
    return None, s


def _role_named(line: str) -> bool:
    """The line names an observer's or a guest's role ("Ana Example (observer)")."""
    words = participant_words()
    folded = set(re.findall(r"[\w-]+", fold_same_length(line)))
    return bool(folded & (words.observer_roles | words.guest_roles))


class _Roll:
    """Writes what a roll says of the persons it names."""

    def __init__(self, ctx: Context, meeting: str):
        self.ctx, self.meeting = ctx, meeting
        self.people = sorted((f for f in ctx.found if f.entity.kind == "Person"
                              and f.entity.id in ctx.gazetteer.entities), key=lambda f: f.start)
        self.starts = [f.start for f in self.people]
        self._body: str | None | bool = False
        self._scopes: list | None = None
        self.meets: str | None = None       # the body the roll's sentence says meets
        # what another reader of the text already stated keeps its own source (one fact, one quote)
        self.stated = {(e.type, e.source, e.target) for e in ctx.batch.edges.values()
                       if e.type in ("PARTICIPATES_IN", "MEMBER_OF")}

    def body(self) -> str | None:
        """The body whose meeting it is: as the title or the meeting frame name it, else the one
        the roll's sentence says meets; the sentence's when the title names it shorter ("REUNIÓN
        DEL CONSEJO" above "se reúne el Consejo de Directores de X")."""
        if self._body is False:
            self._body = meeting_body(self.ctx) or _body_of_meeting(self.ctx, self.meeting)
        nodes = self.ctx.batch.nodes
        if self.meets and (self._body is None or (
                self._body in nodes and self.meets in nodes and self._body != self.meets and
                fold_same_length(nodes[self.meets].name.lower()).startswith(
                    fold_same_length(nodes[self._body].name.lower()) + " "))):
            return self.meets
        return self._body

    def note_meeting_body(self, s: int, cue_at: int) -> None:
        """Keep the body the roll's sentence says meets, before its cue ("se reúne la Junta de
        Directores de X con la asistencia de", "the Board met ... Present:"): a Body mention that
        starts within a few words after a meeting verb (roll_calls.yaml `body_meets`)."""
        if self.meets is not None:
            return
        folded = fold_same_length(self.ctx.text[s:cue_at])
        for verb in _words()["body_meets"].finditer(folded):
            at = s + verb.end()
            for m in self.ctx.mentions_starting(at, min(cue_at, at + 12)):
                if m.kind == "Body" and m.via is None and m.entity in self.ctx.batch.nodes and \
                        re.fullmatch(r"[^\S\n]+(?:(?:el|la|los|las|the|its|su)[^\S\n]+)?",
                                     fold_same_length(self.ctx.text[at:m.start])):
                    self.meets = m.entity
                    return

    def within(self, s: int, e: int) -> list:
        """The persons named inside s:e (by their names' start, then their end)."""
        out = []
        for f in self.people[bisect_left(self.starts, s):]:
            if f.start >= e:
                break
            if f.end <= e:
                out.append(f)
        return out

    def take_part(self, f, cue_start: int, member: bool, said=None) -> None:
        """The person of `f` takes part (and is a member when `member`), citing the text from
        `cue_start` to the name; `said`: the sentence that points back to a name written before
        it, cited too.

        A roll entry that writes the surname in capitals and gives a seat ("Ana EJEMPLO,
        Presidenta ABC y Directora por Uruguay (XYZ)", loaders.capital_surnames.holds_seat) makes
        the person a member of the body whose meeting it is; the country and member bodies of the
        seat are whom the person represents, not participants themselves (the persons sit at the
        table; an absent director's country or member body would otherwise take part too).
        A person listed after a capacity cue ("en calidad de asesores, A y B") takes part in
        that capacity (role: the cue's post in the singular, loaders.capacity_posts)."""
        ctx = self.ctx
        src = [ctx.source(cue_start, max(f.end, f.phrase[1] if f.phrase[0] >= cue_start else f.end))]
        if said is not None:
            src = [ctx.source(f.start, f.end), said]
        role = self.capacity(f.start)
        if ("PARTICIPATES_IN", f.entity.id, self.meeting) not in self.stated:
            ctx.edge("PARTICIPATES_IN", f.entity.id, self.meeting, src, role=role)
        capital = any(len(w) >= 3 and w.isupper() for w in f.entity.name.split()[1:])
        member = member or (capital and holds_seat(ctx.text, *f.phrase))
        body = self.body() if member else None
        if body and ("MEMBER_OF", f.entity.id, body) not in self.stated:
            ctx.edge("MEMBER_OF", f.entity.id, body, src, role="member")

    def capacity(self, at: int) -> str | None:
        """The post of the capacity cue whose scope holds `at` ("en calidad de asesores"), if any."""
        if self._scopes is None:
            self._scopes = [sc for b in self.ctx.structure.blocks[:PROSE_BLOCKS]
                            for sc in capacity_scopes(self.ctx.text, b.start, b.end)]
        return next((p for s, e, p in self._scopes if s <= at < e), None)


def _labelled(roll: _Roll) -> None:
    """"Present: A, B", "Members present:" over short lines, "Apologies: C"."""
    ctx, text = roll.ctx, roll.ctx.text
    kind, cue = None, 0
    for b in ctx.structure.blocks:
        if b.kind == "signature":
            kind = None
            continue
        pos = b.start
        for line in text[b.start:b.end].split("\n"):
            s, e = pos, pos + len(line)
            pos = e + 1
            if not line.strip():
                continue
            label, names_at = _line_label(text, s, e)
            if not label:
                # "Date: D Participants: A, B Chair: B": a flattened heading's list, on its own
                for cue_at, names, end in labels_within_line(text, s, e):
                    run = label_kind(text[cue_at:names].strip(" \t:"))
                    for f in _present_within(roll, names, end) if run not in (None, "absent") else ():
                        roll.take_part(f, cue_at, run == "member")
            if label:
                kind, cue = label, s
            elif kind and (len(line.strip()) > LIST_LINE or re.match(r"\s*\d{1,2}[.)]\s", line)):
                kind = None
            if kind in (None, "absent"):
                continue
            # a table row or an entry naming a role is read by loaders.participants, with its role
            member = kind == "member" and "|" not in line and not _role_named(line)
            for f in _present_within(roll, names_at if label else s, e):
                roll.take_part(f, cue, member)
        if kind and len(b.text.strip()) > 2 * LIST_LINE:
            kind = None


def _absent_sentences(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The sentences inside a labelled list's line that open with an absence cue ("Present: A,
    B. Apologies were received from C and D. In attendance, E"): from the cue to the sentence's
    end; those named there take no part, those after it still do."""
    folded = fold_same_length(text[s:e]).lower()
    out = []
    for m in _words()["absent_cues"].finditer(folded):
        if re.search(r"[.;][^\S\n]+(?:\S+[^\S\n]+){0,3}$", folded[:m.start()]):
            stop = SENTENCE_END.search(text, s + m.end(), e)
            out.append((s + m.start(), stop.end() if stop else e))
    return out


def _present_within(roll: "_Roll", s: int, e: int) -> list:
    """The persons of text[s:e] outside its sentences of absence (`_absent_sentences`)."""
    away = _absent_sentences(roll.ctx.text, s, e)
    return [f for f in roll.within(s, e) if not any(a <= f.start < b for a, b in away)]


def _prose(roll: _Roll) -> None:
    """"se reunieron ... los señores Regidores Don A, Don B", "Estuvieron presentes los
    consejeros A y B, así como ...": the persons after the cue, up to its purpose or an absence."""
    ctx, text, w = roll.ctx, roll.ctx.text, _words()
    for b in ctx.structure.blocks[:PROSE_BLOCKS]:
        if b.kind in ("signature", "title", "heading"):
            continue
        for s, e in _joined(text, sentences(text, b.start, b.end, ctx.patterns.abbreviations)):
            folded = fold_same_length(text[s:e])
            above = _listed_above().search(folded)
            if above:       # "se reúnen los miembros de la junta directiva arriba indicados"
                around = folded[max(0, above.start() - 60):above.end() + 30]
                member = bool(w["member_nouns"].search(around))
                said = ctx.source(s, e)        # the sentence that points back to the names
                lead = w["present_cues"].search(folded, 0, above.start())
                if lead:
                    said = ctx.source(s + lead.start(), s + above.end())
                for f in roll.within(ctx.structure.blocks[0].start, b.start):
                    roll.take_part(f, f.start, member, said)
            cue = w["present_cues"].search(folded)
            if not cue:
                continue
            end = len(folded)
            for key in ("purpose_stops", "absent_cues"):
                stop = w[key].search(folded, cue.end())
                if stop:
                    end = min(end, stop.start())
            at = s + cue.end()
            roll.note_meeting_body(s, s + cue.start())
            for f in roll.within(at, s + end):
                before = folded[cue.end():f.start - s]
                noun = None
                for noun in w["member_nouns"].finditer(before):
                    pass
                member = noun is not None and not w["guest_separators"].search(before, noun.end())
                roll.take_part(f, s + cue.start(), member)


def _joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences joined again where one ends with a lone capital and its point ("los Sres. del
    M. I. Ayuntamiento", "S. M."): an abbreviation of a title, not a sentence's end."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and re.search(r"(?<![\w])[A-Z]\.$", text[out[-1][0]:out[-1][1]]):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def read_roll_calls(ctx: Context) -> None:
    """PARTICIPATES_IN (and MEMBER_OF of the meeting's body) from the roll of those present."""
    meeting = ctx.meeting_id
    if meeting not in ctx.batch.nodes:
        return
    roll = _Roll(ctx, meeting)
    if not roll.people:
        return
    _labelled(roll)
    _prose(roll)
    _tables(roll)


def _tables(roll: _Roll) -> None:
    """"Nombre | Cargo | País | Institución" and its rows: each person a row names takes part,
    citing the row (loaders.attendance.roll_table)."""
    ctx = roll.ctx
    blocks = ctx.structure.blocks
    i = 0
    while i < len(blocks):
        rows, j = roll_table(ctx.text, blocks, i)
        for row_s, cells in rows:
            for f in roll.within(row_s, cells[-1][1]):
                roll.take_part(f, row_s, False)
        i = max(i + 1, j)
