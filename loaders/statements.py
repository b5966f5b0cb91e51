"""Statements: what each speaker said, and whether it was a proposal, support or an objection.

A speaker opens a statement with a speech verb ("Chile propone", "La PPT de la CSM menciona",
"La delegación de Brasil dejó constancia", "Canada proposed"); it runs until another speaker
opens one, so a turn of several sentences is one quote. The stance is read from the whole
quote (data/patterns.yaml `speech`); a reservation ("no suscribe", "expressed reservations") is
an objection with role reservation; actors the quote says backed it ("que fue apoyada por las
delegaciones de A y B", "supported by A") support the same statement. In minutes, a person named
at the head of a sentence who objects, agrees or suggests (person_positions, cues in
data/lang/*/statements.yaml `person_*`) takes that position on a statement of their own. This module must not read
agreements or decisions; a statement records talk, not a commitment.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from loaders.context import Context
from loaders.lang import lexicon, phrase_alternation
from loaders.patterns import Patterns
from loaders.read import fold_same_length
from loaders.spans import Enclosing, sentences, trim
from loaders.tagging import PLACEHOLDER, Item, Tagged


def _stance(folded: str, patterns: Patterns) -> str | None:
    for etype, regexes in patterns.stance:
        if any(r.search(folded) for r in regexes):
            return etype
    return None


def _apposed_person(ctx: Context, who: Item) -> Item:
    """The person whose post names the speaker found ("Ana Pérez, Presidenta del Comité X,
    destacó": Ana Pérez speaks, not the Comité); `who` itself otherwise."""
    if who.kind == "Person":
        return who
    for f in ctx.found:
        s, e = f.phrase
        if f.start < who.start and s <= who.start and who.end <= e and f.entity.id in ctx.gazetteer.entities:
            return Item("Person", (f.entity.id,), f.start, f.end)
    return who


def extract_statements(ctx: Context) -> None:
    """Speaker sentences → Statement nodes with SAID / PROPOSED / SUPPORTED / OBJECTED."""
    from loaders.commitments import article_blocks
    p = ctx.patterns
    sections = _section_positions(ctx)
    articles = article_blocks(ctx.structure)
    for block in ctx.structure.blocks:
        if block.kind not in ("paragraph", "item") or block.ordinal in articles:
            continue                # an agreement's article binds; no one says it
        items = ctx.items_by_block.get(block.ordinal, [])
        opened: list[tuple[int, Item]] = []     # (sentence start, speaker)
        last = None                             # the sentence before, in this passage
        for s, e in sentences(ctx.text, block.start, block.end, p.abbreviations):
            prev, last = last, (s, e)
            tagged = Tagged.build(ctx.text, s, e, items)
            m = p.speech_verbs.match(tagged.s) or p.country_verbs.match(tagged.s) or \
                (p.apposed_speaker.match(tagged.s) if p.apposed_speaker else None) or \
                (p.attributed_speaker.match(tagged.s) if p.attributed_speaker else None) or \
                (p.quoted_speaker.match(tagged.s) if p.quoted_speaker else None)
            apposed = p.apposed_speaker.match(tagged.s) if p.apposed_speaker else None
            if apposed and m is not apposed and apposed.start("who") < m.start("who") < apposed.start("verb"):
                m = apposed         # "Ana Ruiz, secretaria de X de EE. UU., expresó": the country is in her post
            if m and _motion_line(fold_same_length(ctx.text[s:e])):
                continue                        # a mover's or seconder's line: loaders.motions reads it
            if not m:
                who = _demonym_speaker(ctx, s, e)
                if who is not None and (not opened or opened[-1][1].ids != who.ids):
                    opened.append((s, who))
                elif who is None and opened and _reported(p, tagged.s):
                    opened.append((s, opened[-1][1]))   # "“...”, agregó.": the same speaker again
                elif who is None:
                    who = _collective_speaker(ctx, tagged, s) or _pair_speaker(ctx, tagged, s) \
                        or _surname_speaker(ctx, tagged) \
                        or _pronoun_speaker(ctx, tagged, prev)
                    if who is not None:
                        opened.append((s, who))         # "Leaders welcomed ...": a statement each
                continue
            who = tagged.group_items(m, "who")[0]
            if ctx.text[who.start - 1:who.start] == "-" or ctx.text[who.end:who.end + 1] == "-":
                continue        # "Al participar en la XIX Reunión México-Canadá, indicó que":
                                # a name's part is no speaker; the speaker before goes on
            # "..., informó la OIM": a reporting verb after a comma names its speaker after it
            after = p.inverted_speaker.match(tagged.s, m.end())
            if after and tagged.s[:m.start("verb")].rstrip().endswith(",") and \
                    p.reporting_verbs.match(" ".join(m.group("verb").split())):
                who = tagged.group_items(after, "who")[0]
            who = _apposed_person(ctx, who)
            who = _listed_speakers(tagged, m, who)
            if opened and opened[-1][1].ids == who.ids:
                continue                        # the same speaker goes on
            opened.append((s, who))
        for k, (s, who) in enumerate(opened):
            e = opened[k + 1][0] if k + 1 < len(opened) else _turn_end(ctx, block, sections, who)
            s, e = trim(ctx.text, s, e)
            quote = ctx.text[s:e]
            tagged = Tagged.build(ctx.text, s, e, items)
            backers = list(p.supporters.finditer(tagged.s))
            # the speaker's own stance, without the clause saying who backed it
            own = tagged.s
            for m in reversed(backers):
                own = own[:m.start()] + own[m.end():]
            etype = _stance(PLACEHOLDER.sub(" ", own), p) or "SAID"
            role = "reservation" if any(r.search(own) for r in p.reservation) else None
            if role:
                etype = "OBJECTED"
            sid = f"statement:{ctx.doc}:{block.ordinal}:{k + 1}"
            src = ctx.source(s, e)
            speaker = ctx.gazetteer.get(who.ids[0])
            name = f"{speaker.name if speaker else who.ids[0]}: {' '.join(quote.split())[:60]}"
            ctx.batch.add_node(sid, "Statement", name, [src], doc=ctx.doc, text=quote)
            for actor in who.ids:
                ctx.edge(etype, actor, sid, [src], role=role)
            for m in backers:
                for it in tagged.group_items(m, "who"):
                    for actor in it.ids:
                        ctx.edge("SUPPORTED", actor, sid, [ctx.source(*tagged.span(*m.span()))])



@lru_cache(maxsize=1)
def _collective_words() -> re.Pattern | None:
    """data/lang/*/statements.yaml `collective_speakers` then `collective_verbs`, at the head of
    a sentence (folded, after an optional "1." or a lead ending in a comma): "Leaders welcomed
    ...", "En la reunión, los funcionarios destacaron ..."; None when the packs have none."""
    raw = lexicon("statements")
    who, verbs = raw.get("collective_speakers") or [], raw.get("collective_verbs") or []
    if not who or not verbs:
        return None
    alt = lambda ws: "|".join(sorted((w.replace(" ", r"\s+") for w in ws), key=len, reverse=True))  # noqa: E731
    adverbs = "|".join(raw.get("collective_adverbs") or []) or "(?!x)x"
    return re.compile(r"^(?:\d{1,2}[.)]\s+)?(?:[^.;]{0,160}?,\s+)?(?P<who>(?:%s))\s+(?:(?:%s)\s+)*(?:%s)\b" % (alt(who), adverbs, alt(verbs)))


def _collective_speaker(ctx: Context, tagged: Tagged, start: int) -> Item | None:
    """The participants of the document's meeting as one speaker, when the sentence at `start`
    (tagged, folded) opens with their collective name and a verb of what a communiqué records
    them saying ("Leaders expressed their appreciation ...", "Los funcionarios destacaron ...",
    words in data/lang/*/statements.yaml); the Item spans the collective name. None when the
    sentence does not open so, or the meeting has fewer than two participants so far (persons
    when any took part, else states and organisations)."""
    rx = _collective_words()
    m = rx.match(tagged.s) if rx is not None else None
    if m is None:
        return None
    meeting = ctx.meeting_id
    takers = [e.source for e in ctx.batch.edges.values()
              if e.type == "PARTICIPATES_IN" and e.target == meeting and e.source in ctx.batch.nodes]
    persons = [i for i in takers if ctx.batch.nodes[i].kind == "Person"]
    ids = tuple(dict.fromkeys(persons or takers))
    if len(ids) < 2:
        return None
    return Item(ctx.batch.nodes[ids[0]].kind, ids, *tagged.span(*m.span("who")))


@lru_cache(maxsize=1)
def _pair_words() -> re.Pattern | None:
    """data/lang/*/pair_references.yaml `both` and `nouns` ("the two leaders", "ambos
    mandatarios") then statements.yaml `collective_verbs`, at the head of a sentence (folded,
    after an optional lead ending in a comma); None when the packs have none."""
    pair, raw = lexicon("pair_references"), lexicon("statements")
    if not pair.get("both") or not pair.get("nouns") or not raw.get("collective_verbs"):
        return None
    alt = lambda ws: phrase_alternation(ws, blank=r"\s+")    # noqa: E731
    adverbs = alt(raw.get("collective_adverbs") or []) or "(?!x)x"
    return re.compile(r"^(?:[^.;]{0,160}?,\s+)?(?P<who>(?:%s)\s+(?:%s))\s+(?:(?:%s)\s+)*(?:%s)\b" % (
        alt(pair["both"]), alt(pair["nouns"]), adverbs, alt(raw["collective_verbs"])))


def _pair_speaker(ctx: Context, tagged: Tagged, start: int) -> Item | None:
    """The two a sentence opening with "the two leaders"/"ambos mandatarios" and a verb of what a
    communiqué records them saying takes up ("The two leaders expressed concern about ...",
    "Ambos cancilleres condenaron ..."): the two persons named last before it
    (loaders.pair_references.pair_named_before), else the meeting's participants when they are
    exactly two (persons when any took part, else states and organisations); the Item spans
    "the two leaders". None when the sentence does not open so or no such two are named."""
    from loaders.pair_references import pair_named_before
    rx = _pair_words()
    m = rx.match(tagged.s) if rx is not None else None
    if m is None:
        return None
    span = tagged.span(*m.span("who"))
    two = pair_named_before(ctx, span[0])
    if two:
        return Item("Person", two, *span)
    ids = tuple(ctx.meeting_participants(("Person",), observers=True)
                or ctx.meeting_participants(observers=True))
    if len(ids) != 2 or len({ctx.batch.nodes[i].kind for i in ids}) != 1:
        return None
    return Item(ctx.batch.nodes[ids[0]].kind, ids, *span)


@lru_cache(maxsize=1)
def _pronoun_words() -> re.Pattern | None:
    """data/lang/*/statements.yaml `group_pronouns` ("they") after an optional `pronoun_leads`
    ("In addition,"), then `collective_verbs`, at the head of a sentence (folded); None when the
    packs have none."""
    raw = lexicon("statements")
    pron, verbs = raw.get("group_pronouns") or [], raw.get("collective_verbs") or []
    if not pron or not verbs:
        return None
    alt = lambda ws: "|".join(sorted((w.replace(" ", r"\s+") for w in ws), key=len, reverse=True)) or "(?!x)x"  # noqa: E731
    return re.compile(r"^(?:(?:%s),?\s+)?(?P<who>%s)\s+(?:(?:%s)\s+)*(?:%s)\b" % (
        alt(raw.get("pronoun_leads") or []), alt(pron), alt(raw.get("collective_adverbs") or []), alt(verbs)))


# how far into the sentence before the group word of its subject may stand ("U.S. and Mexican officials")
GROUP_SUBJECT_CHARS = 80


def _pronoun_speaker(ctx: Context, tagged: Tagged, prev: tuple[int, int] | None) -> Item | None:
    """The countries a sentence's "they" stands for, when it opens with the pronoun and a verb of
    what a communiqué records them saying ("In addition, they reaffirmed the importance of ...")
    and the sentence before (`prev`, in the same passage) opened with the group of their people
    ("U.S. and Mexican officials also discussed ..."; loaders.taking_part group words and
    verbs): the Item spans the pronoun. None otherwise, or when fewer than two countries."""
    from loaders.taking_part import _countries_before, _group_cue
    rx = _pronoun_words()
    m = rx.match(tagged.s) if rx is not None else None
    if m is None or prev is None:
        return None
    g = _group_cue().search(fold_same_length(ctx.text[:prev[1]]), prev[0], prev[1])
    if g is None or g.start("word") - prev[0] > GROUP_SUBJECT_CHARS:
        return None
    ends = {x.end: x for x in ctx.mentions if x.kind == "Country"}
    found = _countries_before(ctx, g.start("word"), prev[0], ends)
    ids = tuple(dict.fromkeys(c for c, _ in sorted(found, key=lambda f: f[1])))
    if len(ids) < 2:
        return None
    return Item("Country", ids, *tagged.span(*m.span("who")))


def _surname_speaker(ctx: Context, tagged: Tagged) -> Item | None:
    """The person a quotation closes with by surname alone, after its speech verb and an
    optional title ("“...”, indicó la Canciller Ruiz."; patterns.yaml speech `quoted_surname`):
    the one Person of the document whose name holds that surname (or those two words) as
    capitalised words of its own, the Item spanning the surname (or the person's mention there,
    when the surname is tagged already). None when the sentence is not so closed, no word is
    capitalised in the text, or no person or more than one has that name."""
    rx = ctx.patterns.quoted_surname
    m = rx.match(tagged.s) if rx is not None else None
    if m is None:
        return None
    named = [tagged.items[int(x.group("idx"))] for x in PLACEHOLDER.finditer(m.group("name"))]
    if named:       # the surname is a person's mention already ("la canciller ⟦Person⟧")
        return named[-1] if named[-1].kind == "Person" and len(named[-1].ids) == 1 else None
    start, end = tagged.span(*m.span("name"))
    written = ctx.text[start:end].split()
    while written and not written[0][:1].isupper():
        written = written[1:]           # a title in lower case ("la canciller Ruiz")
    if not written:
        return None
    persons = [(nid, fold_same_length(n.name or "").split())
               for nid, n in ctx.batch.nodes.items() if n.kind == "Person"]
    # both words a name ("Villavicencio Mapy"), else the last alone after a title ("Canciller Ruiz")
    for want in (written, written[-1:]) if len(written) > 1 else (written,):
        folded = fold_same_length(" ".join(want)).split()
        found = [nid for nid, words in persons
                 if any(words[k:k + len(folded)] == folded for k in range(len(words)))]
        if len(found) == 1:
            first = ctx.text.rindex(want[0], start, end)
            return Item("Person", (found[0],), first, end)
        if found:
            return None
    return None


def _reported(p, tagged: str) -> bool:
    """Whether a sentence (tagged, folded) without a speaker of its own reports a statement of
    its own by the last speaker: a quotation and then its speech verb with no subject
    (data/patterns.yaml speech `reported_sentence`: "“Vinimos a trabajar”, agregó.");
    False when the patterns have no `reported_sentence`."""
    return p.reported_sentence is not None and p.reported_sentence.search(tagged) is not None


# states listed before the last one that speaks: "Las Delegaciones de ⟦A⟧, ⟦B⟧ y ⟦C⟧ manifestaron"
LISTED_BEFORE = re.compile(r"(?:⟦Country#\d+⟧\s*,\s*)*⟦Country#\d+⟧\s*,?\s+(?:y|e|and)\s+$")
# persons joined before the last one that speaks, titles allowed: "⟦A⟧ and Dr. ⟦B⟧ reiterated"
PERSONS_BEFORE = re.compile(r"⟦Person#\d+⟧\s+(?:y|e|and)\s+(?:(?:el|la|the)\s+)?(?:[a-z]{2,4}\.\s*)?$")


@lru_cache(maxsize=1)
def _actors_listed_before() -> re.Pattern:
    """States and organisations coordinated right before the last one of a list, over folded
    tagged text: "⟦A⟧, ⟦B⟧ y ", "⟦A⟧ and ⟦B⟧, together with ⟦C⟧ and " (the joining words are
    data/lang/*/statements.yaml `joined_speakers`), an acronym in brackets after a name allowed."""
    joined = phrase_alternation(lexicon("statements").get("joined_speakers") or [], blank=r"\s+")
    actor = r"⟦(?:Country|Organization|Body)(?:/\w+)?#\d+⟧(?:\s*\((?:⟦[^⟧]*⟧|[a-z0-9-]{2,12})\))?"
    join = rf"(?:\s*,\s*|\s+(?:y|e|and)\s+|\s*,?\s*(?:{joined})\s+)(?:(?:la|el|los|las|the)\s+)?"
    last = rf"(?:\s*,?\s+(?:y|e|and)\s+|\s*,?\s*(?:{joined})\s+)(?:(?:la|el|los|las|the)\s+)?"
    return re.compile(rf"(?:{actor}{join})*{actor}{last}$")


def _listed_speakers(tagged: Tagged, m: re.Match, who: Item) -> Item:
    """The speaker `who` (a state) with the states listed before it in the same coordination
    ("Las Delegaciones de Argentina, Brasil y Uruguay manifestaron ...": all three speak), or
    (a state or an organisation) with the states and organisations a list joins to it ("The
    delegations of A and B, together with IOM and UNHCR, proposed": all four), or (a person)
    with the one person joined before it ("Ms. A and Dr. B reiterated ..."), as one Item
    spanning the list; `who` itself when no list comes before it."""
    if who.kind not in ("Country", "Person", "Organization", "Body") or m.start("who") < 0:
        return who
    lead = (PERSONS_BEFORE if who.kind == "Person" else _actors_listed_before()).search(tagged.s, 0, m.start("who"))
    if lead is None:
        return who
    listed = [tagged.items[int(x.group("idx"))] for x in PLACEHOLDER.finditer(lead.group(0))]
    ids = tuple(dict.fromkeys([i for it in listed for i in it.ids] + list(who.ids)))
    return Item(who.kind, ids, listed[0].start, who.end, who.subtype)


def _motion_line(folded: str) -> bool:
    """Whether a sentence (folded) moves or seconds a motion, naming it ("Tom seconded the
    motion", "Ana presentó una moción"): the minutes' motion reader (loaders.motions) owns it."""
    from loaders.motions import motion_words
    w = motion_words()
    return bool(re.search(r"\bmo(?:tion|cion)", folded)) and \
        any(rx.search(folded) for rx in (w.moved, w.moved_by, w.seconded, w.seconded_by))


@lru_cache(maxsize=1)
def _delegation_heads() -> re.Pattern:
    """data/lang/*/statements.yaml `delegation_heads`: the words after a demonym that make it
    a state's voice ("Indonesian Ministers", "la delegación chilena" is not read here)."""
    words = [w for w in lexicon("statements").get("delegation_heads") or []]
    return re.compile(r"\s+(?:%s)\s+" % "|".join(words)) if words else re.compile(r"(?!x)x")


def _demonym_speaker(ctx: Context, start: int, end: int) -> Item | None:
    """A state speaking through its ministers or delegation, named by its demonym at the head of
    the sentence ("Indonesian Ministers proposed ...", "The Australian delegation objected ..."):
    the country as speaker (its span the demonym), or None."""
    from loaders.persons import _demonyms
    rx, country = _demonyms()
    at = start + len(ctx.text[start:end]) - len(ctx.text[start:end].lstrip())
    lead = re.match(r"(?:(?:\d{1,2}|[a-z])[.)]\s+|[-*\u2022]\s+)?(?:The\s+|the\s+)?", ctx.text[at:end])
    at += lead.end() if lead else 0
    d = rx.match(ctx.text, at, end)
    if not d:
        return None
    head = _delegation_heads().match(fold_same_length(ctx.text[d.end():end]))
    if not head:
        return None
    rest = fold_same_length(ctx.text[d.end():end])[head.end():]
    if not re.match(r"(?:%s)\b" % _speech_verb_words(ctx.patterns), rest):
        return None
    return Item("Country", (country[d.group("d")],), d.start(), d.end())


@lru_cache(maxsize=1)
def _verb_words(pattern: str) -> str:
    m = re.search(r"\(\?P<verb>(.*?)\)\\b$", pattern)
    return m.group(1) if m else r"(?!x)x"


def _speech_verb_words(p: Patterns) -> str:
    """The speech verbs of data/patterns.yaml `speech` as one alternation."""
    return _verb_words(p.speech_verbs.pattern)


def _section_positions(ctx: Context) -> dict[str, list[int]]:
    """{section: the positions in ctx.structure.blocks of its blocks, ascending}, built once so
    that a turn's end is sought among its section's blocks without walking the others."""
    out: dict[str, list[int]] = {}
    for j, b in enumerate(ctx.structure.blocks):
        out.setdefault(b.section, []).append(j)
    return out


def _turn_end(ctx: Context, block, sections: dict[str, list[int]], speaker: Item | None = None) -> int:
    """Where the last speaker's turn of `block` ends: the end of the block, or of the paragraphs
    and list items right after it, in its section, that go on with the same turn (data/patterns.yaml speech
    `continued_turn`: "Dijo que ...", "En conclusión, llamó al Senado ...", "“...”, dijo.", the
    items of a list the turn opened with a colon) and name no speaker of their own; a paragraph
    whose subject is a personal pronoun ("He added that ...") goes on only when `speaker`, the
    turn's, is one person. `sections` = `_section_positions(ctx)`."""
    p = ctx.patterns
    if p.continued_turn is None:
        return block.end
    end, last = block.end, block
    blocks, positions = ctx.structure.blocks, sections.get(block.section, [])
    for k in range(bisect_left(positions, block.ordinal), len(positions)):
        nxt = blocks[positions[k]]      # the blocks from block.ordinal on, of block's section
        if nxt.ordinal <= block.ordinal or nxt.section != block.section:
            continue
        folded = fold_same_length(ctx.text[nxt.start:nxt.end]).lstrip(" \t*")
        listed = nxt.kind == "item" and ctx.text[last.start:last.end].rstrip().endswith(":") \
            or (nxt.kind == "item" and last.kind == "item" and last is not block)
        # a quotation on a line of its own may read as a title to the layout rules
        going_on = None if listed else p.continued_turn.match(folded)
        if nxt.kind not in ("paragraph", "item", "title") or not (listed or going_on):
            break
        if going_on and going_on.groupdict().get("pronoun") and \
                not (speaker is not None and speaker.kind == "Person" and len(speaker.ids) == 1):
            break                               # "He added": whose turn is not one person's
        tagged = Tagged.build(ctx.text, nxt.start, nxt.end, ctx.items_by_block.get(nxt.ordinal, []))
        if p.speech_verbs.match(tagged.s) or (p.apposed_speaker and p.apposed_speaker.match(tagged.s)) \
                or (p.attributed_speaker and p.attributed_speaker.match(tagged.s)) \
                or (p.quoted_speaker and p.quoted_speaker.match(tagged.s)):
            break                               # another speaker takes the floor
        end, last = nxt.end, nxt
    return end


@lru_cache(maxsize=1)
def _person_stances() -> tuple:
    """data/lang/*/statements.yaml `person_objected|supported|proposed`, compiled:
    ((edge type, regex), ...), objections first ("no está de acuerdo" is no agreement)."""
    raw = lexicon("statements")
    return tuple((etype, re.compile("|".join(f"(?:{w})" for w in raw[key])))
                 for etype, key in (("OBJECTED", "person_objected"), ("SUPPORTED", "person_supported"),
                                    ("PROPOSED", "person_proposed")) if raw.get(key))


@lru_cache(maxsize=1)
def _person_links() -> tuple[re.Pattern, re.Pattern]:
    """data/lang/*/statements.yaml `person_adverbs` (words between a person and the stance,
    "Ralph also suggests") and `person_coordination` (a second verb of the same person, "...
    but suggests"), compiled over folded text: (adverbs matched at the start, coordinating word
    followed by its spaces, whose end is where the stance must stand)."""
    raw = lexicon("statements")
    adverbs = "|".join(raw.get("person_adverbs") or []) or "(?!x)x"
    links = "|".join(raw.get("person_coordination") or []) or "(?!x)x"
    return (re.compile(r"(?:(?:%s)\s+)+" % adverbs),
            re.compile(r"(?:,\s*|\s)(?:%s)\s+(?:(?:%s)\s+)*" % (links, adverbs)))


_HEAD = re.compile(r"[-*•–\s]*(?P<name>[A-ZÁÉÍÓÚÑÜ][\w’'\-]+(?:[^\S\n]+[A-ZÁÉÍÓÚÑÜ][\w’'\-]+){0,2})[^\S\n]+")

# a person named after an article and the words of a post: "El Consejero Andrés Pacheco Ruiz
# propuso ...", "La Lic. Ana Ruiz se opuso ...", "The Treasurer Tom Hale suggested ..."
_CAP = r"(?:[A-ZÁÉÍÓÚÑÜ][\w’'\-]+|[A-ZÁÉÍÓÚÑÜ][a-zá-ú]{0,4}\.)"
_POSTED_HEAD = re.compile(rf"[-*•–\s]*(?:El|La|The)[^\S\n]+(?P<words>{_CAP}(?:[^\S\n]+(?:{_CAP}|de|del|la|of|the)){{1,7}})[^\S\n]+(?=[a-zá-ú])")


def _head_stance(rest: str, stances: tuple) -> str | None:
    """The position the words after a person's name take (folded `rest`), read right after an
    adverb ("also suggests") or after a coordinating word ("hopes ... but suggests"); None."""
    adverbs, coordination = _person_links()
    at = adverbs.match(rest)
    etype = next((t for t, rx in stances if rx.match(rest, at.end() if at else 0)), None)
    if etype is None:
        # "Ann hopes the issue is solved but suggests a deadline": her second verb
        etype = next((t for c in coordination.finditer(rest) for t, rx in stances
                      if rx.match(rest, c.end())), None)
    return etype


def _posted_person(ctx: Context, m: re.Match, resolve_person) -> tuple[str | None, int | None]:
    """The person a head written with a post before the name stands for: the longest run of its
    last words (two at least, the post's words left out) that names a person the document has;
    (person id, where the name starts) or (None, None)."""
    words = list(re.finditer(r"\S+", ctx.text[m.start("words"):m.end("words")]))
    for k in range(1, len(words) - 1):
        start = m.start("words") + words[k].start()
        if not ctx.text[start].isupper():
            continue
        pid = resolve_person(ctx, start, m.end("words"), create=False)
        if pid:
            return pid, start
    return None, None


def person_positions(ctx: Context) -> None:
    """Minutes: a person named at the head of a sentence who objects to, supports or proposes
    something ("Ann Lee is not a big fan of this suggestion", "Tom agrees", "Rosa suggests a
    deadline", "Ralph also suggests ...", or in a second verb of the same person: "Ann hopes it is
    solved but suggests a deadline"; words in data/lang/*/statements.yaml `person_adverbs`,
    `person_coordination`) → a Statement with OBJECTED / SUPPORTED / PROPOSED from that person. The name must
    be a person the document already has (resolved as loaders.motions resolves names); sentences
    the speaker rules already read are left alone."""
    from loaders.motions import resolve_person
    labelled_turns(ctx)
    stances = _person_stances()
    if not stances:
        return
    said = _said_spans(ctx)
    for block, k, s, e in _prose_sentences(ctx):
        etype = pid = name_at = None
        for head in (_HEAD.match(ctx.text, s, e), _POSTED_HEAD.match(ctx.text, s, e)):
            if head is None:
                continue
            etype = _head_stance(fold_same_length(ctx.text[head.end():e]), stances)
            if etype is None:
                continue
            if head.re is _HEAD:
                pid, name_at = resolve_person(ctx, head.start("name"), head.end("name"), create=False), head.start("name")
            else:
                # "El Consejero Andrés Pacheco votó en contra ...": the name after the post's words
                pid, name_at = _posted_person(ctx, head, resolve_person)
            if pid is not None:
                break
        if pid is None:
            continue
        a, b = trim(ctx.text, name_at, e)
        if said.covers(a, b):
            continue
        sid = f"statement:{ctx.doc}:{block.ordinal}:p{k}"
        quote = ctx.text[a:b]
        ctx.batch.add_node(sid, "Statement", f"{ctx.batch.nodes[pid].name}: {' '.join(quote.split())[:60]}",
                           [ctx.source(a, b)], doc=ctx.doc, text=quote)
        ctx.edge(etype, pid, sid, [ctx.source(a, b)])


# a turn written after its speaker's name and a colon: "- Bea Lund: I propose ..." (a dash after
# the name, "Igor Petrov – the FAQ ...", as often heads a topic the person raised: not read)
_LABEL = re.compile(r"[^\S\n]*(?:[-*\u2022][^\S\n]+)?(?P<name>[A-ZÁÉÍÓÚÑÜ][\w’'\-]+(?:[^\S\n]+[A-ZÁÉÍÓÚÑÜ][\w’'\-]+){0,3})"
                    r"[^\S\n]*:[^\S\n]+(?=\S)")


@lru_cache(maxsize=1)
def _turn_stances() -> tuple:
    """data/lang/*/statements.yaml `turn_*`, compiled: ((edge type, regex), ...), objections first."""
    raw = lexicon("statements")
    return tuple((etype, re.compile("|".join(f"(?:{w})" for w in raw[key])))
                 for etype, key in (("OBJECTED", "turn_objected"), ("SUPPORTED", "turn_supported"),
                                    ("PROPOSED", "turn_proposed")) if raw.get(key))


def labelled_turns(ctx: Context) -> None:
    """Minutes that write each turn on its own line after the speaker's name and a colon
    ("- Bea Lund: I propose to publish a release candidate first."): a Statement of what the
    person said, from the name to the line's end, SAID by the person, or PROPOSED / SUPPORTED /
    OBJECTED when the turn's words say so (data/lang/*/statements.yaml `turn_*`). The name must
    be a person the document already has; lines the speaker rules already read are left alone."""
    from loaders.motions import resolve_person
    said = _said_spans(ctx)
    stances = _turn_stances()
    for block in ctx.structure.blocks:
        if block.kind not in ("paragraph", "item"):
            continue
        at = block.start
        while at < block.end:
            nl = ctx.text.find("\n", at, block.end)
            line_end = block.end if nl < 0 else nl
            m = _LABEL.match(ctx.text, at, line_end)
            if m:
                pid = resolve_person(ctx, m.start("name"), m.end("name"), create=False)
                a, b = trim(ctx.text, m.start("name"), line_end)
                if pid and b - m.end() >= 8 and not said.covers(a, b):
                    turn = " ".join(fold_same_length(ctx.text[m.end():b]).split())
                    etype = next((t for t, rx in stances if rx.search(turn)), "SAID")
                    sid = f"statement:{ctx.doc}:{block.ordinal}:t{a}"
                    quote = ctx.text[a:b]
                    ctx.batch.add_node(sid, "Statement",
                                       f"{ctx.batch.nodes[pid].name}: {' '.join(quote.split())[:60]}",
                                       [ctx.source(a, b)], doc=ctx.doc, text=quote)
                    ctx.edge(etype, pid, sid, [ctx.source(a, b)])
            at = line_end + 1


@lru_cache(maxsize=1)
def _clause_rules() -> tuple:
    """data/lang/*/statements.yaml `clause_*` and `proposed_if`, compiled over tagged text:
    ((edge type, regex with group `who`, whether the whole match is the quote), ...), objections first. An actor opens a clause (at
    the head of the sentence, after a comma or semicolon, after "but", "and", "while",
    "pero", "y", "mientras que", or after a short opening adjunct without a comma: "On paragraph
    9 the X delegation felt that ... should") and takes the position its words say; or something "would be
    acceptable to" it "if" a condition is met (`proposed_if`, `proposed_if_condition`), and it
    proposed the condition."""
    from loaders.patterns import compile_pattern
    raw = lexicon("statements")
    lead = (r"(?:^|[,;:]\s+|\b(?:but|and|while|whereas|although|pero|y|e|mientras que|aunque)\s+"
            # an opening adjunct without a comma: "On paragraphs 17 and 18 the X delegation felt"
            r"|^(?:on|regarding|concerning|as regards|with regard to|en cuanto al?|respecto (?:de|del|a|al)|sobre|"
            r"en relacion con)\s+[^,;:⟦]{1,60}?\s+)"
            r"(?:(?:the|la|el|las|los)\s+)?(?:(?:delegacion(?:es)?|delegations?|representantes?|"
            r"representatives?|gobierno|government)\s+(?:de|del|of)\s+(?:(?:la|el|the)\s+)?)?"
            r"{ACTOR+:who}(?:\s+(?:delegation|delegations|government|representatives?))?\s+"
            r"(?:(?:also|further|then|tambien|ademas)\s+)?")
    out = []
    for etype, key in (("OBJECTED", "clause_objected"), ("SUPPORTED", "clause_supported"),
                       ("PROPOSED", "clause_proposed")):
        if raw.get(key):
            out.append((etype, compile_pattern(lead + "(?:%s)" % "|".join(f"(?:{w})" for w in raw[key])), False))
    if raw.get("proposed_if") and raw.get("proposed_if_condition"):
        # "Paragraph 10 would be acceptable to the X delegation if ...": the condition is proposed
        out.append(("PROPOSED", compile_pattern(
            r"\b(?:%s)\s+(?:(?:the|la|el|las|los)\s+)?(?:(?:delegacion(?:es)?|delegations?)\s+(?:de|del|of)\s+"
            r"(?:(?:la|el|the)\s+)?)?{ACTOR+:who}(?:\s+(?:delegation|delegations|government))?,?\s+(?:%s)"
            % ("|".join(f"(?:{w})" for w in raw["proposed_if"]),
               "|".join(f"(?:{w})" for w in raw["proposed_if_condition"]))), True))
    return tuple(out)


def _said_spans(ctx: Context) -> Enclosing:
    """The (start, end) spans of the Statements already in the batch (the speaker rules'), built
    once so that each sentence asks whether one encloses it without reading them all."""
    return Enclosing({(x.start, x.end) for n in ctx.batch.nodes.values() if n.kind == "Statement"
                      for x in n.sources})


def _prose_sentences(ctx: Context):
    """(block, k, start, end) for the k-th sentence (from 1) of every paragraph and list item."""
    for block in ctx.structure.blocks:
        if block.kind in ("paragraph", "item"):
            for k, (s, e) in enumerate(sentences(ctx.text, block.start, block.end,
                                                 ctx.patterns.abbreviations), 1):
                yield block, k, s, e



def clause_statement(ctx: Context, ordinal: int, k: int, a: int, b: int, speaker: str) -> str:
    """The id of the Statement node of clause `k` of passage `ordinal`, text[a:b], added to the
    batch if it is not there yet, named after `speaker` (an entity id) and the clause's first 60
    characters; also used by loaders.proposal_authors for a proposal no decision adopts."""
    sid = f"statement:{ctx.doc}:{ordinal}:c{k}"
    if sid not in ctx.batch.nodes:
        quote = ctx.text[a:b]
        first = ctx.gazetteer.get(speaker)
        name = f"{first.name if first else speaker}: {' '.join(quote.split())[:60]}"
        ctx.batch.add_node(sid, "Statement", name, [ctx.source(a, b)], doc=ctx.doc, text=quote)
    return sid

def clause_positions(ctx: Context) -> None:
    """An actor that proposes, supports or objects inside a sentence the speaker rules did not
    read ("..., but the New Zealand delegation had certain reservations on the principle",
    "Ecuador secundó la propuesta"; the author of a proposal: loaders.proposal_authors) → a
    Statement (the sentence) with PROPOSED / SUPPORTED / OBJECTED from that actor (its source the
    actor's clause words). One position per actor and sentence, objections first."""
    rules = _clause_rules()
    if not rules:
        return
    said = _said_spans(ctx)
    for block, k, s, e in _prose_sentences(ctx):
        items = ctx.items_by_block.get(block.ordinal, [])
        if not items:
            continue
        a, b = trim(ctx.text, s, e)
        if said.covers(a, b) or not any(a <= it.start < b for it in items) \
                or _motion_line(fold_same_length(ctx.text[a:b])):
            continue
        tagged = Tagged.build(ctx.text, a, b, items)
        found: dict[str, tuple[str, tuple[int, int]]] = {}
        for etype, rx, whole in rules:
            for m in rx.finditer(tagged.s):
                for it in tagged.group_items(m, "who"):
                    for actor in it.ids:
                        at = m.start() if whole else m.start("who")
                        found.setdefault(actor, (etype, tagged.span(at, m.end())))
        if not found:
            continue
        sid = clause_statement(ctx, block.ordinal, k, a, b, next(iter(found)))
        for actor, (etype, span) in found.items():
            if actor in ctx.batch.nodes:
                ctx.edge(etype, actor, sid, [ctx.source(*span)])


@lru_cache(maxsize=1)
def _request_words() -> tuple[re.Pattern, ...]:
    """data/lang/*/statements.yaml `request_first_plural`, compiled over folded text; each names
    its requesting verb as group `verb` ("solicitamos", "we call on")."""
    return tuple(re.compile(w, re.S) for w in lexicon("statements").get("request_first_plural") or [])


_QUALIFIER = re.compile(r"\s+(?:de|del|de la|de los|de las|of|of the)\s+$")
_BULLET = re.compile(r"[-*\u2022\u2013\s]+")


def collective_requests(ctx: Context) -> None:
    """A request the writers make in the first person plural, naming themselves before the verb
    ("Las organizaciones integrantes del Comité de Estado Abierto solicitamos: * Un espacio formal
    ... * ...", "We, the members of the Coastal Network, call on the ministry to ..."): each list
    item the request opens (a request ending in a colon), else the sentence itself, is a
    Statement PROPOSED by the actors named before the verb; an actor that only qualifies the one
    before it ("Comité X de la Alianza Y") is not one of them. The edge's sources are the
    makers' words up to the verb and the statement. Sentences another rule read are left alone."""
    from loaders.patterns import ACTORS
    rules = _request_words()
    if not rules:
        return
    said = _said_spans(ctx)
    blocks = ctx.structure.blocks
    for block in blocks:
        if block.kind not in ("paragraph", "item", "heading"):
            continue
        actors = sorted((it for it in ctx.items_by_block.get(block.ordinal, []) if it.kind in ACTORS),
                        key=lambda it: it.start)
        if not actors:
            continue
        actor_starts = [it.start for it in actors]
        for k, (s, e) in enumerate(sentences(ctx.text, block.start, block.end, ctx.patterns.abbreviations), 1):
            folded = fold_same_length(ctx.text[s:e])
            m = next((m for rx in rules for m in [rx.search(folded)] if m), None)
            if m is None:
                continue
            verb = s + m.start("verb")
            makers: list[str] = []
            previous = None
            # the sentence's actors before the verb, found by bisection: one block may be a whole
            # one-line document, and a walk over its items per sentence grew with its square
            for it in (it for it in actors[bisect_left(actor_starts, s):bisect_left(actor_starts, verb)]
                       if it.end <= verb):
                if previous is not None and _QUALIFIER.fullmatch(" " + fold_same_length(ctx.text[previous.end:it.start]).strip() + " "):
                    previous = it
                    continue        # "de la Alianza ..." names whose committee it is
                makers += [i for i in it.ids if i in ctx.batch.nodes]
                previous = it
            makers = list(dict.fromkeys(makers))
            if not makers:
                continue
            a, b = trim(ctx.text, s, e)
            if said.covers(a, b):
                continue
            asked = ctx.source(a, verb + len(m.group("verb")))
            if ctx.text[s:e].rstrip().endswith(":"):
                targets = list(enumerate((x for x in blocks[block.ordinal:]
                                          if x.kind == "item" and x.parent == block.ordinal), 1))
                spans = []
                for j, x in targets:
                    lead = _BULLET.match(ctx.text, x.start, x.end)
                    spans.append((j, *trim(ctx.text, lead.end() if lead else x.start, x.end)))
            else:
                spans = [(0, a, b)]
            for j, ts, te in spans:
                if te <= ts:
                    continue
                sid = f"statement:{ctx.doc}:{block.ordinal}:r{k}" + (f".{j}" if j else "")
                quote = ctx.text[ts:te]
                first = ctx.batch.nodes[makers[0]]
                ctx.batch.add_node(sid, "Statement", f"{first.name}: {' '.join(quote.split())[:60]}",
                                   [ctx.source(ts, te)], doc=ctx.doc, text=quote)
                for actor in makers:
                    ctx.edge("PROPOSED", actor, sid, [asked, ctx.source(ts, te)] if j else [ctx.source(ts, te)])
