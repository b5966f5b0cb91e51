"""A state the text says joins or rejoins an organisation, a forum or a body ("Leaders welcomed
the return of the Republic of X to the Forum", "X's accession to the Organization", "la
adhesión de X a la Comunidad"): the state is MEMBER_OF it, citing the words that say so.

Cues are data/lang/*/members.yaml `joins` (tagged, folded text). A state leaving ("the
withdrawal of X from ...") is never read as a member. This module must not find states or
organisations, nor read who takes part in the meeting.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.context import Context
from loaders.lang import lexicon


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, ...]:
    """The `joins` cues of every language, compiled."""
    return tuple(re.compile(p) for p in lexicon("members").get("joins") or [])


def read_joined_members(ctx: Context) -> None:
    """The pipeline component: MEMBER_OF from each state to what the text says it joins or
    rejoins."""
    cues = _cues()
    if not cues:
        return
    for block, s, e, tagged in ctx.tagged_sentences():
        for cue in cues:
            for m in cue.finditer(tagged.s):
                src = [ctx.source(*tagged.span(*m.span()))]
                for state in tagged.group_items(m, "m"):
                    for whole in tagged.group_items(m, "org"):
                        for i in state.ids:
                            for j in whole.ids:
                                ctx.edge("MEMBER_OF", i, j, src)
