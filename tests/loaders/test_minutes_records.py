"""Minutes that keep their records as markup: an action item linked under its identifier, a
resolution with its vote, each a commitment named by its own words; a question asked in the
minutes is never a decision (my own wording, English and Spanish)."""
import pytest

from loaders.pipeline import extract

MINUTES_EN = """---
title: Harbour Data Board 2031
---

#### 3rd May 2031 - Geneva, Switzerland - meeting minutes

1. **Risks**
    1. AB - Shall I write a first list of risks for the board?
    2. CD - Yes please.
        - AB - [Action-HB-2031-04 Write the risk list for the Board](https://example.org/issues/4)
    3. CD - But shall we add the audit to the agenda?
    4. RES-HB-2031-02: Vote: 5-0 in favour – Budget line of €8,000 for the audit is approved. HB-RES
"""

MINUTES_ES = """---
title: Junta de Datos Portuarios 2031
---

#### 3 de mayo de 2031 - Quito, Ecuador - acta

1. **Riesgos**
    1. AB - ¿Redacto una primera lista de riesgos para la junta?
    2. CD - Sí, por favor.
        - AB - [Acción-JP-2031-04 Redactar la lista de riesgos de la Junta](https://example.org/issues/4)
    3. RES-JP-2031-02: Votación: 5-0 a favor – Se aprueba una partida de 8.000 € para la auditoría.
"""


@pytest.mark.parametrize("text, task, resolved", [
    (MINUTES_EN, "Write the risk list for the Board", "Budget line of €8,000 for the audit is approved"),
    (MINUTES_ES, "Redactar la lista de riesgos de la Junta", "Se aprueba una partida de 8.000 € para la auditoría"),
])
def test_linked_actions_and_voted_resolutions_are_commitments_named_by_their_words(text, task, resolved):
    b = extract(text, "mr", curation=False)
    commitments = {n.name: n for n in b.nodes.values() if n.kind == "Commitment"}
    assert task in commitments and resolved in commitments
    for name in (task, resolved):
        (src,) = commitments[name].sources
        assert text[src.start:src.end] == src.quote == name
    assert commitments[task].properties["number"].endswith("-2031-04")
    assert commitments[resolved].properties["number"].startswith("RES-")
    # the questions asked before them decide nothing
    assert not any(n.sources[0].quote.rstrip().endswith("?") for n in commitments.values())


@pytest.mark.parametrize("text, label", [
    ("Readout of the Coastal Ministers Call\n\nThe ministers met in Lima on 3 May 2031.\n\n"
     "- The ministers agreed to exchange port data every month.\n", "Readout point"),
    ("Comunicado conjunto de la reunión costera\n\nLos ministros se reunieron en Lima el 3 de "
     "mayo de 2031.\n\n- Se acuerda intercambiar datos portuarios cada mes.\n", "Punto"),
])
def test_a_decision_of_a_readout_or_a_communique_is_named_after_that_kind(text, label):
    b = extract(text, f"rk-{label[:3].lower()}", curation=False)
    names = [n.name for n in b.nodes.values() if n.kind == "Commitment"]
    assert names and all(n.startswith(label) and "informe" not in n and "Decision" not in n
                         for n in names)
