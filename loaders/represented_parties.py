"""The states a commitment of the persons who met binds: "Both ministers agreed to ...", "Ambos
ministros acordaron ...", "The two officials committed to ..." in a readout where only the persons
take part. The commitments step binds the persons who met when no two states did; who each person
represents is read after it (loaders.persons, loaders.paired_persons). Here, once it is, the
states those persons represent are bound too (ARCHITECTURE.md "Who a decision binds"): when
every person the collective subject stands for represents exactly one state, the states are all
different and as many as the subject counts.

Each fact cites the commitment's subject ("Both ministers") and the quote that says which state
the person represents. This module must not find commitments, persons or whom they represent.
"""
from __future__ import annotations

from loaders.commitments import _counts_parties, minutes_words
from loaders.context import Context
from loaders.read import fold_same_length


def _collective_subject(quote: str):
    """The match of data/lang/*/commitments.yaml `collective_subject` opening `quote` (group
    `who`), None when the commitment has no such subject."""
    folded = fold_same_length(quote)
    return next((m for rx in minutes_words().collective_subject for m in [rx.match(folded)] if m), None)


def _country_ties(ctx: Context) -> dict[str, list]:
    """{person id: the REPRESENTS edges from that person to a Country}, read once."""
    nodes, ties = ctx.batch.nodes, {}
    for e in ctx.batch.edges.values():
        if e.type == "REPRESENTS" and nodes.get(e.target) is not None \
                and nodes[e.target].kind == "Country":
            ties.setdefault(e.source, []).append(e)
    return ties


def bind_represented_states(ctx: Context) -> None:
    """The pipeline component: RESPONSIBLE_FOR (role `signing_party`) from the states the persons
    who met represent to each report commitment whose collective subject stands for those
    persons (module docstring); raises nothing."""
    nodes = ctx.batch.nodes
    met = country_ties = bound_to = None
    for c in ctx.commitments:
        if c.group != "report" or c.id not in nodes:
            continue
        m = _collective_subject(ctx.text[c.start:c.end])
        if m is None:
            continue
        if bound_to is None:        # read once, not once a commitment (a long text has many)
            met = ctx.meeting_participants(("Person",))
            country_ties = _country_ties(ctx)
            bound_to = {}
            for e in ctx.batch.edges.values():
                if e.type == "RESPONSIBLE_FOR":
                    bound_to.setdefault(e.target, []).append(e.source)
        bound = bound_to.get(c.id, [])
        if any(nodes[b].kind != "Person" for b in bound if b in nodes):
            continue        # states or a body already bound: they are who the subject stands for
        persons = bound or met
        if len(persons) < 2 or not _counts_parties(m.group("who"), len(persons)):
            continue
        ties = [country_ties.get(p, []) for p in persons]
        if any(len(t) != 1 for t in ties) or len({t[0].target for t in ties}) != len(ties):
            continue
        subject = ctx.source(c.start + m.start("who"), c.start + m.end("who"))
        for (tie,) in ties:
            ctx.edge("RESPONSIBLE_FOR", tie.target, c.id, [subject] + list(tie.sources[:1]),
                     role="signing_party")
            bound_to.setdefault(c.id, []).append(tie.target)
