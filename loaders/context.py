"""The extraction context: one document tagged once, and the one way components write facts.

Every component reads the same placeholders and parties and adds to the same batch through
`Context.edge`, which quietly drops a fact whose end is no node (an entity the gazetteer lacks)
or that links a thing to itself; sources are trimmed here, so quotes never carry markup. This
module must not read rules into facts; the components do that.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from graph.batch import GraphBatch, Source
from loaders.gazetteer import Gazetteer
from loaders.mentions import Mention
from loaders.patterns import ACTORS, Patterns
from loaders.spans import ByStart, sentences, trim
from loaders.structure import DocumentStructure
from loaders.tagging import Item, Tagged, block_items


@dataclass
class Context:
    """The document being extracted and everything the components have added so far.

    The pipeline fills it in order: `structure` (parsed), `mentions` (entity links),
    `items_by_block`/`parties`/`reference`/`nested` (tagging), `commitments` (commitment spans);
    `batch` is the output every component writes to.
    """

    structure: DocumentStructure
    gazetteer: Gazetteer
    patterns: Patterns
    batch: GraphBatch
    items_by_block: dict = field(default_factory=dict)
    parties: list = field(default_factory=list)
    reference: date | None = None
    nested: dict = field(default_factory=dict)     # ordinal -> mentions inside other mentions
    mentions: list = field(default_factory=list)
    commitments: list = field(default_factory=list)
    found: list = field(default_factory=list)      # persons' post phrases (loaders.entities)
    facts: tuple = ()                              # document curation (loaders.facts)
    curation: bool = True
    metadata: dict = field(default_factory=dict)
    read: object = None                            # loaders.reading.ReadDocument, when a file was read
    persons_listed: bool = False                   # the text itself says which persons took part (loaders.taking_part)
    _mention_index: tuple = field(default=((), None), repr=False, compare=False)
    # lookups one component builds for itself (an index of the batch's node names, say), keyed by
    # their maker; the pipeline empties it after each component, so no component reads an index
    # another component's renames or deletions made stale
    step_memo: dict = field(default_factory=dict, repr=False, compare=False)

    def memo(self, key, build):
        """`step_memo[key]`, made by `build()` the first time the running component asks."""
        if key not in self.step_memo:
            self.step_memo[key] = build()
        return self.step_memo[key]

    @property
    def doc(self) -> str:
        return self.structure.doc_id

    @property
    def text(self) -> str:
        return self.structure.text

    def tagged_sentences(self, skip: tuple[str, ...] = ("signature",)):
        """Every sentence of the blocks whose kind is not in `skip`, in document order, as
        (block, start, end, Tagged): the sentence's text with the entity items of its block
        tagged (loaders.tagging.Tagged). Offsets are into `text`; raises nothing."""
        for block in self.structure.blocks:
            if block.kind in skip:
                continue
            items = self.items_by_block.get(block.ordinal, [])
            for s, e in sentences(self.text, block.start, block.end, self.patterns.abbreviations):
                yield block, s, e, Tagged.build(self.text, s, e, items)

    @property
    def meeting_id(self) -> str:
        """The id of the node of the meeting the document records ("event:<doc>:meeting"); the
        batch holds that node only once loaders.pipeline.add_meeting has found a meeting."""
        return f"event:{self.doc}:meeting"

    def mentions_starting(self, lo: int, hi: int) -> list[Mention]:
        """The mentions with lo <= start < hi (character offsets into `text`), in the order of
        `mentions` (document order, a nested mention after the one it is inside), looked up in a
        loaders.spans.ByStart index built once per mentions list: components ask this per person
        or per sentence, and a walk over every mention each time grew with the square of a long
        document."""
        key, index = self._mention_index
        if key != (id(self.mentions), len(self.mentions)):
            index = ByStart(self.mentions)
            self._mention_index = ((id(self.mentions), len(self.mentions)), index)
        return index.within(lo, hi)

    def source(self, start: int, end: int) -> Source:
        block = self.structure.block_at(start) or self.structure.blocks[0]
        start, end = trim(self.text, start, end)
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

    def meeting_participants(self, kinds: tuple[str, ...] | None = None,
                             observers: bool = False) -> list[str]:
        """The ids of the batch's nodes that take part in the document's meeting (PARTICIPATES_IN
        `meeting_id`), once each in the order their edges were added: only those of `kinds`
        (every kind when None), and observers too only when `observers`."""
        nodes = self.batch.nodes
        return list(dict.fromkeys(
            e.source for e in self.batch.edges.values()
            if e.type == "PARTICIPATES_IN" and e.target == self.meeting_id
            and (observers or e.properties.get("role") != "observer")
            and e.source in nodes and (kinds is None or nodes[e.source].kind in kinds)))


def add_entity_node(batch: GraphBatch, ent, sources) -> None:
    aliases = list(dict.fromkeys(a.removeprefix("=") for a in ent.aliases))   # "=": case-sensitive
    props = dict(subtype=ent.subtype, name_en=ent.name_en, acronym=ent.acronym,
                 aliases=aliases or None, post=ent.post, curated=ent.curated or None)
    if ent.doc_local:
        props["doc"] = batch.document
        props.pop("curated")
        if ent.kind == "Event" and not props.get("subtype"):
            props.pop("subtype")
    batch.add_node(ent.id, ent.kind, ent.name, sources, **props)


def document_parties(structure: DocumentStructure, mentions: list[Mention]) -> list[str]:
    """The conferences the document is about: those its title names, else all it names."""
    title_ord = next((b.ordinal for b in structure.blocks if b.kind == "title"), None)
    found = [m.entity for m in mentions if m.kind == "Conference" and m.ordinal == title_ord]
    if not found:
        found = [m.entity for m in mentions if m.kind == "Conference"]
    return list(dict.fromkeys(found))


def tag_document(ctx: Context) -> None:
    """Tag the document once; dates resolve against its own date ("mañana", "en noviembre")."""
    structure, mentions = ctx.structure, ctx.mentions
    # relative dates count from the meeting's last day ("en un plazo de noventa días")
    last = structure.date_end or structure.date
    ctx.reference = date.fromisoformat(last) if last else None
    ctx.parties = document_parties(structure, mentions)
    ctx.items_by_block = block_items(structure, mentions, ctx.gazetteer, ctx.patterns, ctx.parties,
                                     ctx.reference)
    ctx.nested = {}
    for m in mentions:
        if m.via and m.via.startswith("inside:"):
            ctx.nested.setdefault(m.ordinal, []).append(Item(m.kind, (m.entity,), m.start, m.end))


def build_context(structure: DocumentStructure, mentions: list[Mention], gazetteer: Gazetteer,
                  batch: GraphBatch, patterns: Patterns) -> Context:
    """A tagged context over already linked mentions (for callers outside the pipeline)."""
    ctx = Context(structure, gazetteer, patterns, batch, mentions=list(mentions))
    tag_document(ctx)
    return ctx


def add_placeholder_nodes(ctx: Context) -> None:
    """Every date the text names is a node, and so is every member of a collective it names,
    even when no rule uses them: the graph answers "what happens in April" from dates alone."""
    for its in ctx.items_by_block.values():
        for it in its:
            if it.kind == "Date":
                date_node(ctx, it)
            elif it.kind in ACTORS and len(it.ids) > 1:
                for i in it.ids:
                    ctx.ensure(i, [ctx.source(it.start, it.end)])


def date_node(ctx: Context, it: Item) -> None:
    v = it.date.value
    ctx.batch.add_node(v.id, "Date", v.name, [ctx.source(it.start, it.end)], date=v.iso,
                       date_end=v.end.isoformat(), precision=v.precision)
