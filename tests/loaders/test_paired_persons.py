"""Persons listed beside the states they come from (Spanish and English): with
"respectivamente"/"respectively" and as many persons as states, each REPRESENTS the state in the
same place of its list ("los presidentes A y B, de Chile y Perú, respectivamente"); without it,
only where the text says elsewhere which state one of them is for, the other taking the state
left; otherwise neither is given a state from the lists, never the first state for the last
person. Quotes slice the text."""
from __future__ import annotations

import pytest

from tests.loaders.batches import pairs, read


def states_of(b, person: str) -> set[str]:
    return {t for _, t in pairs(b, "REPRESENTS", src=person) if t.startswith("country:")}


@pytest.mark.parametrize("text", [
    "Encuentro presidencial en Tacna\n\nLos presidentes Michelle Bachelet y Alan García, de Chile "
    "y Perú, respectivamente, se reunieron en Tacna el 3 de mayo de 2009.\n",
    "Leaders meet in Tacna\n\nPresidents Michelle Bachelet and Alan Garcia of Chile and Peru, "
    "respectively, met in Tacna on 3 May 2009.\n",
])
def test_respectively_pairs_each_person_with_the_state_in_the_same_place(text):
    b = read(text, "paired")
    assert states_of(b, "person:michelle-bachelet") == {"country:cl"}
    assert states_of(b, "person:alan-garcia") == {"country:pe"}


@pytest.mark.parametrize("text", [
    "Encuentro en Tacna\n\nAlan García, Presidente del Perú, llegó a Tacna el 2 de mayo de 2009.\n\n"
    "Los presidentes Michelle Bachelet y Alan García de Chile y Perú se reunieron en Tacna el 3 de "
    "mayo de 2009.\n",
    "Meeting in Tacna\n\nAlan Garcia, President of Peru, arrived in Tacna on 2 May 2009.\n\n"
    "Presidents Michelle Bachelet and Alan Garcia of Chile and Peru met in Tacna on 3 May 2009.\n",
])
def test_without_respectively_the_state_left_goes_to_the_other_person(text):
    b = read(text, "paired")
    assert states_of(b, "person:michelle-bachelet") == {"country:cl"}
    assert states_of(b, "person:alan-garcia") == {"country:pe"}


@pytest.mark.parametrize("text", [
    # no pairing word, nothing said elsewhere: the order is not the text's to give
    "Encuentro presidencial en Tacna\n\nLos presidentes Michelle Bachelet y Alan García, de Chile "
    "y Perú, se reunieron en Tacna el 3 de mayo de 2009.\n",
    "Leaders meet in Tacna\n\nPresidents Michelle Bachelet and Alan Garcia of Chile and Peru met "
    "in Tacna on 3 May 2009.\n",
    # two persons, three states, even with the pairing word
    "Leaders meet in Tacna\n\nPresidents Michelle Bachelet and Alan Garcia of Chile, Peru and "
    "Bolivia, respectively, met in Tacna on 3 May 2009.\n",
])
def test_no_state_from_the_lists_when_the_pairing_is_not_stated(text):
    b = read(text, "paired")
    assert states_of(b, "person:michelle-bachelet") == set()
    assert states_of(b, "person:alan-garcia") == set()


@pytest.mark.parametrize("text", [
    "Reunión de viceministros\n\nLima, 3 de marzo de 2025\n\nLa reunión fue presidida por los "
    "viceministros de Perú y de Colombia, Ana Torres y Luis Vega, respectivamente.\n",
    "Vice ministers meet\n\nLima, 3 March 2025\n\nThe meeting was chaired by the vice ministers of "
    "Peru and Colombia, Ana Torres and Luis Vega respectively.\n",
])
def test_states_first_in_the_post_then_the_persons_respectively_pairs_in_order(text):
    b = read(text, "paired")
    assert states_of(b, "person:ana-torres") == {"country:pe"}
    assert states_of(b, "person:luis-vega") == {"country:co"}


@pytest.mark.parametrize("text", [
    "Reunión de viceministros\n\nLima, 3 de marzo de 2025\n\nLa reunión fue presidida por los "
    "viceministros de Perú y de Colombia, Ana Torres y Luis Vega.\n",
    "Vice ministers meet\n\nLima, 3 March 2025\n\nThe meeting was chaired by the vice ministers of "
    "Peru and Colombia, Ana Torres and Luis Vega.\n",
    "Reunión de viceministros\n\nLima, 3 de marzo de 2025\n\nLa reunión fue presidida por los "
    "viceministros de Perú y de Colombia, Ana Torres, Luis Vega y Rosa Paz, respectivamente.\n",
])
def test_states_first_without_respectively_or_with_unequal_lists_gives_no_state(text):
    # nobody is for both states; with no word that pairs them in order nor a tie stated
    # elsewhere, which one each is for is left open rather than guessed
    b = read(text, "paired")
    assert states_of(b, "person:ana-torres") == set()
    assert states_of(b, "person:luis-vega") == set()


@pytest.mark.parametrize("text", [
    "Reunión de viceministros\n\nLima, 3 de marzo de 2025\n\nLuis Vega, viceministro de Colombia, "
    "llegó a Lima el domingo.\n\nLa reunión fue presidida por los viceministros de Perú y de "
    "Colombia, Ana Torres y Luis Vega.\n",
    "Vice ministers meet\n\nLima, 3 March 2025\n\nLuis Vega, Vice Minister of Colombia, arrived in "
    "Lima on Sunday.\n\nThe meeting was chaired by the vice ministers of Peru and Colombia, Ana "
    "Torres and Luis Vega.\n",
])
def test_states_first_without_respectively_the_state_left_goes_to_the_other(text):
    b = read(text, "paired")
    assert states_of(b, "person:ana-torres") == {"country:pe"}
    assert states_of(b, "person:luis-vega") == {"country:co"}


@pytest.mark.parametrize("text", [
    "Comunicado\n\nLos Ministros de Comercio de Chile y de Bolivia, Ana Ejemplo Rojas y Luis Muestra "
    "Paz, se reunieron en Arica el 4 de mayo de 2024.\n\nLa reunión de trabajo la sostuvieron los "
    "ministros de Comercio de Chile y de Bolivia, Ana Ejemplo y Luis Muestra, respectivamente.\n",
    "Press release\n\nThe Trade Ministers of Chile and Bolivia, Ana Example Rojas and Luis Sample "
    "Paz, met in Arica on 4 May 2024.\n\nThe working meeting was held by the trade ministers of "
    "Chile and Bolivia, Ana Example and Luis Sample respectively.\n",
])
def test_a_list_paired_later_in_the_text_is_paired_and_the_unpaired_one_adds_nothing(text):
    """The first list states no pairing; a later one of the same persons does: each person
    represents one state, never both (the first list's ties neither survive on the later one's
    sources nor keep the later one's alive)."""
    got = pairs(read(text), "REPRESENTS")
    people = {p for p, _ in got}
    assert len(people) == 2 and len(got) == 2, got
    assert {s for _, s in got} == {"country:cl", "country:bo"}
    first = sorted(got)[0]      # the persons' ids sort as their names: Ana before Luis
    assert first[1] == "country:cl", got
