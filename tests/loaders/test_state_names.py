"""Countries whose name alone is also a word, a given name or a place ("Niger", "Chad",
"Jordan"): read as the country in a list of countries, after "Government of" and as the subject
of a verb a state takes, never as a place; usual English, French and Spanish variants of country
names; a data file with a key written twice is refused with its line. Texts written for the test."""
import pytest

from graph.data_schemas import CountryNames, DataFileError, load_checked
from loaders.gazetteer import load_gazetteer
from loaders.mentions import find_mentions
from tests.loaders.batches import read


def _countries(text):
    return [(e.id, text[s:t]) for e, s, t in find_mentions(text, load_gazetteer()) if e.kind == "Country"]


@pytest.mark.parametrize("text,expected", [
    ("The Ministers of Ghana, Niger, Chad and Cape Verde met in Accra.",
     [("country:gh", "Ghana"), ("country:ne", "Niger"), ("country:td", "Chad"), ("country:cv", "Cape Verde")]),
    ("Asistieron las delegaciones de Chad, Níger y Malí.",
     [("country:td", "Chad"), ("country:ne", "Níger"), ("country:ml", "Malí")]),
    ("Representatives of Chad, Jordan, and Kenya took part.",
     [("country:td", "Chad"), ("country:jo", "Jordan"), ("country:ke", "Kenya")]),
    ("The Government of Chad welcomed the plan.", [("country:td", "Chad")]),
    ("Niger will host the third conference.", [("country:ne", "Niger")]),
    ("La reunión terminó. Níger será sede de la próxima reunión.", [("country:ne", "Níger")]),
    ("Asistieron las delegaciones de Mauricio, Seychelles y Madagascar.",
     [("country:mu", "Mauricio"), ("country:sc", "Seychelles"), ("country:mg", "Madagascar")]),
    ("El Gobierno de Mauricio acogió la propuesta.", [("country:mu", "Mauricio")]),
])
def test_a_name_that_is_also_a_word_is_a_country_where_a_state_is_written(text, expected):
    assert _countries(text) == expected


@pytest.mark.parametrize("text", [
    "Chad Smith said the Niger river floods every year.",
    "Michael Jordan will host the dinner.",
    "Mr. Chad signed the register.",
    "Georgia, Texas and Florida sent observers.",
    "El presidente salvadoreño Mauricio Funes inauguró la cumbre.",
    "The talks were chaired by Mauricio Rojas, the regional coordinator.",
    "The rok band and the dprk-style parade were cancelled.",
])
def test_a_name_that_is_also_a_word_is_no_country_elsewhere(text):
    assert _countries(text) == []


@pytest.mark.parametrize("text,code", [
    ("Cap Verde", "cv"), ("Cape Verde", "cv"), ("Ivory Coast", "ci"), ("Côte d'Ivoire", "ci"),
    ("Costa de Marfil", "ci"), ("Luxemburg", "lu"), ("Guinea Equatorial", "gq"),
    ("Guinea Ecuatorial", "gq"), ("Equatorial Guinea", "gq"),
    ("Democratic Republic of the Congo", "cd"),
    # the official forms the ISO index writes inverted ("Korea, Republic of")
    ("Republic of Korea", "kr"), ("Republic of Moldova", "md"), ("Islamic Republic of Iran", "ir"),
    ("United Republic of Tanzania", "tz"), ("República Bolivariana de Venezuela", "ve"),
    ("Estados Federados de Micronesia", "fm"), ("ROK", "kr"), ("DPRK", "kp"),
])
def test_usual_variants_of_country_names(text, code):
    assert _countries(f"Delegates of {text} attended.") == [(f"country:{code}", text)]


def test_the_state_that_will_host_is_responsible_and_no_place():
    b = read("Joint Communiqué of the West African Ministerial Meeting on Fisheries\n\n"
               "Accra, 12 March 2019\n\n"
               "The Ministers of Ghana, Niger, Chad and Cape Verde met in Accra on 12 March 2019.\n\n"
               "Niger will host the next meeting in 2020.\n")
    kinds = {n.id: n.kind for n in b.nodes.values()}
    assert {kinds.get(c) for c in ("country:gh", "country:ne", "country:td", "country:cv")} == {"Country"}
    assert not any(k == "Place" and "niger" in i for i, k in kinds.items())
    responsible = {(e.source, b.nodes[e.target].properties["text"]) for e in b.edges.values()
                   if e.type == "RESPONSIBLE_FOR"}
    assert responsible == {("country:ne", "Niger will host the next meeting in 2020.")}
    taking_part = {e.source for e in b.edges.values() if e.type == "PARTICIPATES_IN"}
    assert {"country:gh", "country:ne", "country:td", "country:cv"} <= taking_part


def test_a_key_written_twice_in_a_data_file_is_refused_with_its_line(tmp_path):
    f = tmp_path / "countries.yaml"
    f.write_text("not_countries: [aq]\nextra:\n  tt: [Trinidad y Tabago]\n"
                 "not_countries: [xx]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"countries\.yaml:4: .*duplicate key 'not_countries' "
                                            r"\(first at line 1\)"):
        load_checked(f, CountryNames)


def test_a_key_written_twice_inside_a_mapping_is_refused(tmp_path):
    f = tmp_path / "countries.yaml"
    f.write_text("extra:\n  tt: [Trinidad y Tabago]\n  tt: [Tabago]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"countries\.yaml:3: .*duplicate key 'tt'"):
        load_checked(f, CountryNames)
