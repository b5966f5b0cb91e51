"""A roll opened by a sentence ending in an attendance cue and a colon ("... and attended by:",
"... con la asistencia de:"), one delegate a line written "Name, Post, Country": each person takes
part and represents the country that alone ends the line, never the country ending the line
before; a post between the commas ("Director-General", "DS") is a post, never an organisation.
A colon after other words opens no roll. Texts written for the test."""
import pytest

from tests.loaders.batches import named, pairs, read

EN = ("JOINT PRESS STATEMENT\n1. The Tenth Meeting of Transport Ministers was held in Hanoi on "
      "2 June 2015, was chaired by H.E. Mr. Le Sample, Minister of Transport of Viet Nam and "
      "attended by:\nH.E. Mr. Juan Example, Secretary of Transportation, the Philippines\nH.E. Mr. "
      "Tan Sample, Minister for National Development, Singapore\nHonourable Dr. Ana Model, "
      "Director-General, International Cooperation Department, Ministry of Transport, Viet Nam\n"
      "Honourable Mr. Ali Test, DS, Director-General of Land Transport Research and Development "
      "Agency of the Ministry of Transport, Indonesia\n"
      "H.E. Mr. Somchai Trial, Deputy Minister of Transport, Thailand\n2. The Ministers agreed to "
      "meet again in 2016.\n")
ES = ("COMUNICADO CONJUNTO\n1. La Décima Reunión de Ministros de Transporte se celebró en Manila "
      "el 2 de junio de 2015 con la asistencia de:\nS.E. Sr. Juan Ejemplo, Secretario de "
      "Transporte, Filipinas\nS.E. Sr. Tan Muestra, Ministro de Desarrollo Nacional, Singapur\n"
      "Dra. Ana Modelo, Directora General, Departamento de Cooperación Internacional, Ministerio "
      "de Transporte, Vietnam\nSr. Luis Prueba, Viceministro de Obras Públicas, Tailandia\n2. Los "
      "ministros acordaron reunirse nuevamente en 2016.\n")
ROLLS = [
    (EN, {"person:juan-example": "country:ph", "person:tan-sample": "country:sg",
          "person:ana-model": "country:vn", "person:ali-test": "country:id",
          "person:somchai-trial": "country:th"}),
    (ES, {"person:juan-ejemplo": "country:ph", "person:tan-muestra": "country:sg",
          "person:ana-modelo": "country:vn", "person:luis-prueba": "country:th"}),
]


@pytest.mark.parametrize("text, states", ROLLS)
def test_each_line_of_an_opened_roll_gives_its_delegate_and_country(text, states):
    batch = read(text)
    represents = pairs(batch, "REPRESENTS")
    taking_part = {s for s, _ in pairs(batch, "PARTICIPATES_IN")}
    for person, state in states.items():
        assert {s for p, s in represents if p == person and s.startswith("country:")} == {state}
        assert {person, state} <= taking_part


@pytest.mark.parametrize("text, states", ROLLS)
def test_a_post_between_the_commas_is_no_organisation(text, states):
    organisations = named(read(text), "Organization")
    assert not {"Director-General", "DS", "Directora General"} & set(organisations), organisations


@pytest.mark.parametrize("text", [
    "JOINT STATEMENT\n1. The Ministers met in Hanoi on 2 June 2015 and agreed on the following:\n"
    "Mr. Juan Example, Secretary of Transportation, the Philippines, will chair the working "
    "group on ports\n2. The Ministers will meet again in 2016.\n",
    "COMUNICADO\n1. Los ministros se reunieron en Manila el 2 de junio de 2015 y acordaron lo "
    "siguiente:\nEl Sr. Juan Ejemplo, Secretario de Transporte, Filipinas, presidirá el grupo de "
    "trabajo sobre puertos\n2. Los ministros se reunirán nuevamente en 2016.\n",
])
def test_a_colon_after_other_words_opens_no_roll(text):
    assert "country:ph" not in {s for s, _ in pairs(read(text), "PARTICIPATES_IN")}
