"""Attendance lists: who was present at the meeting a document records, for whom, and as what.

A list opens with a heading of the language packs (data/lang/<code>/participants.yaml: "List of
participants", "## Attendees", "Asistentes") and runs over the items or the table right after it:
  - items "DE: Chuangjie Xu", "COST: Ralph Stübner (science officer)", "Juan Ignacio (`@handle`)",
    "invited: Madalina Erascu": an optional prefix (a country code, a known country or
    organisation, an organisation's name, or a role word), a name, an optional note in brackets;
  - a table whose header names a name column and, optionally, organisation, country and role
    columns ("| Company | Name | Role |").
Each person present becomes a Person PARTICIPATES_IN the meeting (role observer under an
observers' heading or with an observer's role), REPRESENTS the country or organisation of the
prefix or column, and MEMBER_OF the body whose meeting the title names ("Management Committee
meeting", "Reunión del Comité ...", "Reunión CORE ...") when the entry says so: a country prefix
(a national delegate), a member's role, or, in a list that gives neither prefixes nor roles, every
person of it. A known country or organisation standing alone in the list takes part itself.
Every fact carries the span of its entry. This module must not read persons outside such a list
nor decide anything about a meeting other than the document's own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.attendance import looks_like_post, past_honorific
from loaders.context import Context
from loaders.lang import lexicon
from loaders.participant_words import participant_words
from loaders.read import fold_same_length
from loaders.world import countries, slug

ITEM = re.compile(r"[^\S\n]*(?:[-*•+]|\d{1,3}[.)])[^\S\n]+(?:(?P<prefix>[^:\n()|]{1,40}?)[^\S\n]*:[^\S\n]+)?"
                  r"(?P<name>[^\W\d_][^\n(|:;]*?)[^\S\n]*(?:\((?P<note>[^()\n]{1,80})\))?[^\S\n]*$",
                  re.M)
NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
ACRONYM = re.compile(r"[A-Z][A-Z0-9&/.-]{1,11}")


@dataclass(frozen=True)
class Entry:
    """One person (or actor) of an attendance list and what the list says of them."""

    start: int                      # the entry's span in the document (the row or item)
    end: int
    name: tuple[int, int] | None    # the person's name, when the entry names a person
    actor: str | None = None        # a country or organisation the entry names alone
    represents: str | None = None   # the entity id of the prefix or column
    role: str | None = None         # "member", "observer", "guest" or None
    note: str | None = None         # a post written in brackets ("vice chair")
    code: tuple[int, int] | None = None     # the span of a country code prefix ("DE")


def _label(text: str) -> str:
    """A heading line as a folded label: markup, numbering and a trailing colon off."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    line = re.sub(r"^[#*_\s\d.)-]+|[*_:\s]+$", "", line)
    return " ".join(fold_same_length(line).split())


def _codes() -> dict[str, str]:
    return {c.code: f"country:{c.code}" for c in countries()}


def _role(words: dict, text: str | None) -> str | None:
    t = " ".join(fold_same_length(text or "").split())
    if not t:
        return None
    if t in words.observer_roles or any(t.startswith(w) for w in words.observer_roles):
        return "observer"
    if t in words.guest_roles:
        return "guest"
    if t in words.member_roles:
        return "member"
    return None


def _mention_at(ctx: Context, s: int, e: int, kinds=("Country", "Organization", "Body")) -> str | None:
    """The known country or organisation whose mention covers exactly the span (spaces aside)."""
    while s < e and ctx.text[s].isspace():
        s += 1
    while e > s and ctx.text[e - 1].isspace():
        e -= 1
    for m in ctx.mentions:
        if m.kind in kinds and m.start == s and m.end == e and not m.via:
            return m.entity
    return None


def _organization(ctx: Context, s: int, e: int) -> str | None:
    """The organisation a prefix or cell names: a known one, else one of this list, named as
    written ("Cisco Systems", "COST"); None for a word that names none ("Individual")."""
    words = participant_words()
    name = " ".join(ctx.text[s:e].split())
    if not name or fold_same_length(name) in words.no_organisation or not name[:1].isupper():
        return None
    known = _mention_at(ctx, s, e)
    if known:
        return known
    while ctx.text[s].isspace():
        s += 1
    oid = f"organization:{slug(name)}"
    if not slug(name):
        return None
    node = ctx.batch.nodes.get(oid)
    if node is not None and node.kind != "Organization":
        return None
    ctx.batch.add_node(oid, "Organization", name, [ctx.source(s, s + len(ctx.text[s:e].rstrip()))])
    return oid


def _country_code(ctx: Context, s: int, e: int) -> str | None:
    code = ctx.text[s:e].strip()
    if not re.fullmatch(r"[A-Z]{2}", code):
        return None
    code = participant_words().country_codes.get(code.lower(), code.lower())
    return _codes().get(code)


def _is_name(text: str) -> bool:
    """One to five words, the first capitalised, letters only: what a list writes for a person."""
    words = text.split()
    return 1 <= len(words) <= 5 and words[0][:1].isupper() and \
        all(NAME_WORD.fullmatch(w) for w in words)


def _items(ctx: Context, start: int, end: int) -> list[Entry]:
    words = participant_words()
    out = []
    for m in ITEM.finditer(ctx.text, start, end):
        ns, ne = m.span("name")
        ns = past_honorific(ctx.text, ns, ne)        # "Dr. Amal Haddad, Treasury"
        name = ctx.text[ns:ne].rstrip(" .")
        ne = ns + len(name)
        if not name:
            continue
        role, represents, note, code = None, None, m.group("note"), None
        if m.group("prefix"):
            ps, pe = m.span("prefix")
            prefix_role = _role(words, m.group("prefix"))
            country = _country_code(ctx, ps, pe)
            if prefix_role:
                role = prefix_role
            elif country:
                represents = country
                code = (ps + len(m.group("prefix")) - len(m.group("prefix").lstrip()),
                        ps + len(m.group("prefix").rstrip()))
            else:
                represents = _organization(ctx, ps, pe)
        actor = _mention_at(ctx, ns, ne, ("Country", "Organization"))
        if actor and not m.group("prefix"):
            out.append(Entry(m.start(), m.end(), None, actor=actor))
            continue
        comma = name.find(",")
        if not _is_name(name) and comma > 0 and _is_name(name[:comma].rstrip()):
            # "Ana Example, Example Institute", "Tom Example, Observer": the name, then whom
            # the person is there for, or as what
            ts = ns + comma + 1
            tail = ctx.text[ts:ne].strip()
            post_end = tail.find(",")
            if post_end > 0 and looks_like_post(tail[:post_end]):
                # "Ana Example, Director-General, Water Department": the post between commas is
                # hers, what follows it whom she is there for
                note = note or tail[:post_end].strip()
                ts = ctx.text.index(tail, ts) + post_end + 1
                while ts < ne and ctx.text[ts] in " \t":
                    ts += 1
                tail = ctx.text[ts:ne].strip()
            tail_role = _role(words, tail)
            if tail_role:
                role = role or tail_role
            elif not represents and tail:
                represents = _mention_at(ctx, ts, ne, ("Country", "Organization")) or \
                    _organization(ctx, ts, ne)
            name = name[:comma].rstrip()
            ne = ns + len(name)
        if not _is_name(name):
            continue
        if note:
            note_role = _role(words, note)
            role = role or note_role
            ns_, ne_ = m.span("note")
            if note_role or note.strip().startswith(("`", "@")):
                note = None         # a role word, a handle: not a post
            elif not represents and ACRONYM.fullmatch(note.strip()):
                represents = _organization(ctx, ns_, ne_)
                note = None
        if code and role is None:
            role = "member"
        out.append(Entry(m.start(), m.end(), (ns, ne), None, represents, role, note, code))
    return out


def _cells(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a table row ("a | b | c" or "| a | b | c |")."""
    line = ctx.text[start:end]
    bars = [i for i, ch in enumerate(line) if ch == "|"]
    edges = [-1] + bars + [len(line)]
    cells = [(start + a + 1, start + b) for a, b in zip(edges, edges[1:])]
    if line.lstrip().startswith("|"):
        cells = cells[1:]
    if line.rstrip().endswith("|"):
        cells = cells[:-1]
    return cells


def _table_rows(ctx: Context, start: int, end: int) -> list[tuple[int, int]] | None:
    """The rows of a passage that is (part of) a table, separator rows left out; None when a
    line of it is not a row."""
    rows, at = [], start
    for line in ctx.text[start:end].split("\n"):
        if line.strip():
            if "|" not in line:
                return None
            if not re.fullmatch(r"[\s|:-]+", line):
                rows.append((at, at + len(line)))
        at += len(line) + 1
    return rows


def _table(ctx: Context, rows: list[tuple[int, int]]) -> list[Entry]:
    """The entries of a table whose first row names its columns."""
    words = participant_words()
    cols = words.columns
    if len(rows) < 2:
        return []
    head = _cells(ctx, *rows[0])
    header = [" ".join(fold_same_length(ctx.text[a:b]).split()) for a, b in head]
    which = {k: next((i for i, h in enumerate(header) if h in v), None) for k, v in cols.items()}
    if which.get("name") is None:
        return []
    out = []
    for rs, re_ in rows[1:]:
        cells = _cells(ctx, rs, re_)
        if len(cells) != len(header):
            continue
        a, b = cells[which["name"]]
        raw = ctx.text[a:b]
        ns = a + len(raw) - len(raw.lstrip())
        name = raw.strip()
        if not _is_name(name):
            continue
        represents = None
        if which.get("country") is not None:
            represents = _mention_at(ctx, *cells[which["country"]], ("Country",))
        if represents is None and which.get("organisation") is not None:
            represents = _organization(ctx, *cells[which["organisation"]])
        role = None
        if which.get("status") is not None:
            role = _role(words, ctx.text[slice(*cells[which["status"]])])
        out.append(Entry(rs, re_, (ns, ns + len(name)), None, represents, role))
    return out


def attendance_lists(ctx: Context) -> list[tuple[bool, list[Entry]]]:
    """(observers?, entries) for each attendance list of the document, in order."""
    words = participant_words()
    blocks = ctx.structure.blocks
    out = []
    for i, b in enumerate(blocks):
        label = _label(b.text)
        observers = label in words.observer_headings
        if not (observers or label in words.headings) or len(b.text) > 80:
            continue
        # "Voting Members Present", "Miembros presentes": every entry is a member
        members = not observers and any(label.startswith(r) for r in words.member_roles)
        entries: list[Entry] = []
        rows: list[tuple[int, int]] = []
        for j in range(i + 1, len(blocks)):     # no copy of the blocks after i
            nxt = blocks[j]
            table = _table_rows(ctx, nxt.start, nxt.end)
            if table:
                rows += table       # a table, one passage per row or all in one
            elif nxt.kind == "item":
                entries += _items(ctx, nxt.start, nxt.end)
            elif not entries and not rows and \
                    re.match(r"[\w.]*", _label(nxt.text)).group(0) in words.note_words:
                continue            # "Note: observers who wish to become members ...": the list follows
            else:
                break
        entries += _table(ctx, rows)
        if members:
            entries = [x if x.role or not x.name else Entry(x.start, x.end, x.name, x.actor, x.represents,
                                                               "member", x.note, x.code) for x in entries]
        if entries:
            out.append((observers, entries))
    return out


def meeting_body(ctx: Context) -> str | None:
    """The body whose meeting the document records, as its title names it: "<Name> Committee
    meeting", "CSAF TC meeting" (data/lang/en/participants.yaml `body_acronyms`), "Reunión del
    Comité Ejecutivo", "Acta de reunión / Junta Directiva", "Reunión CORE";
    a node of the batch (added when new), or None. A body the meeting frame already made the
    meeting PART_OF (loaders.frame) is that body, so both read the title the same way."""
    own = ctx.meeting_id
    for e in ctx.batch.edges.values():
        if e.type == "PART_OF" and e.source == own and ctx.batch.nodes.get(e.target) is not None \
                and ctx.batch.nodes[e.target].kind == "Body":
            return e.target
    heads = {fold_same_length(k): v for k, v in (lexicon("heads").get("heads") or {}).items()}
    meeting = participant_words().meeting_words
    body_heads = {h for h, v in heads.items() if v.get("kind") == "Body"}
    acronyms = {str(k): v for k, v in (lexicon("participants").get("body_acronyms") or {}).items()}
    for b in ctx.structure.blocks[:3]:
        if b.kind not in ("title", "heading") or len(b.text) > 160:
            continue
        ws = [(m.group(0), b.start + m.start(), b.start + m.end()) for m in NAME_WORD.finditer(b.text)]
        folded = [fold_same_length(w) for w, _, _ in ws]
        found = None
        for k, f in enumerate(folded):
            if f not in meeting:
                continue
            # English order: "... Management Committee [Working] meeting"
            for h in (k - 1, k - 2):
                if h >= 0 and folded[h] in body_heads and all(w[0][:1].isupper() for w in ws[h:k]):
                    first = h
                    while first > 0 and ws[first - 1][0][:1].isupper() and \
                            ctx.text[ws[first - 1][2]:ws[first][1]] == " " and \
                            not ws[first - 1][0].isupper():
                        first -= 1
                    if first < h:       # a named body, never "the Committee meeting"
                        found = (ws[first][1], ws[h][2], heads[folded[h]])
                    break
            if found:
                break
            # "CSAF TC meeting", "OASIS CSAF TC Monthly Meeting": a body acronym before the meeting word
            h = k - 1 if k >= 1 and ws[k - 1][0] in acronyms else \
                k - 2 if k >= 2 and ws[k - 2][0] in acronyms and ws[k - 1][0][:1].isupper() else None
            if h is not None:
                first = h
                while first > 0 and first > h - 3 and ACRONYM.fullmatch(ws[first - 1][0]) and \
                        ctx.text[ws[first - 1][2]:ws[first][1]] == " ":
                    first -= 1
                if first < h:       # a named body: "CSAF TC", never "the TC meeting"
                    found = (ws[first][1], ws[h][2],
                             {"kind": "Body", "subtype": acronyms[ws[h][0]]})
                    break
            # Spanish order: "Reunión del Comité Ejecutivo", "Reunión CORE"
            j = k + 1
            while j < len(ws) and folded[j] in ("de", "del", "la", "el", "of", "the"):
                j += 1
            if j < len(ws) and folded[j] in body_heads and ws[j][0][:1].isupper():
                last = j
                while last + 1 < len(ws) and ws[last + 1][0][:1].isupper() and \
                        ctx.text[ws[last][2]:ws[last + 1][1]] == " " and folded[last + 1] not in meeting \
                        and folded[last + 1] not in ("de", "del", "la", "el", "of", "the"):
                    last += 1
                    break       # one qualifying word: "Comité Ejecutivo", "Junta Directiva"
                found = (ws[j][1], ws[last][2], heads[folded[j]])
            elif j == k + 1 and j < len(ws) and ACRONYM.fullmatch(ws[j][0]) and \
                    ctx.text[ws[k][2]:ws[j][1]] == " " and not b.text.isupper():   # "SESIÓN ORDINARIA": no acronym
                found = (ws[j][1], ws[j][2], {"kind": "Body", "subtype": "committee"})
            if found:
                break
        if found is None and b.kind == "heading" and b.ordinal > 1:
            words = b.text.strip().split()
            if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and \
                    (fold_same_length(words[0]) in body_heads or fold_same_length(words[-1]) in body_heads):
                s = b.start + len(b.text) - len(b.text.lstrip())
                h = fold_same_length(words[0]) if fold_same_length(words[0]) in body_heads else fold_same_length(words[-1])
                found = (s, s + len(b.text.strip()), heads[h])
        if found:
            s, e, spec = found
            known = _mention_at(ctx, s, e, ("Body", "Conference", "Organization"))
            if known:
                return known
            name = " ".join(ctx.text[s:e].split())
            bid = f"body:{slug(name)}"
            node = ctx.batch.nodes.get(bid)
            if node is not None and node.kind != "Body":
                return None
            ctx.batch.add_node(bid, "Body", name, [ctx.source(s, e)],
                               subtype=spec.get("subtype") or "committee")
            return bid
    return None


def _body_of_meeting(ctx: Context, meeting: str) -> str | None:
    """The one body the meeting is a meeting of, as the meeting frame read it (PART_OF from the
    meeting to a Body: "the meeting of the Board of Directors"); None when there is none or more."""
    bodies = {e.target for e in ctx.batch.edges.values() if e.type == "PART_OF" and e.source == meeting
              and ctx.batch.nodes.get(e.target) is not None and ctx.batch.nodes[e.target].kind == "Body"}
    return bodies.pop() if len(bodies) == 1 else None


def read_attendance(ctx: Context) -> None:
    """PARTICIPATES_IN, REPRESENTS and MEMBER_OF from the document's attendance lists."""
    meeting = ctx.meeting_id
    if meeting not in ctx.batch.nodes:
        return
    lists = attendance_lists(ctx)
    if not lists:
        return
    body = meeting_body(ctx) or _body_of_meeting(ctx, meeting)
    said = [s for e in ctx.batch.edges.values() if e.type == "PART_OF" and e.source == meeting
            and e.target == body for s in e.sources[:1]]     # where the text says whose meeting it is
    for observers, entries in lists:
        plain = all(x.represents is None and x.role is None for x in entries if x.name)
        for x in entries:
            src = [ctx.source(x.start, x.end)]
            role = "observer" if observers or x.role == "observer" else None
            if x.actor:
                ctx.edge("PARTICIPATES_IN", x.actor, meeting, src, role=role)
                continue
            ns, ne = x.name
            name = " ".join(ctx.text[ns:ne].split())
            pid = f"person:{slug(name)}"
            node = ctx.batch.nodes.get(pid)
            if node is not None and node.kind != "Person":
                continue
            post = x.note.strip() if x.note else None
            ctx.batch.add_node(pid, "Person", name, [ctx.source(ns, ne)], post=post)
            ctx.edge("PARTICIPATES_IN", pid, meeting, src, role=role)
            if x.represents:
                if x.code:          # "DE: Ana Example": the code names the country
                    ctx.ensure(x.represents, [ctx.source(*x.code)])
                ctx.edge("REPRESENTS", pid, x.represents, src)
            if body and (x.role in ("member", "observer") or plain and not observers):
                ctx.edge("MEMBER_OF", pid, body, src + said,
                         role="observer" if x.role == "observer" or observers else "member")
