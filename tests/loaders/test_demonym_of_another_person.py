"""A demonym qualifies the post of the person named right after it ("the Chilean Foreign
Minister, Ms. A"), never a person a clause later ("the Chilean Foreign Minister also called on
the Prime Minister Mr. B"). Texts written for the test."""
import pytest

from tests.loaders.batches import pairs, read


@pytest.mark.parametrize("text, person, other", [
    ("Joint Statement\n\nThe talks were held in Wellington on 4 May 2019. The Chilean Foreign "
     "Minister, Ms. Ana Example, opened them. The Chilean Foreign Minister also called on the "
     "Prime Minister Mr. Tom Sample.\n", "person:ana-example", "person:tom-sample"),
    ("Comunicado\n\nLas conversaciones se celebraron en Wellington el 4 de mayo de 2019. La "
     "Canciller chilena, señora Ana Ejemplo, las inauguró. La Canciller chilena también visitó al "
     "Primer Ministro señor Tomás Muestra.\n", "person:ana-ejemplo", "person:tomas-muestra"),
])
def test_a_demonym_is_the_next_persons_never_one_a_clause_later(text, person, other):
    represents = pairs(read(text), "REPRESENTS")
    assert (person, "country:cl") in represents, represents
    assert (other, "country:cl") not in represents, represents
