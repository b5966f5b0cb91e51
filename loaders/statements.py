"""Statements: what each speaker said, and whether it was a proposal, support or an objection.

A speaker opens a statement with a speech verb ("Chile propone", "La PPT de la CSM menciona",
"La delegación de Brasil dejó constancia", "Canada proposed"); it runs until another speaker
opens one, so a turn of several sentences is one quote. The stance is read from the whole
quote (data/patterns.yaml `speech`); a reservation ("no suscribe", "expressed reservations") is
an objection with role reservation; actors the quote says backed it ("que fue apoyada por las
delegaciones de A y B", "supported by A") support the same statement. This module must not read
agreements or decisions; a statement records talk, not a commitment.
"""
from __future__ import annotations

from loaders.context import Context
from loaders.patterns import Patterns
from loaders.read import fold
from loaders.spans import sentences, trim
from loaders.tagging import PLACEHOLDER, Item, Tagged


def _stance(folded: str, patterns: Patterns) -> str | None:
    for etype, regexes in patterns.stance:
        if any(r.search(folded) for r in regexes):
            return etype
    return None


def _apposed_person(ctx: Context, who: Item) -> Item:
    """The person whose post names the speaker found ("Ana Pérez, Presidenta del Comité X,
    destacó": Ana Pérez speaks, not the Comité); `who` itself otherwise."""
    if who.kind == "Person":
        return who
    for f in ctx.found:
        s, e = f.phrase
        if f.start < who.start and s <= who.start and who.end <= e and f.entity.id in ctx.gazetteer.entities:
            return Item("Person", (f.entity.id,), f.start, f.end)
    return who


def extract_statements(ctx: Context) -> None:
    """Speaker sentences → Statement nodes with SAID / PROPOSED / SUPPORTED / OBJECTED."""
    p = ctx.patterns
    for block in ctx.structure.blocks:
        if block.kind not in ("paragraph", "item"):
            continue
        items = ctx.items_by_block.get(block.ordinal, [])
        opened: list[tuple[int, Item]] = []     # (sentence start, speaker)
        for s, e in sentences(ctx.text, block.start, block.end, p.abbreviations):
            tagged = Tagged.build(ctx.text, s, e, items)
            m = p.speech_verbs.match(tagged.s) or p.country_verbs.match(tagged.s)
            if not m:
                continue
            who = tagged.group_items(m, "who")[0]
            # "..., informó la OIM": a reporting verb after a comma names its speaker after it
            after = p.inverted_speaker.match(tagged.s, m.end())
            if after and tagged.s[:m.start("verb")].rstrip().endswith(",") and \
                    p.reporting_verbs.match(" ".join(m.group("verb").split())):
                who = tagged.group_items(after, "who")[0]
            who = _apposed_person(ctx, who)
            if opened and opened[-1][1].ids == who.ids:
                continue                        # the same speaker goes on
            opened.append((s, who))
        for k, (s, who) in enumerate(opened):
            e = opened[k + 1][0] if k + 1 < len(opened) else block.end
            s, e = trim(ctx.text, s, e)
            quote = ctx.text[s:e]
            tagged = Tagged.build(ctx.text, s, e, items)
            backers = list(p.supporters.finditer(tagged.s))
            # the speaker's own stance, without the clause saying who backed it
            own = tagged.s
            for m in reversed(backers):
                own = own[:m.start()] + own[m.end():]
            etype = _stance(PLACEHOLDER.sub(" ", own), p) or "SAID"
            role = "reservation" if any(r.search(own) for r in p.reservation) else None
            if role:
                etype = "OBJECTED"
            sid = f"statement:{ctx.doc}:{block.ordinal}:{k + 1}"
            src = ctx.source(s, e)
            speaker = ctx.gazetteer.get(who.ids[0])
            name = f"{speaker.name if speaker else who.ids[0]}: {' '.join(quote.split())[:60]}"
            ctx.batch.add_node(sid, "Statement", name, [src], doc=ctx.doc, text=quote)
            for actor in who.ids:
                ctx.edge(etype, actor, sid, [src], role=role)
            for m in backers:
                for it in tagged.group_items(m, "who"):
                    for actor in it.ids:
                        ctx.edge("SUPPORTED", actor, sid, [ctx.source(*tagged.span(*m.span()))])
