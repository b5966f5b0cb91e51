"""Relations read from the text: who said what, who belongs to what, who must do what by when.

Rules are data (data/patterns.yaml): each runs on a *tagged* sentence, the folded text with
every mention, collective phrase ("ambas troikas") and date replaced by a placeholder, so a
rule reads like the Spanish it matches. Each fact keeps the exact span it was read from. This
module must not read files other than its rule data, nor invent facts without a span (curated
facts come from the gazetteer or data/facts.yaml, never from here).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

from graph.batch import GraphBatch, Source
from loaders.dates import DateMention, find_dates
from loaders.errors import SourceError
from loaders.gazetteer import Gazetteer
from loaders.mentions import Mention
from loaders.read import fold
from loaders.structure import Block, DocumentStructure, load_layout

PATTERNS_PATH = Path(__file__).resolve().parents[1] / "data" / "patterns.yaml"
ACTORS = ("Country", "Conference", "Organization", "Body", "Person")
SLOT = re.compile(r"\{(?P<kinds>[A-Za-z|]+)(?:\[(?P<sub>\w+)\])?(?P<plus>\+)?(?::(?P<name>\w+))?\}")
PLACEHOLDER = re.compile(r"⟦(?P<kind>\w+)(?:/(?P<sub>\w+))?#(?P<idx>\d+)⟧")


# -- rules ---------------------------------------------------------------------------------------
def _slot_regex(m: re.Match) -> str:
    kinds = m.group("kinds").split("|")
    if kinds == ["ACTOR"]:
        kinds = list(ACTORS)
    sub = m.group("sub")
    one = "⟦(?:%s)%s#\\d+⟧" % ("|".join(kinds), "/" + sub if sub else r"(?:/\w+)?")
    body = f"{one}(?:(?:\\s*,\\s*|\\s+y\\s+|\\s+e\\s+){one})*" if m.group("plus") else one
    return f"(?P<{m.group('name')}>{body})" if m.group("name") else f"(?:{body})"


def compile_pattern(pattern: str) -> re.Pattern:
    return re.compile(SLOT.sub(_slot_regex, pattern))


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern
    edges: tuple


@dataclass(frozen=True, eq=False)
class Patterns:
    abbreviations: frozenset
    collectives: tuple
    rules: tuple
    speech_lead: int
    speech_verbs: re.Pattern
    country_verbs: re.Pattern
    stance: tuple
    subject: re.Pattern
    agents: tuple
    infinitive: re.Pattern
    deliverables: tuple
    event: re.Pattern
    event_name_end: re.Pattern
    due: tuple
    decision_sentence: re.Pattern
    decision_list_intro: re.Pattern
    decision_section: re.Pattern
    party_cues: tuple
    discussion: dict
    meeting: dict


@lru_cache(maxsize=None)
def load_patterns(path: Path = PATTERNS_PATH) -> Patterns:
    path = Path(path)
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        sp, cm = raw["speech"], raw["commitments"]
        verbs = "|".join(sorted((v.replace(" ", r"\s+") for v in sp["verbs"]), key=len, reverse=True))
        actor = _slot_regex(SLOT.match("{ACTOR:who}"))
        return Patterns(
            frozenset(raw["sentence"]["abbreviations"]),
            tuple((fold(c["phrase"]), c["kind"], c.get("subtype")) for c in raw["collectives"]),
            tuple(Rule(r["name"], compile_pattern(r["pattern"]), tuple(r["edges"]))
                  for r in raw["rules"]),
            int(sp["lead_chars"]),
            re.compile(r"^(?:(?!\bque\b)[^.]){0,%d}?%s(?:,\s+|\s+(?:se\s+|le\s+|les\s+)?)(?P<verb>%s)\b"
                       % (int(sp["lead_chars"]), actor, verbs)),
            re.compile(r"^(?:(?:el|la)\s+)?(?P<who>⟦Country#\d+⟧)\s+(?P<verb>%s)\b"
                       % "|".join(sp["country_verbs"])),
            tuple((etype, tuple(re.compile(p) for p in pats))
                  for etype, pats in sp["stance"].items()),
            compile_pattern(cm["subject"]),
            tuple(compile_pattern(p) for p in cm["agents"]),
            re.compile(cm["infinitive"]),
            tuple(compile_pattern(p) for p in cm["deliverables"]),
            re.compile(cm["event"]), re.compile(cm["event_name_end"]),
            tuple(compile_pattern(p) for p in cm["due"]),
            re.compile(cm["decision_sentence"]), re.compile(cm["decision_list_intro"]),
            re.compile(cm["decision_section"]),
            tuple((k, re.compile(v)) for k, v in cm["party_subtype_cues"].items()),
            raw["discussion"], _meeting_rules(raw["meeting"]))
    except (KeyError, TypeError, re.error) as exc:
        raise SourceError(path.name, 1, f"malformed patterns: {exc}") from exc


def _meeting_rules(cfg: dict) -> dict:
    return {"prefix": re.compile(cfg["name_prefix"]), "start": re.compile(cfg["name_start"]),
            "end": re.compile(cfg["name_end"]),
            "connectors": frozenset(fold(w) for w in cfg["acronym_connectors"])}


# -- the document's own meeting -------------------------------------------------------------------
def _contract(name: str, connectors: frozenset) -> str:
    """"Conferencia Regional sobre Migración (CRM)" → "CRM": a long form whose capitals spell the
    acronym in parentheses after it gives way to the acronym; anything else stays as written."""
    out = name
    for m in reversed(list(re.finditer(r"\s*\((?P<acr>[A-ZÑ]{2,10})\)", name))):
        need = list(fold(m.group("acr")))
        words = list(re.finditer(r"[^\W\d_]+", name[:m.start()]))
        start = None
        for w in reversed(words):
            word = w.group(0)
            if word[0].isupper():
                if fold(word[0]) != need[-1]:
                    break
                need.pop()
                if not need:
                    start = w.start()
                    break
            elif fold(word) not in connectors:
                break
        if start is not None:
            out = out[:start] + m.group("acr") + out[m.end():]
    return out


def meeting_name(structure: DocumentStructure, patterns: Patterns) -> tuple[str, int, int] | None:
    """The name of the meeting the document records, and the span it is read from.

    From the title, else a heading of the acta before its agreements (data/patterns.yaml
    `meeting`): report words off the front ("Informe de la"), the purpose or venue off the end
    ("para la elaboración de ...", ", celebrada en ..."), "Long Name (ACR)" shortened to "ACR".
    None when no such block names a meeting.
    """
    rules = patterns.meeting
    first = structure.agreements[0].ordinal if structure.agreements else None
    blocks = [b for b in structure.blocks if b.kind == "title"] + \
        [b for b in structure.blocks if b.section == "acta" and b.kind == "heading"
         and (first is None or b.ordinal < first)]
    for b in blocks:
        f = fold(b.text.replace("*", " "))
        m = rules["prefix"].match(f)
        a = m.end() if m else 0
        if not rules["start"].match(f, a):
            continue
        cut = rules["end"].search(f, a)
        s, e = _trim(structure.text, b.start + a, b.start + (cut.start() if cut else len(f)))
        name = _contract(" ".join(structure.text[s:e].replace("*", " ").split()), rules["connectors"])
        name = name.strip(" ,;:.")
        if name:
            return name[:1].upper() + name[1:], s, e
    return None


# -- tagged sentences ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Item:
    """One placeholder: a mention, a collective (several ids) or a date."""

    kind: str
    ids: tuple
    start: int
    end: int
    subtype: str | None = None
    date: DateMention | None = None


@dataclass
class Tagged:
    """A span of the document as folded text with placeholders, and the way back to offsets."""

    start: int
    end: int
    items: list
    s: str = ""
    starts: list = field(default_factory=list)
    ends: list = field(default_factory=list)

    @classmethod
    def build(cls, text: str, start: int, end: int, items: list) -> "Tagged":
        t = cls(start, end, [])
        pos = start
        inside = sorted((i for i in items if i.start >= start and i.end <= end), key=lambda i: i.start)
        chars, starts, ends = [], [], []
        for it in inside + [None]:
            stop = it.start if it else end
            for k in range(pos, stop):
                ch = text[k]
                if ch == "*":
                    continue
                chars.append(fold(ch) if not ch.isspace() else " ")
                starts.append(k)
                ends.append(k + 1)
            if it is None:
                break
            sub = f"/{it.subtype}" if it.subtype else ""
            ph = f"⟦{it.kind}{sub}#{len(t.items)}⟧"
            t.items.append(it)
            chars.extend(ph)
            starts.extend([it.start] * len(ph))
            ends.extend([it.end] * len(ph))
            pos = it.end
        t.s, t.starts, t.ends = "".join(chars), starts, ends
        return t

    def span(self, a: int, b: int) -> tuple[int, int]:
        if b <= a:
            return self.starts[a] if a < len(self.starts) else self.end, self.starts[a] if a < len(self.starts) else self.end
        return self.starts[a], self.ends[b - 1]

    def group_items(self, m: re.Match, name: str) -> list[Item]:
        g = m.group(name)
        return [self.items[int(p.group("idx"))] for p in PLACEHOLDER.finditer(g or "")]


# -- the extraction context ------------------------------------------------------------------------
@dataclass
class Context:
    structure: DocumentStructure
    gazetteer: Gazetteer
    patterns: Patterns
    batch: GraphBatch
    items_by_block: dict
    parties: list
    reference: date | None
    nested: dict = field(default_factory=dict)     # ordinal -> mentions inside other mentions

    @property
    def doc(self) -> str:
        return self.structure.doc_id

    @property
    def text(self) -> str:
        return self.structure.text

    def source(self, start: int, end: int) -> Source:
        block = self.structure.block_at(start) or self.structure.blocks[0]
        start, end = _trim(self.text, start, end)
        return Source(self.doc, block.section, block.ordinal, start, end, self.text[start:end])

    def ensure(self, entity_id: str, sources=()) -> bool:
        """Make sure an entity end is a node of the batch; False when it cannot be."""
        if entity_id in self.batch.nodes:
            node = self.batch.nodes[entity_id]
            if not node.properties.get("doc"):
                for s in sources:
                    if s not in node.sources:
                        node.sources.append(s)
            return True
        ent = self.gazetteer.get(entity_id)
        if ent is None:
            return False
        add_entity_node(self.batch, ent, list(sources))
        return True

    def edge(self, etype: str, src: str, dst: str, sources, **props) -> None:
        if src == dst or not self.ensure(src) or not self.ensure(dst):
            return
        self.batch.add_edge(etype, src, dst, list(sources), **props)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Quotes without the markup and blanks around them."""
    while start < end and text[start] in " \t\n*":
        start += 1
    while end > start and text[end - 1] in " \t\n*":
        end -= 1
    return start, end


