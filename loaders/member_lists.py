"""Members of a body written out as a list in the text: "los integrantes del Consejo Consultivo:
Ana Ruiz, Luis Mora y Marta Gil", "the Committee, composed of Fiji, Samoa and Tonga", or a line
"Members: A, B, C" in the minutes of the body's own meeting, or the states set off between dashes
or in brackets right after a forum's name ("el Grupo de Lima – A, B y C –", "the Forum (A, B and
C)"), or in brackets after a grouping of states the text names in capitals and no one tags ("los
países del Triángulo Norte (A, B y C)": a Body of its own). Each member listed becomes MEMBER_OF
the body, quoted from the cue to the member's name: a country, organisation or person the text
already tags, else a bare personal name (two to five capitalised words, honorifics off) becomes a
Person named as written.

The cue words are the language packs' (data/lang/<code>/members.yaml: `leads`, `composed`,
`labels`, `list_joins`). The list ends at the first item that is neither a known actor nor a
personal name nor a post written after a name ("Ana Ruiz, Presidenta"). An agreement's preamble
may also say that a state is a member of a party it names by a short name ("... is a member of
the Organization since 1988": members_of_defined_party, `member_of_defined`). This module must not
read attendance sections (loaders.participants) nor decide who took part in a meeting.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.context import Context
from loaders.honorifics import honorifics
from loaders.lang import lexicon, phrase_alternation
from loaders.read import fold_same_length
from loaders.spans import sentences
from loaders.tagging import Tagged
from loaders.world import slug

MEMBERS = ("Country", "Organization", "Person")
BODIES = "(?:Body|Conference|Organization)"
# an item of the list: up to the next comma, semicolon or the last join word
NAME_WORD = re.compile(r"[A-ZÁÉÍÓÚÑÜ][\w'’.\-]*$")


def _alt(words) -> str:
    return phrase_alternation(words, blank=r"\s+")


@lru_cache(maxsize=1)
def _cues() -> dict:
    """The compiled cues: `lead` ("integrantes del ⟦Body⟧:"), `composed` ("⟦Body⟧, integrado
    por"), `label` ("Members:" at a line's start), `join` (the words before the last item)."""
    m = lexicon("members")
    p = lexicon("persons")
    heads = lexicon("heads").get("heads", {})
    named = _alt([h for h, spec in heads.items() if spec.get("kind") == "Body"])
    # a body the text does not tag, named by a head noun and up to three words ("Consejo
    # Consultivo", "Technical Committee"): checked for capitals on the text (_named_body)
    body = (rf"(?:(?P<b>⟦{BODIES}[^⟧]*⟧)|(?P<n>(?:[a-z]+\s+){{0,3}}?(?:{named})"
            rf"(?:\s+[^\W\d_]+){{0,3}}?))(?:\s*\(⟦[^⟧]*⟧\))?")
    return {
        "lead": re.compile(rf"\b(?:{_alt(m.get('leads', []))})\s+(?:de|del|of)\s+"
                           rf"(?:(?:the|la|el|los|las)\s+)?{body}\s*(?::|,?\s+(?:son|are|were|"
                           rf"eran|fueron)\s*:?)\s*"),
        "composed": re.compile(rf"(?<!\bde )(?<!\bdel )(?<!\bof ){body},?\s+(?:(?:que\s+)?"
                               rf"(?:esta|estara|estaba|is|will\s+be|was)\s+)?"
                               rf"(?:{_alt(m.get('composed', []))})\s*:?\s*"),
        "composing": re.compile(rf"\b(?:{_alt(m.get('composing', []))})\s+(?:(?:the|la|el|los|las)\s+)?"
                                rf"{body}\s*(?:,?\s*(?:a\s+saber|namely|to\s+wit|es\s+decir)\s*:?|:)\s*"),
        # "the member countries of ⟦Country⟧, ⟦Country⟧ ...": the list follows the lead at once
        "forum": re.compile(rf"\b(?:{_alt(m.get('forum_leads', []))})(?:\s+(?:de|of))?\s*:?\s+"
                            rf"(?:(?:the|la|el|los|las)\s+)?(?=⟦Country)"),
        # "los Cancilleres del ⟦Body⟧ – ⟦Country⟧, ⟦Country⟧ y ⟦Country⟧ –", "the ⟦Organization⟧
        # (⟦Country⟧, ⟦Country⟧ and ⟦Country⟧)": the states set off right after the forum's name
        "aside": re.compile(rf"(?P<b>⟦{BODIES}[^⟧]*⟧)\s*(?:(?P<paren>\()|(?P<dash>[–—]|\s-\s))\s*"
                            rf"(?P<list>⟦Country[^⟧]*⟧(?:\s*,\s*⟦Country[^⟧]*⟧)*,?\s+"
                            rf"(?:{_alt(m.get('list_joins', []))})\s+⟦Country[^⟧]*⟧)\s*"
                            rf"(?(paren)\)|(?:[–—]|\s-\s|[,.;]|$))"),
        # "los países del Triángulo Norte (⟦Country⟧, ⟦Country⟧ y ⟦Country⟧)", "the countries of
        # the Northern Triangle (...)": a grouping of states the text names and no one tags, its
        # name in capitals (checked on the text by _grouping)
        "grouping": re.compile(rf"\b(?:{_alt(m.get('grouping_leads', []))})\s+(?:de|del|of)\s+"
                               rf"(?:(?:the|la|el|los|las)\s+)?(?P<n>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){{0,3}}?)"
                               rf"\s*\((?P<list>⟦Country[^⟧]*⟧(?:\s*,\s*⟦Country[^⟧]*⟧)*,?\s+"
                               rf"(?:{_alt(m.get('list_joins', []))})\s+⟦Country[^⟧]*⟧)\s*\)"),
        "label": re.compile(rf"^[^\S\n]*[-*•]?[^\S\n]*(?:{_alt(m.get('labels', []))})[^\S\n]*:[^\S\n]*",
                            re.M),
        "split": re.compile(r"\s*[,;]\s*(?:(?:%s)\s+)?|\s+(?:%s)\s+" % (
            _alt(m.get("list_joins", [])), _alt(m.get("list_joins", []))), re.I),
        # "los Viceministros de ⟦Country⟧": the lead before a list of states by who represents them
        "represented": re.compile(rf"(?:{_alt(m.get('represented_by', []))})\s+(?:de|del|of)\s+"
                                  rf"(?:(?:the|la|el|los|las)\s+)?(?=\S)"),
        "honorific": honorifics().run,
        "posts": frozenset(fold_same_length(x) for x in p.get("posts", []) +
                           p.get("presiding_posts", []) + p.get("officer_posts", [])),
        "not_names": frozenset(fold_same_length(x) for x in p.get("not_names", [])),
        "particles": frozenset(fold_same_length(x) for x in p.get("name_particles", [])),
        "heads": frozenset(fold_same_length(x) for x in lexicon("heads").get("heads", {})),
    }


@lru_cache(maxsize=1)
def _heading_labels() -> frozenset:
    """The labels of data/lang/*/members.yaml `labels`, folded: a heading that is one of them
    opens a roster of members."""
    return frozenset(" ".join(fold_same_length(x).split()) for x in lexicon("members").get("labels", []))


def _person_name(name: str, cues: dict) -> bool:
    """Two to five words, each capitalised or a name particle ("de la"), none a post, a head
    noun of an organisation or a word that is never a name."""
    words = name.split()
    if not 2 <= len(words) <= 5 or not NAME_WORD.match(words[0]) or not NAME_WORD.match(words[-1]):
        return False
    for w in words:
        f = fold_same_length(w).strip(".")
        if f in cues["particles"]:
            continue
        if not NAME_WORD.match(w) or f in cues["posts"] or f in cues["not_names"] or \
                f in cues["heads"] or w.isupper() and len(w) > 1:
            return False
    return True


def _is_post(item: str, cues: dict) -> bool:
    """"Presidenta", "Secretario Técnico", "vice chair": a post written after a name."""
    words = item.split()
    return bool(words) and (fold_same_length(item).strip(" .") in cues["posts"] or
                            fold_same_length(words[0]) in cues["posts"])


def _members(ctx: Context, items: list, body: str, cue_start: int, start: int, stop: int) -> None:
    """MEMBER_OF `body` for each item of the list written in text[start:stop]."""
    cues = _cues()
    text = ctx.text
    at = start
    parts = []
    for m in cues["split"].finditer(text, start, stop):
        parts.append((at, m.start()))
        at = m.end()
    parts.append((at, stop))
    found = 0
    for s, e in parts:
        raw = text[s:e]
        s += len(raw) - len(raw.lstrip())
        raw = raw.strip()
        paren = re.search(r"\s*\([^()]*\)$", raw)
        if paren:
            raw = raw[:paren.start()]
        lead = re.match(r"(?:(?:el|la|los|las|the)\s+)", raw, re.I)
        if lead and not any(it.start == s for it in items if it.kind in MEMBERS):
            # "the Dominican Republic": the article goes; "El Salvador": a name that opens with it
            s, raw = s + lead.end(), raw[lead.end():]
        rep = cues["represented"].match(fold_same_length(raw))
        if rep and rep.end() < len(raw):
            s, raw = s + rep.end(), raw[rep.end():]
        hon = cues["honorific"].match(fold_same_length(raw))
        if hon and hon.end() < len(raw):
            s, raw = s + hon.end(), raw[hon.end():]
        raw = raw.rstrip(" .")
        e = s + len(raw)
        if not raw:
            break
        known = [it for it in items if it.kind in MEMBERS and s <= it.start and it.end <= e + 1
                 and (not text[s:it.start].strip() or it.kind == "Person")]    # "el Regidor Don ⟦Person⟧"
        src = [ctx.source(cue_start, min(e, stop))]
        if known:
            for i in known[-1 if known[-1].kind == "Person" else 0].ids:
                if i != body:
                    ctx.edge("MEMBER_OF", i, body, src, role="member")
            found += 1
            continue
        if _is_post(raw, cues) and found:
            continue                # "Ana Ruiz, Presidenta": the post of the name before
        if not _person_name(raw, cues):
            break
        pid = f"person:{slug(raw)}"
        node = ctx.batch.nodes.get(pid)
        if node is not None and node.kind != "Person":
            break
        ctx.batch.add_node(pid, "Person", " ".join(raw.split()), [ctx.source(s, e)])
        ctx.edge("MEMBER_OF", pid, body, src, role="member")
        found += 1


def _list_end(text: str, start: int, end: int) -> int:
    """Where a list that starts at `start` stops: the sentence's end (`end`), a line break or a
    colon; a clause that is not a name (", en la sala ...") ends it in _members."""
    stop = re.compile(r"\n|:").search(text, start, end)
    return stop.start() if stop else end


def _named_body(ctx: Context, s: int, e: int) -> str | None:
    """The Body named as written in text[s:e] ("Consejo Consultivo", "the Technical
    Committee"), its words capitalised but for connectors, a head noun of data/lang/*/heads.yaml
    among them: the shared id loaders.entities would give it, the node added when new."""
    name = re.sub(r"^(?:(?:el|la|los|las|the)\s+)", "", " ".join(ctx.text[s:e].split()), flags=re.I)
    heads = lexicon("heads")
    connectors = {fold_same_length(c) for c in heads.get("connectors", [])} | {"of", "the", "and", "on", "for"}
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() or fold_same_length(w) in connectors for w in words) \
            or fold_same_length(words[-1]) in connectors:
        return None
    spec = next((heads["heads"][h] for h in heads.get("heads", {})
                 if fold_same_length(h) in {fold_same_length(w) for w in words}
                 and heads["heads"][h].get("kind") == "Body"), None)
    if spec is None:
        return None
    bid = f"body:{slug(name)}"
    node = ctx.batch.nodes.get(bid)
    if node is not None and node.kind != "Body":
        return None
    at = ctx.text.find(name.split()[0], s, e)
    ctx.batch.add_node(bid, "Body", name, [ctx.source(at, e)], subtype=spec.get("subtype"))
    return bid


