"""The data rules of data/patterns.yaml `rules`, applied to every tagged sentence.

Most relations are stated in fixed Spanish turns (troika lists, "se designó a", "ejercida
por", "reunidos el ... en ...") and live as data, so a new turn needs a YAML line, not code:
memberships, focal points, co-facilitators, posts, and where and when meetings are held. This
module only resolves each rule's `from`/`to` specs to ids; it must not hold any Spanish itself.
"""
from __future__ import annotations

import re

from loaders.context import Context
from loaders.read import fold_same_length
from loaders.spans import sentences, trim
from loaders.structure import Block
from loaders.tagging import Tagged


def _resolve(ctx: Context, spec, tagged: Tagged, m: re.Match, block: Block) -> list[str]:
    if spec == "self_event":
        return [ctx.meeting_id]
    if isinstance(spec, str):
        if spec not in m.groupdict() or m.group(spec) is None:
            return []
        return [i for it in tagged.group_items(m, spec) for i in it.ids]
    if "body_of" in spec:
        owners = _resolve(ctx, spec["body_of"], tagged, m, block)
        found = [b for o in owners for b in ctx.gazetteer.body_of(o, spec["subtype"])]
        if not found and spec.get("else_new"):
            # a forum the gazetteer lacks: its body as the text names it ("la Troika de la X")
            made = _resolve(ctx, {"new": spec["else_new"], "kind": "Body"}, tagged, m, block)
            for nid in made:
                ctx.batch.nodes[nid].properties["subtype"] = spec["subtype"]
            return made
        return found
    if "context" in spec:
        limit = tagged.starts[m.start()] if m.start() < len(tagged.starts) else tagged.end
        for it in reversed(ctx.items_by_block.get(block.ordinal, [])):
            if it.end <= limit and it.kind == spec["context"] and \
                    (spec.get("subtype") is None or it.subtype == spec["subtype"]):
                return list(it.ids)
        return []
    if "all" in spec:
        return [i for it in tagged.group_items(m, spec["all"]) if it.kind in spec["kinds"]
                for i in it.ids]
    if "inside" in spec:
        # what the captured mentions name inside themselves ("sede de la OIM en Washington D.C.")
        outer = tagged.group_items(m, spec["inside"])
        return list(dict.fromkeys(
            i for it in ctx.nested.get(block.ordinal, []) if it.kind in spec["kinds"]
            and any(o.start <= it.start and it.end <= o.end for o in outer) for i in it.ids))
    if "new" in spec:
        # a name the gazetteer lacks ("reunidos ... en el Hotel Sheraton"): a node of this document
        if spec["new"] not in m.groupdict() or not m.group(spec["new"]):
            return []
        s, e = trim(ctx.text, *tagged.span(*m.span(spec["new"])))
        name = " ".join(ctx.text[s:e].split()).strip(" ,;.")
        if not name:
            return []
        slug = re.sub(r"[^a-z0-9]+", "-", fold_same_length(name)).strip("-")
        nid = f"{spec['kind'].lower()}:{ctx.doc}:{slug}"
        ctx.batch.add_node(nid, spec["kind"], name[:1].upper() + name[1:], [ctx.source(s, e)],
                           doc=ctx.doc)
        return [nid]
    return []


def _subtype(ctx: Context, entity_id: str) -> str | None:
    ent = ctx.gazetteer.get(entity_id)
    return ent.subtype if ent is not None else None


def apply_rules(ctx: Context) -> None:
    for block in ctx.structure.blocks:
        items = ctx.items_by_block.get(block.ordinal, [])
        for s, e in sentences(ctx.text, block.start, block.end, ctx.patterns.abbreviations):
            tagged = Tagged.build(ctx.text, s, e, items)
            for rule in ctx.patterns.rules:
                for m in rule.regex.finditer(tagged.s):
                    src = [ctx.source(*tagged.span(*m.span()))]
                    for spec in rule.edges:
                        froms = _resolve(ctx, spec["from"], tagged, m, block)
                        tos = _resolve(ctx, spec["to"], tagged, m, block)
                        if spec.get("not_subtypes"):    # e.g. a state office is never represented
                            tos = [t for t in tos if _subtype(ctx, t) not in spec["not_subtypes"]]
                        behalf = _resolve(ctx, spec["on_behalf_of"], tagged, m, block) \
                            if spec.get("on_behalf_of") else [None]
                        for a in froms:
                            for b in tos:
                                ctx.edge(spec["type"], a, b, src, role=spec.get("role"),
                                         on_behalf_of=behalf[0] if behalf else None)
