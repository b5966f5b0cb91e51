"""Places beyond cities: provinces, states and islands (ISO 3166-2), a second place joined by
"and"/"y" after a cue, names with a place head ("Manus Island", "Isla de Pascua"), and which of
two places of one name the text means (the document's own countries first)."""
import pytest

from loaders.world import place
from tests.loaders.batches import read as general


def places_of(batch):
    """{id: node} of the Place nodes the text names, every source checked against the text."""
    text = batch.nodes[batch.document].properties["text"]
    out = {}
    for i, n in batch.nodes.items():
        if n.kind == "Place" and n.sources:
            for s in n.sources:
                assert text[s.start:s.end] == s.quote
            out[i] = n
    return out


def test_bali_is_the_indonesian_province_not_a_town_in_india():
    assert place("Bali").country == "id"
    assert place("Bali", context=frozenset({"in"})).country == "in"     # the document speaks of India
    assert place("Buenos Aires").population > 0                       # the city before the province
    assert place("Canarias") is None                                    # a province alone: no country named
    assert place("Canarias", context=frozenset({"es"})).country == "es"
    # the document's countries do not make a small namesake of a world city ("Berlín")
    assert place("Berlín", context=frozenset({"sv", "us"})).country == "de"


@pytest.mark.parametrize("sentence,expected", [
    ("The ministers will meet next in Bali in December.", {"place:bali"}),
    ("Indonesia reported on the reconstruction work in Aceh after the flood.", {"place:aceh"}),
    ("Colombia presentó avances en Antioquia y Caldas durante el año.", {"place:antioquia", "place:caldas"}),
])
def test_provinces_and_islands_after_a_cue(sentence, expected):
    got = places_of(general(f"Note\n\n{sentence}\n"))
    assert expected <= set(got)
    if "place:bali" in got:
        assert got["place:bali"].properties.get("name_en") in (None, "Bali")


@pytest.mark.parametrize("sentence,expected", [
    ("Future sessions are to be held alternately in Canberra and Wellington.",
     {"place:canberra", "place:wellington"}),
    ("Los talleres se harán en Quito y Lima, según lo acordado.", {"place:quito", "place:lima"}),
])
def test_a_second_place_joined_by_and(sentence, expected):
    assert expected <= set(places_of(general(f"Note\n\n{sentence}\n")))


@pytest.mark.parametrize("sentence,expected", [
    ("Papua New Guinea reported on the incident at Manus Island last week.", "place:manus-island"),
    ("Chile anunció un centro de investigación en la Isla de Pascua.", "place:isla-de-pascua"),
])
def test_names_with_a_place_head_after_a_cue(sentence, expected):
    assert expected in places_of(general(f"Note\n\n{sentence}\n"))


def test_a_compass_word_after_and_is_not_a_place():
    got = places_of(general("Note\n\nIndonesia thanked donors for the help in Aceh and Northern Sumatra.\n"))
    assert "place:aceh" in got
    assert not [i for i in got if i in ("place:northern", "place:northern-sumatra")]
