"""Rolls written in prose with each person's country in brackets ("attended by Lena Strand
(Sweden), Tomas Oyelaran (Nigeria) and ...", "con la participación de Rocío Barrantes (Chile) y
..."): each person a Person who REPRESENTS that country and takes part in the meeting, the
country a participant too (loaders.affiliations.bracketed_countries); and rolls of persons
named with their post after a comma, one after another ("Lena Strand, Minister for Trade of
Sweden, and Tomas ..., Minister of ... of ..."), each such person kept (loaders.apposition)."""
import pytest

from tests.loaders.batches import pairs, persons, quote_of, read

MEETING = "event:d:meeting"


@pytest.mark.parametrize("text,rolls", [
    ("Joint press release\n\nThe trade ministers met in Oslo on 4 March 2021. The meeting was "
     "attended by Lena Strand (Sweden), Tomas Oyelaran (Nigeria) and Pieter Wolfsen (the "
     "Netherlands).\n",
     {"person:lena-strand": ("country:se", "Lena Strand (Sweden)"),
      "person:tomas-oyelaran": ("country:ng", "Tomas Oyelaran (Nigeria)"),
      "person:pieter-wolfsen": ("country:nl", "Pieter Wolfsen (the Netherlands)")}),
    ("Comunicado\n\nLa reunión se celebró en Asunción el 4 de marzo de 2021 con la participación "
     "de Rocío Barrantes (Chile) y Matías Irigoyen (Uruguay).\n",
     {"person:rocio-barrantes": ("country:cl", "Rocío Barrantes (Chile)"),
      "person:matias-irigoyen": ("country:uy", "Matías Irigoyen (Uruguay)")}),
    ("Readout\n\nLena Strand (Sweden) and Tomas Oyelaran (Nigeria) met in Oslo on 4 March 2021 "
     "to review the fisheries accord.\n",
     {"person:lena-strand": ("country:se", "Lena Strand (Sweden)"),
      "person:tomas-oyelaran": ("country:ng", "Tomas Oyelaran (Nigeria)")}),
    ("Nota\n\nRocío Barrantes (Chile) y Matías Irigoyen (Uruguay) se reunieron en Asunción el 4 "
     "de marzo de 2021.\n",
     {"person:rocio-barrantes": ("country:cl", "Rocío Barrantes (Chile)"),
      "person:matias-irigoyen": ("country:uy", "Matías Irigoyen (Uruguay)")}),
])
def test_each_person_of_the_roll_represents_the_country_in_brackets(text, rolls):
    batch = read(text)
    for person, (country, quote) in rolls.items():
        assert quote_of(batch, "REPRESENTS", person, country) == quote
        assert (person, MEETING) in pairs(batch, "PARTICIPATES_IN")
        assert (country, MEETING) in pairs(batch, "PARTICIPATES_IN")
    assert set(persons(batch)) == set(rolls)


@pytest.mark.parametrize("text", [
    # an acronym, a date, a body in brackets: no country, no person read from them
    "Minutes\n\nThe meeting in Oslo on 4 March 2021 was attended by Lena Strand (MFA), the Fisheries "
    "Board (FBX) and Tomas Oyelaran (4 March).\n",
    "Acta\n\nLa reunión en Asunción el 4 de marzo de 2021 contó con Rocío Barrantes (DGM) y la Junta "
    "Pesquera (JPX), y Matías Irigoyen (4 de marzo).\n",
])
def test_a_bracket_without_a_country_gives_no_represented_country(text):
    batch = read(text)
    assert not {t for _, t in pairs(batch, "REPRESENTS") if t.startswith("country:")}


@pytest.mark.parametrize("text", [
    # a place named with its country in brackets is no person
    "Readout\n\nThe delegates travelled to Santa Cruz (Bolivia) on 4 March 2021 for the talks.\n",
    "Nota\n\nLos delegados viajaron a San Lorenzo (Paraguay) el 4 de marzo de 2021.\n",
])
def test_a_place_with_its_country_in_brackets_is_no_person(text):
    assert not persons(read(text))


@pytest.mark.parametrize("text,rolls", [
    ("Readout\n\nThe meeting in Oslo on 4 March 2021 was attended by Lena Strand, Minister for Trade "
     "of Sweden, and Tomas Oyelaran, Minister of Fisheries of Nigeria.\n",
     {"person:lena-strand": ("country:se", "Lena Strand, Minister for Trade of Sweden"),
      "person:tomas-oyelaran": ("country:ng", "Tomas Oyelaran, Minister of Fisheries of Nigeria")}),
    ("Nota\n\nLa reunión en Asunción el 4 de marzo de 2021 contó con la presencia de Rocío Barrantes, "
     "Ministra de Comercio de Chile, y Matías Irigoyen, Ministro de Pesca del Uruguay.\n",
     {"person:rocio-barrantes": ("country:cl", "Rocío Barrantes, Ministra de Comercio de Chile"),
      "person:matias-irigoyen": ("country:uy", "Matías Irigoyen, Ministro de Pesca del Uruguay")}),
])
def test_every_person_of_a_roll_of_names_and_posts_is_kept(text, rolls):
    batch = read(text)
    for person, (country, quote) in rolls.items():
        assert quote_of(batch, "REPRESENTS", person, country) == quote
        assert (person, MEETING) in pairs(batch, "PARTICIPATES_IN")


def test_a_name_after_and_inside_a_longer_name_is_still_no_person():
    batch = read("Readout\n\nThe Ministry of Science and Technology, Innovation Division, hosted the "
                 "meeting in Oslo on 4 March 2021.\n")
    assert not persons(batch)