def add_entity_node(batch: GraphBatch, ent, sources) -> None:
    props = dict(subtype=ent.subtype, name_en=ent.name_en, acronym=ent.acronym,
                 aliases=list(ent.aliases) or None, post=ent.post, curated=True)
    if ent.doc_local:
        props["doc"] = batch.document
        props.pop("curated")
        if ent.kind == "Event" and not props.get("subtype"):
            props.pop("subtype")
    batch.add_node(ent.id, ent.kind, ent.name, sources, **props)


def _collectives(block: Block, ctx_parties: list, gazetteer: Gazetteer, patterns: Patterns):
    folded = fold(block.text)
    out = []
    for phrase, kind, subtype in patterns.collectives:
        for m in re.finditer(r"\b%s\b" % re.escape(phrase), folded):
            if kind == "Conference":
                ids = tuple(ctx_parties)
            else:
                ids = tuple(b for p in ctx_parties for b in gazetteer.body_of(p, subtype))
            if ids:
                out.append(Item(kind, ids, block.start + m.start(), block.start + m.end(), subtype))
    return out


def _block_items(structure, mentions, gazetteer, patterns, parties, reference):
    """Placeholders per passage: mentions, collectives and dates, longest first, no overlap."""
    by_block: dict[int, list[Item]] = {}
    for m in mentions:
        ent = gazetteer.get(m.entity)
        subtype = ent.subtype if ent else None
        if subtype is None and m.entity.endswith(":acta"):
            subtype = "acta"
        by_block.setdefault(m.ordinal, []).append(Item(m.kind, (m.entity,), m.start, m.end, subtype))
    for block in structure.blocks:
        cands = by_block.get(block.ordinal, [])
        cands += _collectives(block, parties, gazetteer, patterns)
        cands += [Item("Date", (d.value.id,), d.start, d.end, None, d)
                  for d in find_dates(block.text, reference, block.start)]
        cands.sort(key=lambda i: (-(i.end - i.start), i.start))
        chosen: list[Item] = []
        for it in cands:
            if any(it.start < c.end and c.start < it.end for c in chosen):
                continue
            chosen.append(it)
        by_block[block.ordinal] = sorted(chosen, key=lambda i: i.start)
    return by_block


