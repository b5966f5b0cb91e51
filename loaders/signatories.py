"""Signature blocks: the signer represents the conference or organisation under the signature,
and a signer whose post names a presidency holds that conference's presidency.

A signature is a layout unit (structure.signatories), not a sentence, so the sentence rules
never see it whole. This module must not read anything but the signature blocks.
"""
from __future__ import annotations

import re

from loaders.context import Context
from loaders.read import fold_same_length


def link_signatories(ctx: Context) -> None:
    """A signature block: the person holds the post (a presidency) of the conference under it."""
    for sg in ctx.structure.signatories:
        items = [it for it in ctx.items_by_block.get(sg.ordinal, [])
                 if sg.start <= it.start < sg.end]
        people = [i for it in items if it.kind == "Person" for i in it.ids]
        owners = [i for it in items if it.kind in ("Conference", "Organization") for i in it.ids]
        src = [ctx.source(sg.start, sg.end)]
        post = fold_same_length(sg.post or "")
        for person in people:
            for owner in owners:
                ctx.edge("REPRESENTS", person, owner, src)
                if re.search(r"presiden", post):
                    for body in ctx.gazetteer.body_of(owner, "presidency"):
                        ctx.edge("HOLDS_POST", person, body, src)