def _meeting_body(ctx: Context) -> str | None:
    """The body whose meeting the document records (its PART_OF), when it is a Body."""
    meeting = ctx.meeting_id
    for e in ctx.batch.edges.values():
        if e.type == "PART_OF" and e.source == meeting and \
                ctx.batch.nodes.get(e.target) is not None and ctx.batch.nodes[e.target].kind == "Body":
            return e.target
    return None


ROSTER_ITEM = re.compile(r"[^\S\n]*(?:[-*•+]|\d{1,3}[.)])?[^\S\n]*(?P<name>[^\W\d_][^\n,(;|–—]*?)"
                         r"[^\S\n]*(?:$|[,(;|–—]|\s-\s)", re.M)


def _label_only(text: str) -> str:
    """A heading as a folded label: markup, numbering and a trailing colon off."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    return " ".join(fold_same_length(re.sub(r"^[#*_\s\d.)-]+|[*_:\s]+$", "", line)).split())


def _roster(ctx: Context, body: str, blocks: list, start: int | None = None) -> None:
    """"## Voting members present" over "- Ana Ruiz, Example Corp" lines: each person named
    first on a line of the blocks under the heading is MEMBER_OF the meeting's body, quoted on
    the line; the roster ends at the next heading or at a line that starts with no name."""
    cues = _cues()
    for n, block in enumerate(blocks):
        if block.kind in ("heading", "title") and (n or start is None):
            return
        at = start if n == 0 and start is not None else block.start
        for line in ctx.text[at:block.end].split("\n"):
            a, b = at, at + len(line)
            at = b + 1
            if not line.strip():
                continue
            m = ROSTER_ITEM.match(ctx.text, a, b)
            if not m:
                return
            s, e = m.span("name")
            items = [it for it in ctx.items_by_block.get(block.ordinal, [])
                     if it.kind == "Person" and it.start == s]
            name = ctx.text[s:e].strip()
            hon = cues["honorific"].match(fold_same_length(name))
            if hon and hon.end() < len(name):
                s, name = s + hon.end(), name[hon.end():]
            e = s + len(name)
            if items:
                pid = items[0].ids[0]
            elif _person_name(name, cues):
                pid = f"person:{slug(name)}"
                node = ctx.batch.nodes.get(pid)
                if node is not None and node.kind != "Person":
                    return
                ctx.batch.add_node(pid, "Person", " ".join(name.split()), [ctx.source(s, e)])
            else:
                return
            ctx.edge("MEMBER_OF", pid, body, [ctx.source(a + len(line) - len(line.lstrip()), b)],
                     role="member")


@lru_cache(maxsize=1)
def _owner_leads() -> frozenset:
    """Folded words that, before "de"/"of" and a forum, make the states set off after it the
    forum's members (members.yaml `leads`, `represented_by`, `aside_owner_leads`: "los
    Cancilleres del ⟦Grupo⟧ – A, B y C –"); any other noun there ("las troikas de la ⟦CRM⟧ (A,
    B y C)") owns the list."""
    m = lexicon("members")
    return frozenset(fold_same_length(str(w)).lower() for key in ("leads", "represented_by", "aside_owner_leads")
                     for w in m.get(key) or ())