def sentences(text: str, start: int, end: int, abbreviations: frozenset) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end]; a period after an abbreviation does not cut."""
    out, s = [], start
    for m in re.finditer(r"[.!?](?=\s+[\"'*¿¡(]*[A-ZÁÉÍÓÚÑ])", text[start:end]):
        cut = start + m.end()
        word = re.search(r"([\w.]+)$", text[s:cut - 1])
        if word and fold(word.group(1)).lower() in abbreviations:
            continue
        out.append((s, cut))
        s = cut
        while s < end and text[s].isspace():
            s += 1
    if s < end:
        out.append((s, end))
    return out


def document_parties(structure: DocumentStructure, mentions: list[Mention]) -> list[str]:
    """The conferences the document is about: those its title names, else all it names."""
    title_ord = next((b.ordinal for b in structure.blocks if b.kind == "title"), None)
    found = [m.entity for m in mentions if m.kind == "Conference" and m.ordinal == title_ord]
    if not found:
        found = [m.entity for m in mentions if m.kind == "Conference"]
    return list(dict.fromkeys(found))


# -- rules over sentences -------------------------------------------------------------------------
def _resolve(ctx: Context, spec, tagged: Tagged, m: re.Match, block: Block) -> list[str]:
    if spec == "self_event":
        return [f"event:{ctx.doc}:meeting"]
    if isinstance(spec, str):
        if spec not in m.groupdict() or m.group(spec) is None:
            return []
        return [i for it in tagged.group_items(m, spec) for i in it.ids]
    if "body_of" in spec:
        owners = _resolve(ctx, spec["body_of"], tagged, m, block)
        return [b for o in owners for b in ctx.gazetteer.body_of(o, spec["subtype"])]
    if "context" in spec:
        limit = tagged.starts[m.start()] if m.start() < len(tagged.starts) else tagged.end
        for it in reversed(ctx.items_by_block.get(block.ordinal, [])):
            if it.end <= limit and it.kind == spec["context"] and \
                    (spec.get("subtype") is None or it.subtype == spec["subtype"]):
                return list(it.ids)
        return []
    if "all" in spec:
        return [i for it in tagged.group_items(m, spec["all"]) if it.kind in spec["kinds"]
                for i in it.ids]
    if "inside" in spec:
        # what the captured mentions name inside themselves ("sede de la OIM en Washington D.C.")
        outer = tagged.group_items(m, spec["inside"])
        return list(dict.fromkeys(
            i for it in ctx.nested.get(block.ordinal, []) if it.kind in spec["kinds"]
            and any(o.start <= it.start and it.end <= o.end for o in outer) for i in it.ids))
    if "new" in spec:
        # a name the gazetteer lacks ("reunidos ... en el Hotel Sheraton"): a node of this document
        if spec["new"] not in m.groupdict() or not m.group(spec["new"]):
            return []
        s, e = _trim(ctx.text, *tagged.span(*m.span(spec["new"])))
        name = " ".join(ctx.text[s:e].split()).strip(" ,;.")
        if not name:
            return []
        slug = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
        nid = f"{spec['kind'].lower()}:{ctx.doc}:{slug}"
        ctx.batch.add_node(nid, spec["kind"], name[:1].upper() + name[1:], [ctx.source(s, e)],
                           doc=ctx.doc)
        return [nid]
    return []


def apply_rules(ctx: Context) -> None:
    for block in ctx.structure.blocks:
        items = ctx.items_by_block.get(block.ordinal, [])
        for s, e in sentences(ctx.text, block.start, block.end, ctx.patterns.abbreviations):
            tagged = Tagged.build(ctx.text, s, e, items)
            for rule in ctx.patterns.rules:
                for m in rule.regex.finditer(tagged.s):
                    src = [ctx.source(*tagged.span(*m.span()))]
                    for spec in rule.edges:
                        froms = _resolve(ctx, spec["from"], tagged, m, block)
                        tos = _resolve(ctx, spec["to"], tagged, m, block)
                        behalf = _resolve(ctx, spec["on_behalf_of"], tagged, m, block) \
                            if spec.get("on_behalf_of") else [None]
                        for a in froms:
                            for b in tos:
                                ctx.edge(spec["type"], a, b, src, role=spec.get("role"),
                                         on_behalf_of=behalf[0] if behalf else None)


# -- statements -----------------------------------------------------------------------------------
def _stance(folded: str, patterns: Patterns) -> str | None:
    for etype, regexes in patterns.stance:
        if any(r.search(folded) for r in regexes):
            return etype
    return None


def extract_statements(ctx: Context) -> None:
    """Speaker sentences → Statement nodes with SAID / PROPOSED / SUPPORTED / OBJECTED."""
    p = ctx.patterns
    for block in ctx.structure.blocks:
        if block.kind not in ("paragraph", "item"):
            continue
        items = ctx.items_by_block.get(block.ordinal, [])
        opened: list[tuple[int, Item]] = []     # (sentence start, speaker)
        for s, e in sentences(ctx.text, block.start, block.end, p.abbreviations):
            tagged = Tagged.build(ctx.text, s, e, items)
            m = p.speech_verbs.match(tagged.s) or p.country_verbs.match(tagged.s)
            if not m:
                continue
            who = tagged.group_items(m, "who")[0]
            if opened and opened[-1][1].ids == who.ids:
                continue                        # the same speaker goes on
            opened.append((s, who))
        for k, (s, who) in enumerate(opened):
            e = opened[k + 1][0] if k + 1 < len(opened) else block.end
            s, e = _trim(ctx.text, s, e)
            quote = ctx.text[s:e]
            etype = _stance(fold(quote.replace("*", "")), p) or "SAID"
            sid = f"statement:{ctx.doc}:{block.ordinal}:{k + 1}"
            src = ctx.source(s, e)
            speaker = ctx.gazetteer.get(who.ids[0])
            name = f"{speaker.name if speaker else who.ids[0]}: {' '.join(quote.split())[:60]}"
            ctx.batch.add_node(sid, "Statement", name, [src], doc=ctx.doc, text=quote)
            for actor in who.ids:
                ctx.edge(etype, actor, sid, [src])


# -- commitments ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CommitmentSpan:
    id: str
    number: str
    group: str
    start: int
    end: int
    parent: str | None = None


def _content_start(text: str, start: int, end: int) -> int:
    m = load_layout().item_marker.match(fold(text[start:end]))
    return start + (m.end() if m else 0)


def acta_commitments(structure: DocumentStructure) -> list[CommitmentSpan]:
    out = []
    for a in structure.commitments:
        s = _content_start(structure.text, a.start, a.end)
        s, e = _trim(structure.text, s, a.end)
        out.append(CommitmentSpan(f"commitment:{structure.doc_id}:acta:{a.number}", a.number,
                                  a.group, s, e,
                                  f"commitment:{structure.doc_id}:acta:{a.parent}" if a.parent else None))
    return out


def report_decisions(structure: DocumentStructure, patterns: Patterns) -> list[CommitmentSpan]:
    """Decisions the report records outside the acta: "Se acuerda…", lists of agreements."""
    spans = []
    headings = {s.number: fold(s.title) for s in structure.sections}
    for b in structure.blocks:
        if b.section == "acta" or b.kind in ("title", "date", "heading", "signature"):
            continue
        if b.kind == "item":
            intro = structure.block(b.parent) if b.parent else None
            if (intro and patterns.decision_list_intro.search(fold(intro.text))) or \
                    patterns.decision_section.search(headings.get(b.section, "")):
                s = _content_start(structure.text, b.start, b.end)
                spans.append(_trim(structure.text, s, b.end))
                continue
        for s, e in sentences(structure.text, b.start, b.end, patterns.abbreviations):
            m = patterns.decision_sentence.search(fold(structure.text[s:e]))
            if m:
                cut = s + m.start() + (len(m.group(0)) - len(m.group(0).lstrip(", ")))
                spans.append(_trim(structure.text, cut, e))
    spans.sort()
    return [CommitmentSpan(f"commitment:{structure.doc_id}:report:{n}", str(n), "report", s, e)
            for n, (s, e) in enumerate(spans, 1)]


def signing_parties(ctx: Context) -> tuple[list[str], list[Source]]:
    """Who an agreement without a subject binds: the parties of the acta's preamble."""
    if not ctx.structure.agreements:
        return list(ctx.parties), []
    first = ctx.structure.agreements[0].ordinal
    layout = load_layout()
    intro = next((b for b in reversed(ctx.structure.blocks[:first - 1])
                  if any(p.search(fold(b.text)) for p in layout.agreements_intro)), None)
    if intro is None:
        return list(ctx.parties), []
    folded = fold(intro.text)
    m = next((p.search(folded) for p in layout.agreements_intro if p.search(folded)), None)
    src = [ctx.source(intro.start + m.start(), intro.start + m.end())] if m else []
    for subtype, cue in ctx.patterns.party_cues:
        if cue.search(folded):
            bodies = [b for p in ctx.parties for b in ctx.gazetteer.body_of(p, subtype)]
            if bodies:
                return bodies, src
    states = [i for it in ctx.items_by_block.get(intro.ordinal, []) if it.kind == "Country"
              for i in it.ids]
    signers = [i for sg in ctx.structure.signatories
               for it in ctx.items_by_block.get(sg.ordinal, [])
               if it.kind == "Country" and sg.start <= it.start < sg.end for i in it.ids]
    return (list(dict.fromkeys(signers)) or list(ctx.parties) or states), src


