"""The author of a proposal named with it: "on a proposal by Chile", "Chile's proposal", "a
proposal by the delegation of Peru", "at the initiative of Peru", "la propuesta de Paraguay",
"a iniciativa de la Secretaría" → PROPOSED from that actor.

What it proposed is the decision the sentence records when the sentence (or the item, or the
agreement) is a Commitment; otherwise the sentence, as the Statement of the positions it holds
(loaders.statements clause_positions gives it the same id). A sentence that is already someone
else's statement ("Paraguay se sumó a la propuesta de Bolivia", "Colombia supported Peru's
initiative") is left to that speaker: its author's proposal is what they talk about, not what
the sentence states. The words are data/lang/*/statements.yaml `proposed_by` (the author after
them) and `proposal_author` (the author inside the noun phrase). This module must not decide
what is a commitment nor who speaks; it runs after both are known.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from loaders.context import Context
from loaders.lang import lexicon
from loaders.spans import Enclosing, sentences, trim
from loaders.statements import clause_statement
from loaders.tagging import Tagged

# the words that may come between "proposal of" and its author: "of the delegation of", "del Gobierno de"
_DELEGATION = (r"(?:(?:the|la|el|las|los)\s+)?(?:(?:delegacion(?:es)?|delegations?|gobiernos?|governments?|"
               r"representantes?|representatives?|representacion)\s+(?:de|del|of)\s+(?:(?:la|el|the)\s+)?)?")


@lru_cache(maxsize=1)
def _author_rules() -> tuple:
    """data/lang/*/statements.yaml `proposed_by` and `proposal_author`, compiled over tagged
    text; each has the author as group `who`."""
    from loaders.patterns import compile_pattern
    raw = lexicon("statements")
    out = []
    if raw.get("proposed_by"):
        out.append(compile_pattern(r"\b(?:%s)\s+%s{ACTOR+:who}" % (
            "|".join(f"(?:{w})" for w in raw["proposed_by"]), _DELEGATION)))
    out += [compile_pattern(w) for w in raw.get("proposal_author") or ()]
    return tuple(out)


@lru_cache(maxsize=1)
def _decided() -> re.Pattern:
    """data/lang/*/statements.yaml `proposal_decided`, one pattern over the tagged text before
    the proposal's words: they name the author of the decision itself (at the head of the
    sentence or of a clause, "on Chile's proposal", or as what is adopted, "aprobó la propuesta
    de Paraguay"), not a proposal the decision only mentions ("unir los documentos con la
    propuesta de México")."""
    words = lexicon("statements").get("proposal_decided") or ()
    return re.compile("|".join(f"(?:{w})$" for w in words) or r"(?!)")


class _Innermost:
    """The Commitment nodes of a batch by their first source's span, asked for the shortest one
    that encloses a span."""

    def __init__(self, ctx: Context) -> None:
        self.spans = sorted((n.sources[0].start, n.sources[0].end, i) for i, n in ctx.batch.nodes.items()
                            if n.kind == "Commitment" and n.sources)
        self.starts = [s for s, _, _ in self.spans]

    def at(self, a: int, b: int) -> str | None:
        """The id of the shortest commitment whose span holds [a, b), or None."""
        best = None
        for s, e, i in self.spans[:bisect_right(self.starts, a)]:
            if b <= e and (best is None or e - s < best[1] - best[0]):
                best = (s, e, i)
        return best[2] if best else None


def link_proposal_authors(ctx: Context) -> None:
    """PROPOSED from the actor a proposal is said to be of ("la propuesta de Paraguay", "on
    Chile's initiative") to the Commitment that holds the words when they name the decision's
    own author (`proposal_decided`), else to the sentence's Statement
    (made when missing, with the sentence as its text); nothing for a sentence inside another
    speaker's Statement. Each edge quotes the words that name the author."""
    rules = _author_rules()
    if not rules:
        return
    commitments = _Innermost(ctx)
    spoken = Enclosing({(x.start, x.end) for i, n in ctx.batch.nodes.items() if n.kind == "Statement"
                        and not i.rsplit(":", 1)[-1].startswith("c") for x in n.sources})
    for block in ctx.structure.blocks:
        if block.kind not in ("paragraph", "item", "agreement"):
            continue
        items = ctx.items_by_block.get(block.ordinal, [])
        if not items:
            continue
        for k, (s, e) in enumerate(sentences(ctx.text, block.start, block.end, ctx.patterns.abbreviations), 1):
            a, b = trim(ctx.text, s, e)
            if not any(a <= it.start < b for it in items):
                continue
            tagged = Tagged.build(ctx.text, a, b, items)
            found: dict[str, tuple[int, int]] = {}
            decisive = False
            for rx in rules:
                for m in rx.finditer(tagged.s):
                    for it in tagged.group_items(m, "who"):
                        for actor in it.ids:
                            found.setdefault(actor, tagged.span(*m.span()))
                    decisive = decisive or bool(_decided().search(tagged.s[:m.start()]))
            if not found:
                continue
            span = next(iter(found.values()))
            target = commitments.at(*span)
            if target is not None and not decisive:
                continue            # a proposal the decision mentions, not the one it adopts
            if target is None:
                if spoken.covers(a, b):
                    continue        # someone else's statement about the proposal
                target = clause_statement(ctx, block.ordinal, k, a, b, next(iter(found)))
            for actor, (x, y) in found.items():
                if actor in ctx.batch.nodes:
                    ctx.edge("PROPOSED", actor, target, [ctx.source(x, y)])
