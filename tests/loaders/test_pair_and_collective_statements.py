"""What a communiqué says its meeting's participants said together, the subject naming them as a
group: "The two leaders expressed concern about ...", "Ambos mandatarios expresaron su
preocupación por ..." (the two persons named before, loaders.statements._pair_speaker), "The
ministers condemned ...", "Los cancilleres condenaron ..." (the meeting's participants,
loaders.statements._collective_speaker, verbs in data/lang/*/statements.yaml)."""
import pytest

from tests.loaders.batches import pairs, read


def said(batch) -> dict[str, set[str]]:
    """{statement text: the ids that SAID it}."""
    out: dict[str, set[str]] = {}
    for src, dst in pairs(batch, "SAID"):
        out.setdefault(batch.nodes[dst].properties["text"], set()).add(src)
    return out


@pytest.mark.parametrize("text,statement,speakers", [
    ("Readout\n\nForeign Minister Lena Strand of Sweden and Foreign Minister Tomas Oyelaran of Nigeria "
     "met in Oslo on 4 March 2021. The two leaders expressed concern about the drought in the Sahel.\n",
     "The two leaders expressed concern about the drought in the Sahel.",
     {"person:lena-strand", "person:tomas-oyelaran"}),
    ("Nota\n\nLa Canciller de Chile, Rocío Barrantes, y el Canciller del Uruguay, Matías Irigoyen, se "
     "reunieron en Asunción el 4 de marzo de 2021. Ambos mandatarios expresaron su preocupación por "
     "la sequía en la región.\n",
     "Ambos mandatarios expresaron su preocupación por la sequía en la región.",
     {"person:rocio-barrantes", "person:matias-irigoyen"}),
    # the two states that met, when no two persons are named
    ("Readout\n\nThe foreign ministers of Sweden and Nigeria met in Oslo on 4 March 2021 to review the "
     "fisheries accord. Both ministers also deplored the loss of life at sea.\n",
     "Both ministers also deplored the loss of life at sea.", {"country:se", "country:ng"}),
    ("Nota\n\nLos cancilleres de Chile y Uruguay se reunieron en Asunción el 4 de marzo de 2021. Los dos "
     "cancilleres lamentaron la pérdida de vidas en el mar.\n",
     "Los dos cancilleres lamentaron la pérdida de vidas en el mar.", {"country:cl", "country:uy"}),
])
def test_the_two_named_before_say_what_the_pair_says(text, statement, speakers):
    assert said(read(text))[statement] == speakers


@pytest.mark.parametrize("text,statement,speakers", [
    ("Statement\n\nThe foreign ministers of Sweden, Nigeria and Chile met in Oslo on 4 March 2021. "
     "The ministers condemned the attack on the aid convoy.\n",
     "The ministers condemned the attack on the aid convoy.", {"country:se", "country:ng", "country:cl"}),
    ("Comunicado\n\nLos cancilleres de Chile, Perú y Uruguay se reunieron en Asunción el 4 de marzo de "
     "2021. Los cancilleres condenaron el ataque al convoy humanitario.\n",
     "Los cancilleres condenaron el ataque al convoy humanitario.", {"country:cl", "country:pe", "country:uy"}),
])
def test_the_participants_say_what_the_ministers_condemn(text, statement, speakers):
    assert said(read(text))[statement] == speakers


@pytest.mark.parametrize("text", [
    # three persons named before: "the two leaders" is no pair of them
    "Readout\n\nForeign Minister Lena Strand of Sweden, Foreign Minister Tomas Oyelaran of Nigeria and "
    "Foreign Minister Rocío Barrantes of Chile met in Oslo on 4 March 2021. The two leaders expressed "
    "concern about the drought.\n",
    "Nota\n\nLos cancilleres de Chile, Perú y Uruguay se reunieron en Asunción el 4 de marzo de 2021. "
    "Ambos mandatarios expresaron su preocupación por la sequía.\n",
    # a pair of persons that is no subject of a verb of saying
    "Readout\n\nForeign Minister Lena Strand of Sweden and Foreign Minister Tomas Oyelaran of Nigeria "
    "met in Oslo on 4 March 2021. Photographs of the two leaders expressed nothing new.\n",
])
def test_no_pair_to_take_up_gives_no_statement_of_a_pair(text):
    statements = said(read(text))
    assert not [t for t in statements if "two leaders" in t or "Ambos" in t]