def extract_commitments(ctx: Context) -> list[CommitmentSpan]:
    p = ctx.patterns
    spans = acta_commitments(ctx.structure) + report_decisions(ctx.structure, p)
    # order in the document: "8.1" after "8", "10" after "9", whatever the engine sorts strings as
    order = {c.id: k for k, c in enumerate(sorted(spans, key=lambda c: (c.start, c.end)), 1)}
    parties, party_src = signing_parties(ctx)
    responsible: dict[str, tuple[list[str], list[Source], str | None]] = {}
    for c in spans:
        block = ctx.structure.block_at(c.start)
        quote = ctx.text[c.start:c.end]
        src = ctx.source(c.start, c.end)
        label = f"Acuerdo {c.number}" if c.group != "report" else f"Decisión {c.number} del informe"
        ctx.batch.add_node(c.id, "Commitment", label, [src], doc=ctx.doc, number=c.number,
                           text=quote, acta_group=c.group, ordinal=order[c.id])
        tagged = Tagged.build(ctx.text, c.start, c.end, ctx.items_by_block.get(block.ordinal, []))
        # who must act
        who: list[str] = []
        who_src: list[Source] = []
        role = None
        for rx in (p.subject,) + p.agents:
            for m in rx.finditer(tagged.s):
                ids = [i for it in tagged.group_items(m, "who") for i in it.ids]
                who += ids
                who_src.append(ctx.source(*tagged.span(*m.span("who"))))
        if not who and c.parent and c.parent in responsible:
            who, who_src, role = responsible[c.parent]
        elif not who:
            m = p.infinitive.match(tagged.s)
            if m:
                who, role = list(parties), "signing_party"
                who_src = [ctx.source(*tagged.span(*m.span("verb")))] + party_src
        responsible[c.id] = (who, who_src, role)
        for actor in dict.fromkeys(who):
            ctx.edge("RESPONSIBLE_FOR", actor, c.id, who_src, role=role)
        if c.parent:
            ctx.edge("PART_OF", c.id, c.parent, [src])
        # what it produces
        delivered = set()
        for rx in p.deliverables:
            for m in rx.finditer(tagged.s):
                for it in tagged.group_items(m, "d"):
                    delivered.update(it.ids)
                    for i in it.ids:
                        ctx.edge("DELIVERABLE", c.id, i, [ctx.source(*tagged.span(*m.span()))])
        m = p.event.match(tagged.s)
        if m:
            _commitment_event(ctx, c, tagged, m)
        # when
        for rx in p.due:
            for m in rx.finditer(tagged.s):
                for it in tagged.group_items(m, "d"):
                    for i in it.ids:
                        if it.kind == "Date":
                            _date_node(ctx, it)
                        ctx.edge("DUE", c.id, i, [ctx.source(*tagged.span(*m.span()))])
        # about what
        for it in tagged.items:
            if it.kind in ("Topic", "Instrument") and not (set(it.ids) & delivered) \
                    and it.subtype != "acta":
                for i in it.ids:
                    ctx.edge("CONCERNS", c.id, i, [ctx.source(it.start, it.end)])
    return spans


