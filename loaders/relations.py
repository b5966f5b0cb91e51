"""Compatibility names for callers that used to run the relation components from here.

The components and their order live in loaders.pipeline `COMPONENTS`; `extract_relations` runs
the relation part of that list over already linked mentions. This module must not add steps.
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
from loaders.signature_blocks import link_signatories
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
    ctx.commitments = extract_commitments(ctx)
    link_discussions(ctx, ctx.commitments, mentions)
    link_signatories(ctx)
    return batch
