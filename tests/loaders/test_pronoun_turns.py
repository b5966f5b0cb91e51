"""A speaker's turn that goes on in the next paragraph under a pronoun or with no subject ("He
added that ...", "She also noted ...", "Agregó que ..."): the same statement of the same person
(data/patterns.yaml speech `continued_turn`, loaders.statements._turn_end), only when one person
spoke last, and never past a heading."""
import pytest

from tests.loaders.batches import pairs, read

OPENING_EN = ("Readout\n\nForeign Minister Lena Strand of Sweden and Foreign Minister Tomas Oyelaran of "
              "Nigeria met in Oslo on 4 March 2021.\n\n")
OPENING_ES = ("Nota\n\nLa Canciller de Chile, Rocío Barrantes, y el Canciller del Uruguay, Matías Irigoyen, "
              "se reunieron en Asunción el 4 de marzo de 2021.\n\n")


def statements_of(batch, actor: str) -> list[str]:
    """The texts of the statements `actor` SAID, in the batch's order."""
    return [batch.nodes[d].properties["text"] for s, d in pairs(batch, "SAID") if s == actor]


@pytest.mark.parametrize("text,person,first,second", [
    (OPENING_EN + "Minister Strand said that Sweden would double its support to the fisheries "
     "programme.\n\nShe added that the programme would open an office in Lagos.\n",
     "person:lena-strand", "Sweden would double", "She added that the programme would open an office in Lagos."),
    (OPENING_EN + "Minister Oyelaran said that Nigeria would host the next round.\n\nHe also noted that "
     "the coastguards of both countries would train together.\n",
     "person:tomas-oyelaran", "Nigeria would host",
     "He also noted that the coastguards of both countries would train together."),
    (OPENING_ES + "La Canciller Barrantes señaló que Chile duplicará su aporte al programa pesquero.\n\n"
     "Agregó que el programa abrirá una oficina en Montevideo.\n",
     "person:rocio-barrantes", "Chile duplicará", "Agregó que el programa abrirá una oficina en Montevideo."),
])
def test_the_next_paragraph_goes_on_with_the_same_speaker(text, person, first, second):
    batch = read(text)
    said = statements_of(batch, person)
    assert len(said) == 1 and first in said[0] and said[0].endswith(second)


@pytest.mark.parametrize("text,speaker,later", [
    # a heading between: the next section is no part of the turn
    (OPENING_EN + "Minister Strand said that Sweden would double its support.\n\n## Fisheries\n\n"
     "She added that the programme would open an office in Lagos.\n",
     "person:lena-strand", "Lagos"),
    (OPENING_ES + "La Canciller Barrantes señaló que Chile duplicará su aporte.\n\n## Pesca\n\n"
     "Agregó que el programa abrirá una oficina en Montevideo.\n",
     "person:rocio-barrantes", "Montevideo"),
    # the turn was a state's: "she" is no one of it
    ("Readout\n\nThe foreign ministers of Sweden and Nigeria met in Oslo on 4 March 2021.\n\nSweden said "
     "that it would double its support to the fisheries programme.\n\nShe added that the programme "
     "would open an office in Lagos.\n",
     "country:se", "Lagos"),
])
def test_a_turn_does_not_go_on_past_a_heading_or_to_a_pronoun_of_no_one(text, speaker, later):
    said = statements_of(read(text), speaker)
    assert said and not any(later in s for s in said)