def _commitment_event(ctx: Context, c: CommitmentSpan, tagged: Tagged, m: re.Match) -> None:
    """A meeting an agreement calls for becomes an Event of this document."""
    a = m.start("what")
    end = ctx.patterns.event_name_end.search(tagged.s, m.end("what"))
    b = end.start() if end else len(tagged.s)
    s, e = tagged.span(a, b)
    name = ctx.text[s:e]
    name = " ".join(name.split())
    eid = f"event:{ctx.doc}:acta:{c.number}" if c.group != "report" else \
        f"event:{ctx.doc}:report:{c.number}"
    src = ctx.source(s, e)
    ctx.batch.add_node(eid, "Event", name[:1].upper() + name[1:], [src], doc=ctx.doc)
    ctx.edge("DELIVERABLE", c.id, eid, [src])
    for it in tagged.items:
        if it.start < s or it.end > e:
            continue
        if it.kind in ACTORS:
            for i in it.ids:
                ctx.edge("PARTICIPATES_IN", i, eid, [ctx.source(it.start, it.end)])
        elif it.kind == "Date":
            _date_node(ctx, it)
            ctx.edge("HELD_ON", eid, it.ids[0], [ctx.source(it.start, it.end)])


def _date_node(ctx: Context, it: Item) -> None:
    v = it.date.value
    ctx.batch.add_node(v.id, "Date", v.name, [ctx.source(it.start, it.end)], date=v.iso,
                       date_end=v.end.isoformat(), precision=v.precision)


# -- report vs acta --------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class DiscussionRules:
    """data/patterns.yaml `discussion`, compiled."""

    stop: frozenset
    synonyms: tuple            # (compiled folded phrase, replacement)
    cues: re.Pattern           # a passage that records a proposal or decision
    entity_kinds: frozenset    # kinds whose mentions count (the keys of `entity_weight`)
    cfg: dict
    anchor_synonyms: tuple = ()   # `anchor.synonyms`, applied to hyphen-joined folded text
    anchor_stop: frozenset = frozenset()    # `anchor.stopwords`, light-stemmed


@lru_cache(maxsize=None)
def _discussion_rules(patterns: Patterns) -> DiscussionRules:
    cfg = patterns.discussion
    return DiscussionRules(
        frozenset(fold(w) for w in cfg["stopwords"]),
        tuple((re.compile(r"\b%s\b" % fold(k)), fold(v)) for k, v in (cfg.get("synonyms") or {}).items()),
        re.compile("|".join(f"(?:{c})" for c in cfg["cues"])),
        frozenset(cfg["entity_weight"]), cfg,
        tuple((re.compile(r"\b%s\b" % fold(k)), fold(v))
              for k, v in {**(cfg.get("synonyms") or {}),
                           **(cfg["anchor"].get("synonyms") or {})}.items()),
        frozenset(_light_stem(fold(w), cfg["anchor"]["stem_chars"])
                  for w in cfg["anchor"].get("stopwords") or ()))