def _owner_lead(words: str) -> bool:
    """Whether the one or two words before "de"/"of" and a forum end in a member lead."""
    folded = fold_same_length(" ".join(words.split())).lower()
    leads = _owner_leads()
    return folded in leads or folded.split()[-1] in leads


def _aside_members(ctx: Context, tagged: Tagged, m: re.Match) -> None:
    """MEMBER_OF the forum of an "aside" match for each state it sets off, quoted from the
    forum's name to the closing bracket or dash (or the last state when no dash closes it)."""
    before = re.search(r"([^\W\d_]+(?:\s+[^\W\d_]+)?)\s+(?:de|del|of)\s+(?:(?:the|la|el|los|las)\s+)?$",
                       tagged.s[max(0, m.start("b") - 80):m.start("b")], re.I)
    if before and not _owner_lead(before.group(1)):
        return      # "las troikas de la ⟦CRM⟧ (A, B y C)": the states of the troikas, not of the forum
    forum = tagged.group_items(m, "b")[0].ids[0]
    start = tagged.span(m.start("b"), m.end("b"))[0]
    end = tagged.span(m.start(), m.end())[1] if m.group("paren") or \
        m.group(0).rstrip()[-1:] in "–—-" else tagged.span(m.start("list"), m.end("list"))[1]
    src = [ctx.source(start, end)]
    for it in tagged.group_items(m, "list"):
        for state in it.ids:
            if state != forum:
                ctx.edge("MEMBER_OF", state, forum, src, role="member")


