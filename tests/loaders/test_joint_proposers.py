"""Many states and organisations proposing one thing together (my own wording, English and
Spanish): every actor of the list before the verb, joined by commas, "and"/"y" or "together
with"/"junto con", proposed it; actors named elsewhere in the sentence did not."""
import pytest

from tests.loaders.batches import named, pairs, read


def _proposers(b):
    return sorted(b.nodes[s].name for s, _ in pairs(b, "PROPOSED"))


@pytest.mark.parametrize("text, who", [
    ("Regional Consultation\n\nThe delegations of Chile, Peru, Ecuador, Bolivia and Colombia, "
     "together with IOM and UNHCR, proposed a common register of displaced persons.\n",
     ["Bolivia", "Chile", "Colombia", "Ecuador", "International Organization for Migration",
      "Office of the United Nations High Commissioner for Refugees", "Peru"]),
    ("Regional Consultation\n\nFiji, Samoa and Tonga proposed a shared visa window for seasonal "
     "workers.\n", ["Fiji", "Samoa", "Tonga"]),
    ("Consulta Regional\n\nLas delegaciones de Chile, Perú y Ecuador propusieron un registro "
     "común de personas desplazadas.\n", ["Chile", "Ecuador", "Perú"]),
    ("Consulta Regional\n\nLas delegaciones de Argentina y Uruguay, junto con la OIM, propusieron "
     "una ventanilla única para trabajadores temporales.\n",
     ["Argentina", "Organización Internacional para las Migraciones", "Uruguay"]),
])
def test_every_actor_listed_before_the_verb_proposed(text, who):
    b = read(text, "jp")
    assert _proposers(b) == who
    (sid,) = {t for _, t in pairs(b, "PROPOSED")}
    assert b.nodes[sid].kind == "Statement"


@pytest.mark.parametrize("text, who", [
    # thanked, not proposed with: only the speaker proposed
    ("Regional Consultation\n\nChile thanked IOM and UNHCR and proposed a common register of "
     "displaced persons.\n", ["Chile"]),
    ("Consulta Regional\n\nChile agradeció a la OIM y al ACNUR y propuso un registro común de "
     "personas desplazadas.\n", ["Chile"]),
    # the actors of a place before the speaker, no list of speakers
    ("Consulta Regional\n\nEn Chile y Perú, la OIM propuso un registro común.\n",
     ["Organización Internacional para las Migraciones"]),
])
def test_actors_outside_the_speakers_list_propose_nothing(text, who):
    b = read(text, "jn")
    assert _proposers(b) == who


def test_a_list_that_only_spoke_proposes_nothing():
    b = read("Consulta Regional\n\nLas delegaciones de Chile, Perú y Ecuador expresaron su "
             "satisfacción por los avances.\n", "js")
    assert _proposers(b) == []
    assert {b.nodes[s].name for s, _ in pairs(b, "SAID")} == {"Chile", "Perú", "Ecuador"}
    assert "Chile" in named(b, "Country")
