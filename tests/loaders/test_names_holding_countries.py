"""A country named only inside a longer proper name is no actor of the meeting: a chain of
countries joined by hyphens up to an instrument's word ("United States-Mexico-Canada Agreement",
"Acuerdo Estados Unidos-México-Canadá"). A proper name wrapped onto the next line of a paragraph
is read whole ("the European\\nBank for Reconstruction and Development"); a short line (a
heading, a list's row) still ends a name."""
from __future__ import annotations

from tests.loaders.batches import read


def _kinds(batch, kind: str) -> dict[str, str]:
    return {n.id: n.name for n in batch.nodes.values() if n.kind == kind}


def _actors_of_meeting(batch, doc: str) -> set[str]:
    return {e.source for e in batch.edges.values()
            if e.type in ("PARTICIPATES_IN", "RESPONSIBLE_FOR") and e.source.startswith("country:")}


EN = """Joint statement of the leaders

Washington, 12 May 2022

The leaders of the United States and Mexico reaffirmed their shared commitment to the United States-Mexico-Canada
Agreement as a driver of regional prosperity, and they will support a capital increase for the European
Bank for Reconstruction and Development, guided by the principles in the Los Angeles
Declaration on Migration and Protection.
"""

ES = """Comunicado conjunto

Lima, 3 de abril de 2015

Los cancilleres de Chile y Perú se comprometieron a cumplir el Acuerdo Estados Unidos-México-Canadá y el
Tratado Bolivia-Paraguay en sus fronteras.
"""


def test_countries_of_an_agreement_named_by_its_parties_are_not_actors_en():
    b = read(EN, "w")
    countries = _kinds(b, "Country")
    assert "country:ca" not in countries
    assert {"country:us", "country:mx"} <= set(countries)          # named on their own too
    assert "United States-Mexico-Canada Agreement" in _kinds(b, "Instrument").values()
    assert "country:ca" not in _actors_of_meeting(b, "w")


def test_countries_of_an_agreement_named_by_its_parties_are_not_actors_es():
    b = read(ES, "l")
    countries = _kinds(b, "Country")
    assert set(countries) == {"country:cl", "country:pe"}
    assert "Acuerdo Estados Unidos-México-Canadá" in _kinds(b, "Instrument").values()


def test_a_name_wrapped_onto_the_next_line_of_a_paragraph_is_read_whole():
    b = read(EN, "w")
    assert "European Bank for Reconstruction and Development" in _kinds(b, "Organization").values()
    assert "Los Angeles Declaration on Migration and Protection" in _kinds(b, "Instrument").values()
    assert not any(n.startswith(("Bank for", "Declaration on")) for kind in ("Organization", "Instrument")
                   for n in _kinds(b, kind).values())


def test_countries_joined_by_hyphens_without_an_instruments_word_stay_states():
    text = ("Readout\n\nOttawa, 3 April 2015\n\nThe Canada-Mexico Partnership met in Ottawa; the "
            "delegations of Canada and Mexico agreed to meet again.\n")
    assert {"country:ca", "country:mx"} <= set(_kinds(read(text, "o"), "Country"))
    text_es = ("Nota\n\nLima, 3 de abril de 2015\n\nSesionó la Comisión Binacional Chile-Perú; "
               "Chile y Perú acordaron un plan.\n")
    assert {"country:cl", "country:pe"} <= set(_kinds(read(text_es, "p"), "Country"))


def test_a_short_line_ends_a_name():
    text = ("Participants\n\nOttawa, 3 April 2015\n\nThe following took part:\n\nEuropean Union\n"
            "Bank of Mexico\nInter-American Development Bank\n")
    names = set(_kinds(read(text, "o"), "Organization").values())
    assert not any("Union Bank" in n for n in names)