def _grouping(ctx: Context, s: int, e: int) -> str | None:
    """The Body of a grouping of states named as written in text[s:e] ("Triángulo Norte",
    "Northern Triangle"): every word capitalised but for connectors, the last one capitalised;
    the id loaders.entities would give a body of that name, the node added when new; None for
    words in lower case ("los países de la región (A, B y C)")."""
    name = " ".join(ctx.text[s:e].split())
    connectors = {fold_same_length(c) for c in lexicon("heads").get("connectors", [])} | {"of", "the", "and"}
    words = name.split()
    if not words or not words[-1][:1].isupper() or \
            not all(w[:1].isupper() or fold_same_length(w) in connectors for w in words):
        return None
    bid = f"body:{slug(name)}"
    node = ctx.batch.nodes.get(bid)
    if node is not None and node.kind != "Body":
        return None
    ctx.batch.add_node(bid, "Body", name, [ctx.source(s, e)], subtype="group_of_states")
    return bid


def _grouping_members(ctx: Context, tagged: Tagged, m: re.Match) -> None:
    """MEMBER_OF a grouping of states (a "grouping" match) for each state in its brackets,
    quoted from the lead to the closing bracket."""
    body = _grouping(ctx, *tagged.span(*m.span("n")))
    if body is None:
        return
    src = [ctx.source(*tagged.span(*m.span()))]
    for it in tagged.group_items(m, "list"):
        for state in it.ids:
            ctx.edge("MEMBER_OF", state, body, src, role="member")


