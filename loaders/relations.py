"""Relations read from the text: who said what, who belongs to what, who must do what by when.

The document is tagged once (context), then each component adds one kind of fact, in this
order: dates and collectives' members as nodes, the data rules (rules), statements,
commitments, their discussion in the report (discussion, which needs the commitments), and
signature blocks. The order fixes node and edge order in the batch, so it must not change
casually. Each fact keeps the exact span it was read from. No component may read files other
than the rule data, nor invent facts without a span (curated facts come from the gazetteer or
data/facts.yaml, never from here). This module only runs the components.
"""
from __future__ import annotations

from graph.batch import GraphBatch
from loaders.commitments import extract_commitments
from loaders.context import add_entity_node, add_placeholder_nodes, build_context
from loaders.discussion import _light_stem, link_discussions, unmatched
from loaders.gazetteer import Gazetteer
from loaders.meeting import _contract, meeting_name
from loaders.mentions import Mention
from loaders.patterns import Patterns, load_patterns
from loaders.rules import apply_rules
from loaders.signatories import link_signatories
from loaders.statements import extract_statements
from loaders.structure import DocumentStructure

# what callers and tests have always imported from here
__all__ = ["extract_relations", "unmatched", "load_patterns", "meeting_name", "add_entity_node",
           "_contract", "_light_stem"]


def extract_relations(structure: DocumentStructure, mentions: list[Mention], gazetteer: Gazetteer,
                      batch: GraphBatch, patterns: Patterns | None = None) -> GraphBatch:
    """Add every rule-read fact of the document to `batch` (which already holds its passages)."""
    ctx = build_context(structure, mentions, gazetteer, batch, patterns or load_patterns())
    add_placeholder_nodes(ctx)
    apply_rules(ctx)
    extract_statements(ctx)
    spans = extract_commitments(ctx)
    link_discussions(ctx, spans, mentions)
    link_signatories(ctx)
    return batch
