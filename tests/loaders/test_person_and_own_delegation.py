"""A person and a state's delegation as one subject ("Secretary A and the U.S. delegation noted",
"la Canciller A y la delegación de Chile destacaron"): the person is of that state, and so are the
officials who joined the person, named again by post and surname ("B and C joined Secretary A")."""
import pytest

from tests.loaders.batches import pairs, read

ENGLISH = ("Readout\n\nSecretary of State Ana Ejemplo hosted Foreign Minister Luis Modelo of Peru at the "
           "Department of State.\nDeputy Secretary Marta Prueba and Under Secretary Tomas Ensayo joined "
           "Secretary Ejemplo for the meeting.\nDuring the meeting, Secretary Ejemplo and the U.S. delegation "
           "noted the progress made on trade.\n")
SPANISH = ("Comunicado\n\nLa Canciller Ana Ejemplo recibió al Ministro Luis Modelo en la Cancillería.\n"
           "La Viceministra Marta Prueba y el Director Tomás Ensayo acompañaron a la Canciller Ejemplo.\n"
           "Durante la reunión, la Canciller Ejemplo y la delegación de Chile destacaron los avances.\n")


@pytest.mark.parametrize("text,country,joined", [
    (ENGLISH, "country:us", ["person:marta-prueba", "person:tomas-ensayo"]),
    (SPANISH, "country:cl", []),
])
def test_a_person_and_a_delegation_as_one_subject(text, country, joined):
    batch = read(text, "readout")
    assert ("person:ana-ejemplo", country) in pairs(batch, "REPRESENTS", "person:ana-ejemplo")
    for pid in joined:
        assert pairs(batch, "REPRESENTS", pid) == {(pid, country)}


def test_a_delegation_of_someone_else_named_after_of_does_not_fire():
    batch = read("Readout\n\nSecretary of State Ana Ejemplo and the head of the delegation of Peru discussed "
                 "trade.\n", "readout")
    assert not pairs(batch, "REPRESENTS", "person:ana-ejemplo")