def _meeting_forum(ctx: Context) -> str | None:
    """The one forum (Conference or Organization) the document's meeting is PART_OF, else None."""
    meeting = ctx.meeting_id
    forums = {e.target for e in ctx.batch.edges.values() if e.type == "PART_OF" and
              e.source == meeting and ctx.batch.nodes.get(e.target) is not None and
              ctx.batch.nodes[e.target].kind in ("Conference", "Organization")}
    return forums.pop() if len(forums) == 1 else None


def read_member_lists(ctx: Context) -> None:
    """The pipeline component: MEMBER_OF from member lists written in the text; a list of states
    right after "the member countries (of)" is of the forum the meeting is part of."""
    cues = _cues()
    own = None
    forum = _meeting_forum(ctx)
    for block in ctx.structure.blocks:
        if block.kind == "signature":
            continue
        items = ctx.items_by_block.get(block.ordinal, [])
        for s, e in sentences(ctx.text, block.start, block.end, ctx.patterns.abbreviations):
            tagged = Tagged.build(ctx.text, s, e, items)
            for key in ("lead", "composed", "composing"):
                for m in cues[key].finditer(tagged.s):
                    body = tagged.group_items(m, "b")[0].ids[0] if m.group("b") else \
                        _named_body(ctx, *tagged.span(*m.span("n")))
                    if body is None:
                        continue
                    cue_start = tagged.span(m.start(), m.end())[0]
                    at = tagged.span(m.end(), m.end() + 1)[0] if m.end() < len(tagged.s) else e
                    _members(ctx, items, body, cue_start, at, _list_end(ctx.text, at, e))
            for m in cues["aside"].finditer(tagged.s):
                _aside_members(ctx, tagged, m)
            for m in cues["grouping"].finditer(tagged.s):
                _grouping_members(ctx, tagged, m)
            for m in cues["forum"].finditer(tagged.s) if forum else ():
                cue_start = tagged.span(m.start(), m.end())[0]
                at = tagged.span(m.end(), m.end() + 1)[0]
                _members(ctx, items, forum, cue_start, at, _list_end(ctx.text, at, e))
        if block.kind == "heading" and _label_only(block.text) in _heading_labels():
            if own is None:
                own = _meeting_body(ctx) or ""
            if own:
                k = ctx.structure.blocks.index(block)
                _roster(ctx, own, ctx.structure.blocks[k + 1:k + 40])
            continue
        folded = fold_same_length(ctx.text[block.start:block.end])
        for m in cues["label"].finditer(folded):
            if own is None:
                own = _meeting_body(ctx) or ""
            if not own:
                break
            at = block.start + m.end()
            stop = ctx.text.find("\n", at, block.end)
            stop = block.end if stop < 0 else stop
            if not ctx.text[at:stop].strip():
                # "Voting members present:" alone on its line: one member a line below it
                k = ctx.structure.blocks.index(block)
                _roster(ctx, own, ctx.structure.blocks[k:k + 40], stop + 1 if stop < block.end
                        else ctx.structure.blocks[k + 1].start if k + 1 < len(ctx.structure.blocks)
                        else block.end)
                continue
            _members(ctx, items, own, block.start + m.start(), at, stop)


