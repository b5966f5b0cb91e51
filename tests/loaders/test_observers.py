"""A participant the document calls an observer right after naming it takes part as an observer,
whichever rule found it taking part; the others in the same sentence keep taking part in full."""
import pytest

from loaders.pipeline import extract
from tests.loaders.batches import check_spans

TITLE = "Acta de la II Reunión del Foro Regional de Ejemplo\n\n"


@pytest.mark.parametrize("sentence,full,observer", [
    ("La reunión contó con la participación de las delegaciones de Argentina, Chile y Perú, "
     "y con la presencia de México en su carácter de país observador.",
     {"country:ar", "country:cl", "country:pe"}, "country:mx"),
    ("Se contó con la participación de Bolivia y Ecuador; también con la presencia de Cuba en "
     "calidad de observadora.",
     {"country:bo", "country:ec"}, "country:cu"),
    ("The meeting was attended by Fiji, Samoa and Japan, as an observer.",
     {"country:fj", "country:ws"}, "country:jp"),
])
def test_a_participant_called_observer_takes_part_as_one(sentence, full, observer):
    batch = extract(TITLE + sentence, "d", curation=False)
    meeting = "event:d:meeting"
    roles = {}
    for e in batch.edges.values():
        if e.type == "PARTICIPATES_IN" and e.target == meeting:
            roles.setdefault(e.source, set()).add(e.properties.get("role"))
    assert roles.get(observer) == {"observer"}, roles
    for country in full:
        assert roles.get(country) == {None}, roles
    check_spans(batch)
