"""Who organises an event the text names: ORGANISES from an actor to an Event when the sentence
says so in one of the field's layouts, an event then its organiser ("el taller, organizado por
la Secretaría Técnica", "a workshop hosted by the Regional Support Office", "la reunión,
convocada a invitación de Chile") or an organiser then its event ("la Red de Enlace organizó el
seminario", "Japan hosted the workshop"). The source spans from the first of the two names to
the last. Cues are the language packs' (data/lang/*/organisers.yaml).

This module reads the mentions, the passages' placeholders (a body named by its title alone)
and the Event nodes already in the batch; it must not propose
entities, nor read hosts of the document's own meeting from its frame (loaders.frame does).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from loaders.lang import lexicon
from loaders.read import fold_same_length

ACTOR_KINDS = ("Country", "Organization", "Body", "Conference")
SENTENCE_END = re.compile(r"[.;:!?](?:\s|$)|\n")
NEAR = 160          # characters an event may stand before its organiser's cue, in one sentence


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, re.Pattern]:
    """(after an event: the words that open its organiser, before an event: the verb that an
    organiser opens it with), both over folded text, from `organiser_cues`."""
    lex = lexicon("organisers")

    def alts(key: str) -> str:
        words = sorted({" ".join(fold_same_length(w).split()) for w in lex.get(key) or []}, key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or r"(?!)"
    lead = r"(?:(?:the|la|el|los|las)\s+)?(?:(?:government|gobierno)\s+(?:of|de|del)\s+(?:the\s+|la\s+)?)?"
    after = re.compile(rf"(?<!\w)(?:{alts('after_event')})\s+{lead}$")
    before = re.compile(rf"^[^\S\n]*,?[^\S\n]*(?:{alts('before_event')})\s+"
                        r"(?:(?:the|a|an|la|el|los|las|un|una|este|esta|this)\s+)?$")
    return after, before


def link_organisers(ctx) -> None:
    """The pipeline component: ORGANISES edges from actors to the Event nodes the text names,
    where a cue of the language packs joins them in one sentence."""
    events = [(s.start, s.end, n.id) for n in ctx.batch.nodes.values() if n.kind == "Event"
              for s in n.sources if s.document == ctx.doc]
    if not events:
        return
    events.sort()
    actors = sorted({(m.start, m.end, m.entity) for m in ctx.mentions
                     if m.kind in ACTOR_KINDS and (m.via is None or not str(m.via).startswith("inside:"))}
                    | {(it.start, it.end, i) for items in ctx.items_by_block.values() for it in items
                       if it.kind in ACTOR_KINDS and len(it.ids) == 1 for i in it.ids})
    conferences = sorted(m.start for m in ctx.mentions if m.kind == "Conference")
    starts = [e[0] for e in events]
    by_end = sorted(events, key=lambda e: e[1])
    ends = [e[1] for e in by_end]
    after, before = _cues()
    text = ctx.text
    for k, (a_s, a_e, actor) in enumerate(actors):
        lead = fold_same_length(text[max(0, a_s - 60):a_s])
        m = after.search(lead)
        if m:       # "... el taller, organizado por | la Secretaría"
            cue_s = a_s - (len(lead) - m.start())
            event = _event_before(text, by_end, ends, cue_s)
            if event and bisect_left(conferences, event[1]) < bisect_left(conferences, cue_s):
                continue    # "la Cumbre X y la Conferencia Y, organizada por Z": Z's is Y
            if event:
                _edge(ctx, actor, event, a_s, a_e)
                for more in _coordinated(text, actors, k):     # "organizado por Chile y Perú"
                    _edge(ctx, more[2], event, more[0], more[1])
            continue
        for e_s, e_e, event in events[bisect_left(starts, a_e):bisect_right(starts, a_e + 60)]:
            if before.match(fold_same_length(text[a_e:e_s])):
                _edge(ctx, actor, (e_s, e_e, event), a_s, a_e)       # "Japón organizó | el taller"
                break


def _event_before(text: str, by_end: list, ends: list, at: int) -> tuple[int, int, str] | None:
    """The last Event span (in (start, end, id) order) ending before offset `at` in the same
    sentence, near it (a name read with the sentence's full stop at its end ends the sentence
    too), or None. `by_end` holds the (start, end, id) spans sorted by end, `ends` their ends:
    only the spans ending within NEAR characters before `at` are read (found by bisection)."""
    near = by_end[bisect_left(ends, at - NEAR):bisect_right(ends, at)]
    got = [e for e in near if not SENTENCE_END.search(text, max(e[0], e[1] - 1), at)]
    return max(got) if got else None


def _coordinated(text: str, actors: list, k: int) -> list:
    """Actors joined to actors[k] by "y"/"e"/"and"/"," right after it."""
    out, last = [], actors[k][1]
    for a_s, a_e, actor in actors[k + 1:]:
        gap = fold_same_length(text[last:a_s])
        if not re.fullmatch(r"\s*(?:,\s*)?(?:(?:y|e|and)\s+)?(?:(?:the|la|el|los|las)\s+)?", gap) or a_s == last:
            break
        out.append((a_s, a_e, actor))
        last = a_e
    return out


def _edge(ctx, actor: str, event: tuple[int, int, str], a_s: int, a_e: int) -> None:
    e_s, e_e, eid = event
    ctx.edge("ORGANISES", actor, eid, [ctx.source(min(a_s, e_s), max(a_e, e_e))])
