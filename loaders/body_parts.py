"""Bodies the text names as part of an organisation: a Body named right before "de la", "del",
"of the" or "of" and an Organization or Conference ("la Secretaría Ejecutiva del COSEFIN", "the
Counter-Terrorism Committee of the Example Union", "el Pleno del INAI") is PART_OF it, with the
span from the body's name to the organisation's as its source. So is a Body whose name the
organisation's acronym opens ("CEI-Executive Secretariat", "the DPI-Executive Committee"), an acronym
the text writes alone for that organisation, and a Body named right after another body's acronym
("the FOC Specialist Sub Committee on Regionalism (SSCR)": part of the FOC).

The joining words are the language packs' (data/lang/*/heads.yaml `part_of_joins`). This module
reads only the mentions already linked; it must not propose entities nor touch the meeting.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.lang import lexicon, phrase_alternation
from loaders.read import fold_same_length

OWNER_KINDS = ("Organization", "Conference")
# an acronym opening a body's name, then a hyphen or a space and the body's head written with a
# capital: "CEI-Executive Secretariat", "SICA Secretaría General"
ACRONYM_LEAD = re.compile(r"(?P<acr>[A-ZÁÉÍÓÚÑ]{2,8})(?:-|[^\S\n]+)(?=[A-ZÁÉÍÓÚÑ])")
RUN_BY = frozenset({"programme"})       # bodies an organisation runs rather than is made of


@lru_cache(maxsize=1)
def _join() -> re.Pattern:
    alts = phrase_alternation(lexicon("heads").get("part_of_joins"))
    return re.compile(rf"[^\S\n]+(?:{alts})[^\S\n]+$")


def _owners_by_name(gazetteer) -> dict[str, str]:
    """{folded name, alias or acronym: id} of the gazetteer's organisations and forums."""
    out: dict[str, str] = {}
    for ent in gazetteer.entities.values():
        if ent.kind in OWNER_KINDS:
            for n in (ent.name, ent.acronym, *ent.aliases):
                if n:
                    out.setdefault(" ".join(fold_same_length(n.lstrip("=")).split()), ent.id)
    return out


def _named_owner(ctx, body, owners: dict) -> tuple[str, int] | None:
    """The organisation or forum a Body mention names at its end after a joining word ("la
    Presidencia Pro Tempore de la CSM", "Secretaría Ejecutiva del COSEFIN") and the offset
    where its name starts, else None."""
    raw = fold_same_length(ctx.text[body.start:body.end])
    for m in _join_inside().finditer(raw):
        owner = owners.get(" ".join(raw[m.end():].split()))
        if owner and owner != body.entity:
            return owner, body.start + m.end()
    return None


@lru_cache(maxsize=1)
def _join_inside() -> re.Pattern:
    return re.compile(r"\s+(?:%s)\s+" % phrase_alternation(lexicon("heads").get("part_of_joins"), blank=r"\s+"))


def _acronym_owners(ctx) -> dict[str, str]:
    """{acronym as written: entity id} of the document's Organization and Conference mentions
    written in capitals alone ("CEI" after "Central European Initiative (CEI)")."""
    out: dict[str, str] = {}
    for m in ctx.mentions:
        q = ctx.text[m.start:m.end]
        if m.kind in OWNER_KINDS and re.fullmatch(r"[A-ZÁÉÍÓÚÑ]{2,8}", q):
            out.setdefault(q, m.entity)
    return out


def _acronym_owner(ctx, body, acronyms: dict) -> str | None:
    """The organisation or forum whose acronym opens a Body mention's name ("CEI-Executive
    Secretariat": the CEI the text names), else None."""
    m = ACRONYM_LEAD.match(ctx.text, body.start, body.end)
    owner = acronyms.get(m.group("acr")) if m else None
    return owner if owner and owner != body.entity else None


def _acronym_before(ctx, body, earlier: list):
    """The mention of another body, organisation or forum written as an acronym alone right
    before a Body mention, only a blank between them ("the FOC Specialist Sub Committee on
    Regionalism (SSCR)": the FOC), else None."""
    for m in reversed(earlier):
        if m.end <= body.start and not ctx.text[m.end:body.start].strip(" \t") and m.end < body.start \
                and m.kind in OWNER_KINDS + ("Body",) and m.entity != body.entity \
                and re.fullmatch(r"[A-ZÁÉÍÓÚÑ]{2,8}", ctx.text[m.start:m.end]):
            return m
    return None


def link_body_parts(ctx) -> None:
    """The pipeline component: PART_OF from each Body mention to the Organization or Conference
    its name ends with, else to the mention that follows it after a joining word, in the same
    passage; none to itself."""
    by_block: dict[int, list] = {}
    for m in ctx.mentions:
        if m.via is None or str(m.via).startswith("inside:"):
            by_block.setdefault(m.ordinal, []).append(m)
    join = _join()
    owners = acronyms = None
    for ms in by_block.values():
        ms.sort(key=lambda m: (m.start, -m.end))
        for k, body in enumerate(ms):
            if body.kind != "Body" or getattr(ctx.gazetteer.get(body.entity), "subtype", None) in RUN_BY:
                continue        # a programme an agency runs is no organ of it
            if owners is None:
                owners = _owners_by_name(ctx.gazetteer)
            named = _named_owner(ctx, body, owners)
            if named and ctx.gazetteer.owner_of(body.entity) == named[0]:
                continue        # "la PPT de la CRM": the reference layer already says whose it is
            if named:           # the body's own name says whose it is
                owner, at = named
                ctx.ensure(owner, [ctx.source(at, body.end)])
                ctx.edge("PART_OF", body.entity, owner, [ctx.source(body.start, body.end)])
                continue
            if acronyms is None:
                acronyms = _acronym_owners(ctx)
            lead = _acronym_owner(ctx, body, acronyms)
            if lead:            # "CEI-Executive Secretariat": the acronym opening it says whose
                ctx.edge("PART_OF", body.entity, lead, [ctx.source(body.start, body.end)])
                continue
            before = _acronym_before(ctx, body, ms[:k])
            if before is not None:  # "the FOC Specialist Sub Committee": a sub-body of the FOC
                ctx.edge("PART_OF", body.entity, before.entity, [ctx.source(before.start, body.end)])
                continue
            owner = next((m for m in ms[k + 1:] if m.start >= body.end), None)
            if owner is None or owner.kind not in OWNER_KINDS or owner.entity == body.entity \
                    or owner.start - body.end > 12:
                continue
            gap = fold_same_length(ctx.text[body.end:owner.start])
            if not join.search(gap) or not join.search(gap).start() == 0:
                continue
            ctx.edge("PART_OF", body.entity, owner.entity, [ctx.source(body.start, owner.end)])
