"""The countries of those who held the meeting: a person named in the clause before the verb
saying the meeting was held ("Los secretarios de Gobernación de México, A, y de Seguridad
Interna de Estados Unidos, B, sostuvieron hoy una reunión", "The foreign ministers of X, A, and
of Y, B, met in ...") takes part (loaders.frame reads that), and so does the country the same
clause says that person speaks for, even where the country is written inside the post
("Gobernación de México") and so was never a participant item of its own.

Only a REPRESENTS edge read from inside the clause of that PARTICIPATES_IN counts (a country the
person represents by another passage does not come in). This module must not find persons,
participants or whom they represent: it reads the edges earlier components added.
"""
from __future__ import annotations

from loaders.context import Context
from loaders.read import fold_same_length


# how far past a clause's end the words its verb takes are read ("sostuvieron| hoy una reunión")
VERB_TAIL = 80


def _ends_in_verb(ctx: Context, held_by, source) -> bool:
    """The quote of `source` ends with a verb saying its subject held the meeting (read with the
    words after it, which the verb's cue may need)."""
    tail = fold_same_length(ctx.text[source.start:source.end + VERB_TAIL])
    return any(m.start() < source.end - source.start <= m.end() + 1 for m in held_by.finditer(tail))


def subject_countries_take_part(ctx: Context) -> None:
    """The pipeline component: PARTICIPATES_IN of the document's meeting for each country a
    participant of the meeting verb's subject clause (data/patterns.yaml
    `frame.meeting_subject_verbs` in the participation's own quote) REPRESENTS by a phrase inside
    that clause; the edge cites the clause. Nothing happens without the meeting's Event."""
    meeting = ctx.meeting_id
    if meeting not in ctx.batch.nodes:
        return
    held_by = ctx.patterns.frame["meeting_subject_verbs"]
    clauses: dict[str, list] = {}
    for e in ctx.batch.edges.values():
        if e.type == "PARTICIPATES_IN" and e.target == meeting and e.source.startswith("person:"):
            clauses.setdefault(e.source, []).extend(
                s for s in e.sources if s.document == ctx.doc and _ends_in_verb(ctx, held_by, s))
    for e in list(ctx.batch.edges.values()):
        if e.type != "REPRESENTS" or not e.target.startswith("country:") or e.source not in clauses:
            continue
        for clause in clauses[e.source]:
            if any(s.document == ctx.doc and clause.start <= s.start and s.end <= clause.end
                   for s in e.sources):
                ctx.edge("PARTICIPATES_IN", e.target, meeting, [clause])
                break