def members_of_defined_party(ctx: Context) -> None:
    """MEMBER_OF from a preamble that says a state is a member of a party the agreement names by
    a short name ("the International Organization for Migration (IOM), hereinafter called the
    Organization, ... RECALLING that the Republic of X is a member of the Organization since
    1988"; data/lang/*/members.yaml `member_of_defined`, `{SHORT}` standing for the short name):
    the state is a member of that party, quoted from the state's name to the short name and with
    the definition's passage. Only the passages before the first commitment are read."""
    from loaders.commitments import PREAMBLE_BLOCKS, defined_short_names
    cues = lexicon("members").get("member_of_defined") or ()
    shorts = defined_short_names(ctx) if cues else []
    if not shorts:
        return
    first = min((a.start for a in ctx.structure.commitments), default=None)
    rules = [(re.compile(c.replace("{SHORT}", r"\s+".join(map(re.escape, short.split())))), ids, src)
             for short, ids, src in shorts for c in cues]
    for b in ctx.structure.blocks[:PREAMBLE_BLOCKS]:
        if first is not None and b.start >= first:
            break
        items = ctx.items_by_block.get(b.ordinal, [])
        if not any(it.kind == "Country" for it in items):
            continue
        tagged = Tagged.build(ctx.text, b.start, b.end, items)
        for rx, ids, src in rules:
            for m in rx.finditer(tagged.s):
                states = [it for it in tagged.group_items(m, "m") if it.kind == "Country"]
                if not states:
                    continue
                quote = ctx.source(*tagged.span(m.start("m"), m.end()))
                for it in states:
                    for state in it.ids:
                        for party in ids:
                            if party != state:
                                ctx.edge("MEMBER_OF", state, party, [quote, src], role="member")
