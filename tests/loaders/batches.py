"""What the loader tests do with a text written for them: extract it, check that every quote is
the text at its span, and pick out the ids a test asserts on.

Every loader test that extracts a text of its own goes through `read` (or `check_spans` on a
batch it extracted otherwise), so no fact escapes the provenance check. This module must not
decide what a test expects: it only extracts and selects.
"""
from __future__ import annotations

from graph.batch import GraphBatch
from loaders.pipeline import extract


def check_spans(batch: GraphBatch) -> None:
    """Assert that every source of every node, edge and derived mention quotes the document's
    text at its span (`text[start:end] == quote`); raises AssertionError naming the source."""
    text = batch.nodes[batch.document].properties["text"]
    for item in list(batch.nodes.values()) + list(batch.edges.values()) + batch.derived_mentions():
        for s in item.sources:
            assert text[s.start:s.end] == s.quote, s


def read(text: str, doc: str = "d", curation: bool = False) -> GraphBatch:
    """The batch of `text` as document `doc`, by general rules only unless `curation` (a
    document's own curation applies only where `doc` names one), its quotes checked."""
    batch = extract(text, doc, curation=curation)
    check_spans(batch)
    return batch


def pairs(batch: GraphBatch, etype: str, src: str | None = None, dst: str | None = None) -> set:
    """{(source id, target id)} of the edges of type `etype`, from `src` and to `dst` if given."""
    return {(e.source, e.target) for e in batch.edges.values() if e.type == etype
            and (src is None or e.source == src) and (dst is None or e.target == dst)}


def commitments(batch: GraphBatch) -> dict[str, str]:
    """{text: id} of the batch's Commitment nodes."""
    return {n.properties["text"]: i for i, n in batch.nodes.items() if n.kind == "Commitment"}


def bound(batch: GraphBatch, commitment: str) -> set[str]:
    """The ids of the actors RESPONSIBLE_FOR the commitment `commitment`."""
    return {s for s, _ in pairs(batch, "RESPONSIBLE_FOR", dst=commitment)}


def named(batch: GraphBatch, kind: str) -> dict:
    """{name: node} of the batch's nodes of `kind`."""
    return {n.name: n for n in batch.nodes.values() if n.kind == kind}


def persons(batch: GraphBatch) -> dict:
    """{id: node} of the batch's Person nodes."""
    return {n.id: n for n in batch.nodes.values() if n.kind == "Person"}


def posts(batch: GraphBatch, *ids: str) -> dict[str, str | None]:
    """{person id: post} of the persons `ids` (None for one without a post); KeyError for an id
    that is no Person of the batch."""
    people = persons(batch)
    return {i: people[i].properties.get("post") for i in ids}


def quote_of(batch: GraphBatch, etype: str, src: str, dst: str) -> str:
    """The first quote of the one edge of type `etype` from `src` to `dst` (AssertionError when
    there is none or more than one)."""
    found = [e for e in batch.edges.values() if e.type == etype and e.source == src and e.target == dst]
    assert len(found) == 1, found
    return found[0].sources[0].quote


def quotes_of(batch: GraphBatch, etype: str, src: str, dst: str) -> list[str]:
    """Every quote of every edge of type `etype` from `src` to `dst`, in the batch's order
    (empty when there is none); `read` has checked each against the text."""
    return [s.quote for e in batch.edges.values() if (e.type, e.source, e.target) == (etype, src, dst)
            for s in e.sources]
