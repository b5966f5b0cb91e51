"""A country's name written as a person's surname, right after a given name, is no country of
the meeting ("Deputy Attorney General Lisa Monaco", "el Ministro José España"); the same name
after a comma, a determiner or a preposition, or opening a list, still names the state."""
from __future__ import annotations

import pytest

from loaders.pipeline import extract

HEADER = "Acta de la reunión\n\n"


def _ids(text: str, prefix: str) -> set[str]:
    """Ids of the batch's nodes that start with `prefix`, every quote checked against the text."""
    batch = extract(HEADER + text + "\n", "surnames")
    doc = batch.nodes[batch.document].properties["text"]
    for thing in [*batch.nodes.values(), *batch.edges.values()]:
        for s in thing.sources:
            assert doc[s.start:s.end] == s.quote
    return {i for i in batch.nodes if i.startswith(prefix)}


@pytest.mark.parametrize("text, person, country", [
    ("Deputy Attorney General Lisa Monaco joined the talks with the delegation of Mexico.",
     "person:lisa-monaco", "country:mc"),
    ("El Ministro de Hacienda, José España, presentó el informe a las delegaciones de Chile y Perú.",
     "person:jose-espana", "country:es"),
    ("Ambassador Daniel Israel read the statement of the delegation of Chile.",
     "person:daniel-israel", "country:il"),
])
def test_a_country_written_as_a_surname_is_no_country(text, person, country):
    assert country not in _ids(text, "country:")
    assert person in _ids(text, "person:")


@pytest.mark.parametrize("text, country", [
    ("Monaco and France signed the memorandum.", "country:mc"),
    ("The meeting took place in Asunción, Paraguay, on 3 May 2019.", "country:py"),
    ("The New Zealand Government wishes there should be a clear understanding.", "country:nz"),
    ("El Salvador y Honduras acordaron reunirse de nuevo.", "country:sv"),
    ("Los representantes de España y Portugal firmaron el acta.", "country:es"),
])
def test_the_same_names_as_states_are_still_read(text, country):
    assert country in _ids(text, "country:")


@pytest.mark.parametrize("text", [
    "De la misma forma, participaron Legisladores nacionales y provinciales, Consejeros Regionales, "
    "Gobernadores, Alcaldes, Secretarios Regionales Ministeriales, Jefes de Servicios y jueces.",
    "Also present were Regional Councillors, Governors, Mayors, Deputy Ministers and Heads of Service.",
])
def test_kinds_of_officials_in_the_plural_are_no_person(text):
    assert _ids(text, "person:") == set()


def test_a_person_with_the_same_post_in_the_singular_is_still_read():
    text = "Asistieron el Consejero Juan Ejemplo Soto y la Gobernadora Ana Prueba Ruiz."
    assert _ids(text, "person:") == {"person:juan-ejemplo-soto", "person:ana-prueba-ruiz"}
