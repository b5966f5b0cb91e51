"""The reference layer: curated facts as a batch of their own, never part of a document's graph.

Forum packs and document curation hold facts no document states (who the members of a
conference are, whose body is whose, who held a presidency in a given year). They are stored as
one batch, document id `reference` (graph.batch.CURATED_DOC), loaded by `actagraph load` beside
the documents: every edge carries curated=True, its `reference` and its validity
(`valid_from`/`valid_until`, ISO dates, absent when open), so queries can show them as what they
are. This module must not read documents, and a document's batch must never include these edges.
"""
from __future__ import annotations

from graph.batch import CURATED_DOC, GraphBatch
from loaders.context import add_entity_node
from loaders.gazetteer import Gazetteer, load_reference_gazetteer


def reference_batch(gazetteer: Gazetteer | None = None) -> GraphBatch:
    """Every curated fact of every knowledge layer, with the nodes at its ends (no sources)."""
    gazetteer = gazetteer or load_reference_gazetteer()
    batch = GraphBatch(CURATED_DOC)
    for f in gazetteer.facts:
        for end in (f.source, f.target):
            if end not in batch.nodes:
                add_entity_node(batch, gazetteer.get(end), [])
        batch.add_edge(f.type, f.source, f.target, doc=CURATED_DOC, curated=True,
                       reference=f.reference, role=f.role, valid_from=f.valid_from,
                       valid_until=f.valid_until)
    batch.validate()
    return batch
