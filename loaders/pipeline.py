"""Text in, GraphBatch out: the loader's one entry point (and the only place that reads a file).

`extract` is pure: the same text and id always give the same batch, which is what lets tests
run it on a paragraph, a variant or random text. Order: structure → mentions → relations →
curated facts → validation. It must not talk to a store; stores take the batch.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from graph.batch import CURATED_DOC, GraphBatch, Source, passage_id
from loaders.context import add_entity_node
from loaders.errors import SourceError
from loaders.facts import load_facts, place_facts
from loaders.gazetteer import Gazetteer, load_gazetteer
from loaders.meeting import meeting_name
from loaders.mentions import link_mentions
from loaders.patterns import load_patterns
from loaders.reading import ReadDocument, read_document
from loaders.read import normalise
from loaders.relations import extract_relations
from loaders.structure import DocumentStructure, parse_document


def _passage_source(doc: DocumentStructure, ordinal: int) -> Source:
    b = doc.block(ordinal)
    return Source(doc.doc_id, b.section, b.ordinal, b.start, b.end, doc.text[b.start:b.end])


def _lexical(doc: DocumentStructure, batch: GraphBatch, read: ReadDocument | None) -> None:
    """The Document node (with what reading the file told: format, language, pages, the
    file's sha256) and one Passage per block, each with the page it starts on."""
    title = doc.title or doc.doc_id
    sha = read.sha256 if read is not None else hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    batch.add_node(doc.doc_id, "Document", title, title=title, date=doc.date, place=doc.place,
                   path=Path(doc.path).name if doc.path else None, sha256=sha, text=doc.text,
                   format=read.format if read else None, language=read.language if read else None,
                   page_count=read.page_count if read else None)
    for b in doc.blocks:
        pid = passage_id(doc.doc_id, b.ordinal)
        src = _passage_source(doc, b.ordinal)
        batch.add_node(pid, "Passage", f"{doc.doc_id} §{b.section} ¶{b.ordinal}", [src],
                       doc=doc.doc_id, section=b.section, paragraph=b.ordinal, ordinal=b.ordinal,
                       char_start=b.start, char_end=b.end, text=src.quote, number=b.number,
                       subtype=b.kind, page=read.page_at(b.start) if read else None)
        batch.add_edge("IN_DOCUMENT", pid, doc.doc_id, [src])


def _meeting(doc: DocumentStructure, batch: GraphBatch, gazetteer: Gazetteer) -> None:
    """The meeting the document reports is an Event of its own, held on the document's date,
    named as the title or the acta heading names it (meeting.meeting_name), else by the title."""
    ent = next((e for e in gazetteer.entities.values() if e.doc_local and e.kind == "Event"), None)
    if ent is None:
        return
    ent = ent.for_document(doc.doc_id, doc.title)
    add_entity_node(batch, ent, [])
    node = batch.nodes[ent.id]
    named = meeting_name(doc, load_patterns())
    if named:
        name, s, e = named
        block = doc.block_at(s)
        node.name = name
        batch.add_node(ent.id, "Event", name,
                       [Source(doc.doc_id, block.section, block.ordinal, s, e, doc.text[s:e])])
        if doc.title and doc.title != name:
            node.properties["aliases"] = list(dict.fromkeys(
                (node.properties.get("aliases") or []) + [doc.title]))
    date_block = next((b for b in doc.blocks if b.kind == "date"), None)
    if doc.date and date_block:
        from loaders.dates import resolve
        value = resolve(date_block.text)
        src = _passage_source(doc, date_block.ordinal)
        if value:
            batch.add_node(value.id, "Date", value.name, [src], date=value.iso,
                           date_end=value.end.isoformat(), precision=value.precision)
            batch.add_edge("HELD_ON", ent.id, value.id, [src])


def _mentions(doc: DocumentStructure, batch: GraphBatch, gazetteer: Gazetteer, mentions) -> None:
    for m in mentions:
        ent = gazetteer.get(m.entity) or next(
            (e.for_document(doc.doc_id, doc.title) for e in gazetteer.entities.values()
             if e.doc_local and e.for_document(doc.doc_id).id == m.entity), None)
        src = Source(doc.doc_id, m.section, m.ordinal, m.start, m.end, m.quote)
        add_entity_node(batch, ent, [src])
        if ent.doc_local:
            batch.add_edge("MENTIONS", passage_id(doc.doc_id, m.ordinal), ent.id, [src])


def _facts(doc: DocumentStructure, batch: GraphBatch, gazetteer: Gazetteer, facts) -> None:
    for fact, s, e in place_facts(doc.text, doc.doc_id, facts):
        block = doc.block_at(s)
        src = Source(doc.doc_id, block.section, block.ordinal, s, e, doc.text[s:e])
        for end in (fact.source, fact.target):
            ent = gazetteer.get(end)
            if ent is None and end not in batch.nodes:
                raise SourceError("facts.yaml", fact.line, f"unknown entity {end!r}")
            if ent is not None:
                add_entity_node(batch, ent, [src])
        batch.add_edge(fact.type, fact.source, fact.target, [src], role=fact.role,
                       on_behalf_of=fact.on_behalf_of)


def _curated(batch: GraphBatch, gazetteer: Gazetteer) -> None:
    """Gazetteer facts touching an entity this document names (never attributed to it)."""
    present = {i for i, n in batch.nodes.items() if n.sources and not n.properties.get("doc")}
    for f in gazetteer.facts:
        if f.source in present or f.target in present:
            for end in (f.source, f.target):
                if end not in batch.nodes:
                    add_entity_node(batch, gazetteer.get(end), [])
            batch.add_edge(f.type, f.source, f.target, doc=CURATED_DOC, curated=True,
                           reference=f.reference, role=f.role)


def extract(text: str, doc_id: str, path: str = "", gazetteer: Gazetteer | None = None,
            facts=None, curation: bool = True, read: ReadDocument | None = None) -> GraphBatch:
    """The graph batch of one document; raises SourceError when the text cannot be trusted.

    `curation=False` switches off every per-document curated input (the facts of data/facts.yaml
    keyed to this document, whatever `facts` says), so the batch is what the general extractor
    finds on its own: what `actagraph evaluate --general` measures. Shared knowledge (the
    gazetteer and its curated edges, which evaluation ignores) is still used.
    `read` is the file as loaders.reading read it (its `text` must be `text`): it gives the
    document's own title, date, language, format and pages, and every source its page."""
    text = normalise(text)
    if not text.strip():
        raise SourceError(Path(path).name if path else doc_id, 1, "the text is empty")
    gazetteer = gazetteer or load_gazetteer()
    if not curation:
        facts = ()
    facts = load_facts() if facts is None else facts
    doc = parse_document(text, doc_id, path, read=read)
    batch = GraphBatch(doc_id)
    _lexical(doc, batch, read)
    mentions = link_mentions(doc, gazetteer)
    _mentions(doc, batch, gazetteer, mentions)
    _meeting(doc, batch, gazetteer)
    extract_relations(doc, mentions, gazetteer, batch, load_patterns())
    _facts(doc, batch, gazetteer, facts)
    _curated(batch, gazetteer)
    if read is not None and read.pages:
        batch.set_pages(read.page_at)
    batch.validate()
    return batch


def load_file(path, curation: bool = True) -> GraphBatch:
    """The graph batch of one file (.pdf, .docx, .md, .html, .txt), id = the file's stem;
    `curation` as in `extract`; raises SourceError (one line) when the file cannot be read."""
    path = Path(path)
    read = read_document(path)
    return extract(read.text, path.stem, str(path), curation=curation, read=read)
