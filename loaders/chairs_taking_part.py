"""The person who presides the meeting the document records takes part in it ("The meeting was
chaired by H.E. Mr. A", "La reunión estuvo presidida por la señora B"): PARTICIPATES_IN, citing
what the PRESIDES edge cites. This module must not find who presides (loaders.frame does).
"""
from __future__ import annotations

from loaders.context import Context


def chairs_take_part(ctx: Context) -> None:
    """PARTICIPATES_IN for each Person that PRESIDES the document's meeting."""
    meeting = ctx.meeting_id
    if meeting not in ctx.batch.nodes:
        return
    for e in list(ctx.batch.edges.values()):
        if e.type == "PRESIDES" and e.target == meeting and e.source.startswith("person:"):
            ctx.edge("PARTICIPATES_IN", e.source, meeting, list(e.sources))