def _stem(word: str, n: int) -> str:
    """A crude Spanish stem: plural and gender endings off, then the first `n` letters."""
    for end in ("es", "s", "a", "o"):
        if len(word) > n and word.endswith(end):
            word = word[: -len(end)]
            break
    return word[:n]


def _terms(text: str, rules: DiscussionRules, items=(), offset: int = 0, head: int = 0) -> Counter:
    """Content-word stems, adjacent stem pairs (the wording) and linked entities of a span.

    With `head`, the first `head` content words (an agreement states its action first: "Crear
    un mecanismo de diálogo ...") are marked so the caller can weigh them more ("^" prefix).
    The words of a mention are replaced by its entity (and a date by its week), so a name counts
    once, as what it names, whatever words the passage uses for it.
    """
    cfg = rules.cfg
    chars = list(fold(text.replace("*", " ")))
    terms: Counter = Counter()
    for it in items:
        if it.kind == "Date":
            v = it.date.value
            if (v.end - v.start).days <= cfg["date_max_days"]:
                # same ISO week: "el último viernes de abril" meets "la última semana de abril"
                terms.update({"@week:%d-%d" % d.isocalendar()[:2] for d in (v.start, v.end)})
        elif it.kind in rules.entity_kinds:
            terms.update({f"@{i}" for i in it.ids})
        else:
            continue
        for k in range(max(0, it.start - offset), min(len(chars), it.end - offset)):
            chars[k] = " "
    folded = "".join(chars)
    for rx, canon in rules.synonyms:
        folded = rx.sub(canon, folded)
    words = [_stem(w, cfg["stem_chars"]) for w in re.findall(r"[a-z]+", folded)
             if len(w) >= cfg["min_token_chars"] and w not in rules.stop]
    terms.update(words)
    terms.update(f"{a}_{b}" for a, b in zip(words, words[1:]))
    terms.update(f"^{w}" for w in words[:head])
    return terms


def _span_items(ctx: Context, mentions_by_block: dict, start: int, end: int) -> list:
    """Every mention (nested ones too), collective and date inside [start, end)."""
    out = []
    for b in ctx.structure.blocks:
        if b.end <= start or b.start >= end:
            continue
        for it in ctx.items_by_block.get(b.ordinal, []) + mentions_by_block.get(b.ordinal, []):
            if start <= it.start and it.end <= end:
                out.append(it)
    return out


def rank_discussions(ctx: Context, spans: list[CommitmentSpan], mentions=()
                     ) -> dict[str, list[tuple[float, str, int, int]]]:
    """Every acta agreement's candidates, best first: [(score, candidate id, start, end)].

    Candidates are the report's recorded decisions and the passages that record a proposal or a
    decision (a cue of data/patterns.yaml `discussion.cues`). A candidate is scored by its best
    sentence, like a search engine: shared content-word stems, stem pairs and linked entities
    (same bodies, events, instruments, topics, organisations; dates in the same week), each
    weighted by its rarity among all candidate sentences and by its kind, the agreement's first
    words (its action) weighing more; normalised as a cosine (`length_damping` 0.5;
    lower spares long sentences).
    """
    rules = _discussion_rules(ctx.patterns)
    cfg = rules.cfg
    acta = [c for c in spans if c.group != "report"]
    decisions = [c for c in spans if c.group == "report"]
    nested: dict[int, list[Item]] = {}
    for m in mentions:
        if m.via:
            nested.setdefault(m.ordinal, []).append(Item(m.kind, (m.entity,), m.start, m.end))
    candidates: list[tuple[str, int, int]] = [(d.id, d.start, d.end) for d in decisions]
    for b in ctx.structure.blocks:
        if b.section in ("acta", "0") or b.kind not in ("paragraph", "item"):
            continue
        covered = sum(min(b.end, d.end) - max(b.start, d.start) for d in decisions
                      if d.start < b.end and b.start < d.end)
        if covered >= 0.5 * (b.end - b.start):
            continue
        if not rules.cues.search(fold(b.text.replace("*", ""))):
            continue
        candidates.append((f"passage:{ctx.doc}:{b.ordinal}", b.start, b.end))
    if not acta or not candidates:
        return {}
    units: list[tuple[int, Counter]] = []          # (candidate index, terms of one sentence)
    for k, (cid, s, e) in enumerate(candidates):
        parts = [(s, e)] if cid.startswith("commitment:") else \
            sentences(ctx.text, s, e, ctx.patterns.abbreviations)
        for a, b in parts:
            units.append((k, _terms(ctx.text[a:b], rules, _span_items(ctx, nested, a, b), a)))
    n = len(units)
    df = Counter(t for _, terms in units for t in terms)
    kinds = {nid: node.kind for nid, node in ctx.batch.nodes.items()}
    kinds.update({eid: ent.kind for eid, ent in ctx.gazetteer.entities.items()})

    @lru_cache(maxsize=None)
    def weight(t: str) -> float:
        if df.get(t, 0) > cfg["max_df"] * n:
            return 0.0              # in most candidates: tells nothing about which one
        idf = max(0.0, math.log((n + 1) / (df.get(t, 0) + 0.5)))
        if t.startswith("@"):
            kind = "Date" if t.startswith("@week:") else kinds.get(t[1:], "")
            return idf * cfg["entity_weight"].get(kind, 1.0)
        return idf * (cfg["pair_weight"] if "_" in t else 1.0)

    norms = [math.sqrt(sum(weight(t) ** 2 for t in terms)) or 1.0 for _, terms in units]
    d = cfg["length_damping"]
    ref = sum(norms) / len(norms)       # a typical sentence: damping below 0.5 spares long ones
    ranking = {}
    for c in acta:
        own = _terms(ctx.text[c.start:c.end], rules, _span_items(ctx, nested, c.start, c.end),
                     c.start, cfg["head_words"])
        head = {t[1:] for t in own if t.startswith("^")}
        own_w = {t: weight(t) * (cfg["head_weight"] if t in head else 1.0)
                 for t in own if not t.startswith("^")}
        own_norm = math.sqrt(sum(v * v for v in own_w.values())) or 1.0
        best = [0.0] * len(candidates)
        for (k, terms), norm in zip(units, norms):
            shared = sum(v * weight(t) for t, v in own_w.items() if t in terms)
            if shared:
                best[k] = max(best[k], shared / (own_norm * norm ** (2 * d) * ref ** (1 - 2 * d)))
        scored = [(best[k], cid, s, e) for k, (cid, s, e) in enumerate(candidates)]
        scored.sort(key=lambda x: (-x[0], x[2]))
        ranking[c.id] = scored
    return ranking


