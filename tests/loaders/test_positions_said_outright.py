"""Positions said in so many words: disagreement expressed ("expresó su desacuerdo", "expressed
its disagreement", "rejected the proposal") is OBJECTED; raising what should be done ("planteó la
necesidad de", "planteó que", "raised the possibility of") is PROPOSED; satisfaction expressed or
a topic raised is only SAID (data/patterns.yaml statements.stance, data/lang/*/statements.yaml
clause_* and person_*)."""
from tests.loaders.batches import pairs, read

SPANISH = """Acta de la reunión de la Comisión Binacional Chile-Perú

Santiago, 3 de mayo de 2024

Las delegaciones de Chile y del Perú se reunieron en Santiago.

La delegación del Perú expresó su desacuerdo con la propuesta de arancel común.

La delegación de Chile planteó la necesidad de un estudio conjunto sobre remesas.

La delegación de Chile expresó su satisfacción por los resultados.

La delegación del Perú planteó el tema de las remesas.
"""

ENGLISH = """Joint communiqué of the Chile-Peru Binational Commission

Santiago, 3 May 2024

The delegations of Chile and Peru met in Santiago.

The delegation of Peru expressed its disagreement with the common tariff.

The delegation of Chile raised the possibility of a joint study on remittances.

The delegation of Chile expressed its satisfaction with the results.

The delegation of Peru raised the issue of remittances.
"""


def _stances(batch) -> dict[str, set[tuple[str, str]]]:
    """{statement text opening: {(edge type, actor)}} for the batch's statements."""
    out: dict[str, set] = {}
    for e in batch.edges.values():
        if e.type in ("SAID", "PROPOSED", "OBJECTED", "SUPPORTED") and e.target.startswith("statement:"):
            text = batch.nodes[e.target].properties["text"]
            out.setdefault(" ".join(text.split()[:6]), set()).add((e.type, e.source))
    return out


def test_spanish_disagreement_is_an_objection_and_a_raised_need_a_proposal():
    s = _stances(read(SPANISH, "cl-pe-es"))
    assert s["La delegación del Perú expresó su"] == {("OBJECTED", "country:pe")}
    assert s["La delegación de Chile planteó la"] == {("PROPOSED", "country:cl")}


def test_spanish_satisfaction_or_a_topic_raised_is_only_said():
    s = _stances(read(SPANISH, "cl-pe-es"))
    assert s["La delegación de Chile expresó su"] == {("SAID", "country:cl")}
    assert s["La delegación del Perú planteó el"] == {("SAID", "country:pe")}


def test_english_disagreement_is_an_objection_and_a_raised_possibility_a_proposal():
    s = _stances(read(ENGLISH, "cl-pe-en"))
    assert s["The delegation of Peru expressed its"] == {("OBJECTED", "country:pe")}
    assert s["The delegation of Chile raised the"] == {("PROPOSED", "country:cl")}


def test_english_satisfaction_or_an_issue_raised_is_only_said():
    s = _stances(read(ENGLISH, "cl-pe-en"))
    assert s["The delegation of Chile expressed its"] == {("SAID", "country:cl")}
    assert s["The delegation of Peru raised the"] == {("SAID", "country:pe")}


def test_a_clause_rejecting_the_proposal_is_an_objection_in_both_languages():
    es = read(SPANISH.replace("La delegación del Perú planteó el tema de las remesas.",
                              "Tras el debate, la delegación del Perú rechazó la propuesta de arancel común."), "r-es")
    en = read(ENGLISH.replace("The delegation of Peru raised the issue of remittances.",
                              "After the debate, the delegation of Peru rejected the proposal for a common tariff."), "r-en")
    assert len(pairs(es, "OBJECTED", "country:pe")) == 2
    assert len(pairs(en, "OBJECTED", "country:pe")) == 2
