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