def _light_stem(word: str, n: int) -> str:
    """A light Spanish stem for anchors: plural, then gender ending off, then `n` letters at
    most ("calendarios", "calendario" → "calendar"; "aprovechar", "aprovechando" → "aprovech")."""
    for end in ("es", "s"):
        if len(word) > 4 and word.endswith(end):
            word = word[: -len(end)]
            break
    if len(word) > 4 and word[-1] in "ao":
        word = word[:-1]
    return word[:n]


def _anchor_terms(text: str, rules: DiscussionRules, items=(), offset: int = 0,
                  head: int = 0, skip=frozenset()) -> set:
    """What may anchor a span to another: light stems of its content words, adjacent stem pairs,
    the entities of the `anchor.entity_kinds` it names and the weeks of its short dates. The
    words of actors' names (who speaks, who is charged) are no anchor. With `head`, only the
    first `head` content words count (an agreement states its action and object first)."""
    acfg = rules.cfg["anchor"]
    kinds = set(acfg["entity_kinds"])
    chars = list(fold(text.replace("*", " ")))
    out: set = set()
    for it in items:
        if it.kind == "Date":
            v = it.date.value
            if (v.end - v.start).days <= rules.cfg["date_max_days"]:
                out.update("@week:%d-%d" % d.isocalendar()[:2] for d in (v.start, v.end))
        elif it.kind in kinds:
            out.update(f"@{i}" for i in it.ids if i not in skip)
        if it.kind in ACTORS or it.kind == "Date":
            for k in range(max(0, it.start - offset), min(len(chars), it.end - offset)):
                chars[k] = " "
    folded = re.sub(r"(?<=[a-z])-(?=[a-z])", "", "".join(chars))
    for rx, canon in rules.anchor_synonyms:
        folded = rx.sub(canon, folded)
    words = [_light_stem(w, acfg["stem_chars"]) for w in re.findall(r"[a-z]+", folded)
             if len(w) >= rules.cfg["min_token_chars"] and w not in rules.stop]
    words = [w for w in words if w not in rules.anchor_stop]
    if head:
        words = words[:head]
    out.update(words)
    out.update(f"{a}_{b}" for a, b in zip(words, words[1:]))
    return out


def anchor_discussions(ctx: Context, spans: list[CommitmentSpan], mentions=(),
                       ranking: dict | None = None) -> dict[str, list[tuple[float, str, int, int]]]:
    """Every acta agreement's anchored candidates, best first: [(score, candidate id, start, end)].

    An agreement's *anchors* are its `anchor.count` rarest anchor terms (ties kept; see
    _anchor_terms, its first `anchor.head_words` content words only) by document frequency over
    the report's passages, among those `anchor.min_df`..`anchor.max_df` passages hold and at
    most `anchor.max_agreements` agreements share: what singles it out ("grupo ad-hoc",
    "calendario", a week).
    A candidate of rank_discussions (a report decision or a decision-like passage) that holds an
    anchor is kept, scored by the weight (idf) of the anchors it holds plus its rank_discussions
    score; an agreement that shares no anchor with any candidate keeps none.
    """
    rules = _discussion_rules(ctx.patterns)
    acfg = rules.cfg["anchor"]
    ranking = rank_discussions(ctx, spans, mentions) if ranking is None else ranking
    if not ranking:
        return {}
    nested: dict[int, list[Item]] = {}
    for m in mentions:
        if m.via:
            nested.setdefault(m.ordinal, []).append(Item(m.kind, (m.entity,), m.start, m.end))
    skip = frozenset(i for i, ent in ctx.gazetteer.entities.items()
                     if ent.subtype in acfg["skip_subtypes"])
    passages = [b for b in ctx.structure.blocks
                if b.section not in ("acta", "0") and b.kind in ("paragraph", "item")]
    df: Counter = Counter()
    for b in passages:
        df.update(_anchor_terms(ctx.text[b.start:b.end], rules,
                                _span_items(ctx, nested, b.start, b.end), b.start, skip=skip))
    n = len(passages) or 1
    max_df = acfg["max_df"] if acfg["max_df"] >= 1 else acfg["max_df"] * n
    acta = [c for c in spans if c.group != "report"]
    leaves = [c for c in acta if not any(o is not c and c.start <= o.start and o.end <= c.end
                                         for o in acta)]
    acta_df: Counter = Counter()       # what many agreements share singles none of them out
    for c in leaves:
        acta_df.update(_anchor_terms(ctx.text[c.start:c.end], rules,
                                     _span_items(ctx, nested, c.start, c.end), c.start, skip=skip))
    out = {}
    by_id = {c.id: c for c in spans}
    cand_terms: dict[str, set] = {}
    for cid_acta, scored in ranking.items():
        c = by_id[cid_acta]
        own = _anchor_terms(ctx.text[c.start:c.end], rules,
                            _span_items(ctx, nested, c.start, c.end), c.start, acfg["head_words"],
                            skip)
        pool = sorted((t for t in own if acfg["min_df"] <= df[t] <= max_df
                       and acta_df[t] <= acfg["max_agreements"]), key=lambda t: (df[t], t))
        if not pool:
            out[cid_acta] = []
            continue
        cut = df[pool[min(len(pool), acfg["count"]) - 1]]
        anchors = {t: math.log((n + 1) / df[t]) for t in pool if df[t] <= cut}
        kept = []
        for score, cid, s, e in scored:
            if cid not in cand_terms:
                cand_terms[cid] = _anchor_terms(ctx.text[s:e], rules,
                                                _span_items(ctx, nested, s, e), s, skip=skip)
            held = [w for t, w in anchors.items() if t in cand_terms[cid]]
            if held:
                kept.append((sum(held) / sum(anchors.values()) + acfg["score_weight"] * score, cid, s, e))
        kept.sort(key=lambda x: (-x[0], x[2]))
        out[cid_acta] = kept
    return out


def link_discussions(ctx: Context, spans: list[CommitmentSpan], mentions=()) -> None:
    """DISCUSSED_IN from each acta agreement to the report passages/decisions that discuss it.

    An agreement keeps its best `max_per_agreement` anchored candidates (anchor_discussions)
    that reach a share `anchor.relative` of its best; none when no candidate holds one of its
    anchors (it is then "not discussed": see unmatched).
    """
    cfg = ctx.patterns.discussion
    acfg = cfg["anchor"]
    for cid_acta, kept in anchor_discussions(ctx, spans, mentions).items():
        chosen = [k for k in kept[:cfg["max_per_agreement"]]
                  if k[0] >= acfg["relative"] * kept[0][0]]
        for score, cid, s, e in chosen:
            ctx.edge("DISCUSSED_IN", cid_acta, cid, [ctx.source(s, e)])


def unmatched(batch: GraphBatch) -> dict[str, list[str]]:
    """The report-vs-acta discrepancies, read from the graph as the saved queries read them.

    A discrepancy is the *absence* of DISCUSSED_IN (no property marks it):
    `acta_not_discussed`: acta agreements with no DISCUSSED_IN of their own nor through the
    agreement they are a task of (PART_OF); `report_not_in_acta`: report decisions
    (acta_group "report") that no DISCUSSED_IN points to.
    """
    discussed = {e.source for e in batch.edges.values() if e.type == "DISCUSSED_IN"}
    matched = {e.target for e in batch.edges.values() if e.type == "DISCUSSED_IN"}
    parent = {e.source: e.target for e in batch.edges.values() if e.type == "PART_OF"
              and batch.nodes.get(e.target) is not None and batch.nodes[e.target].kind == "Commitment"}
    commitments = sorted((n for n in batch.nodes.values() if n.kind == "Commitment"),
                         key=lambda n: (n.sources[0].start if n.sources else 0, n.id))
    acta = [n.id for n in commitments if n.properties.get("acta_group") != "report"]
    report = [n.id for n in commitments if n.properties.get("acta_group") == "report"]
    return {"acta_not_discussed": [a for a in acta if a not in discussed
                                   and parent.get(a) not in discussed],
            "report_not_in_acta": [r for r in report if r not in matched]}


# -- entry point -------------------------------------------------------------------------------------
def extract_relations(structure: DocumentStructure, mentions: list[Mention], gazetteer: Gazetteer,
                      batch: GraphBatch, patterns: Patterns | None = None) -> GraphBatch:
    """Add every rule-read fact of the document to `batch` (which already holds its passages)."""
    patterns = patterns or load_patterns()
    reference = date.fromisoformat(structure.date) if structure.date else None
    parties = document_parties(structure, mentions)
    items = _block_items(structure, mentions, gazetteer, patterns, parties, reference)
    nested: dict[int, list[Item]] = {}
    for m in mentions:
        if m.via and m.via.startswith("inside:"):
            nested.setdefault(m.ordinal, []).append(Item(m.kind, (m.entity,), m.start, m.end))
    ctx = Context(structure, gazetteer, patterns, batch, items, parties, reference, nested)
    for its in items.values():
        for it in its:
            if it.kind == "Date":
                _date_node(ctx, it)
            elif it.kind in ACTORS and len(it.ids) > 1:
                for i in it.ids:
                    ctx.ensure(i, [ctx.source(it.start, it.end)])
    apply_rules(ctx)
    extract_statements(ctx)
    spans = extract_commitments(ctx)
    link_discussions(ctx, spans, mentions)
    _signatories(ctx)
    return batch


def _signatories(ctx: Context) -> None:
    """A signature block: the person holds the post (a presidency) of the conference under it."""
    for sg in ctx.structure.signatories:
        items = [it for it in ctx.items_by_block.get(sg.ordinal, [])
                 if sg.start <= it.start < sg.end]
        people = [i for it in items if it.kind == "Person" for i in it.ids]
        owners = [i for it in items if it.kind in ("Conference", "Organization") for i in it.ids]
        src = [ctx.source(sg.start, sg.end)]
        post = fold(sg.post or "")
        for person in people:
            for owner in owners:
                ctx.edge("REPRESENTS", person, owner, src)
                if re.search(r"presiden", post):
                    for body in ctx.gazetteer.body_of(owner, "presidency"):
                        ctx.edge("HOLDS_POST", person, body, src)
