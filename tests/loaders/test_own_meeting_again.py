"""A document that names its own meeting a second time with the same ordinal and forum ("the
XXI Meeting of the RCM" in the declaration of the "XXI Regional Conference on Migration (RCM)",
Roman or arabic ordinals)
has one meeting, not two events; a meeting with another ordinal stays an event of its own."""
from tests.loaders.batches import read

EN = """XIV ANDEAN MIGRATION FORUM (AMF): DECLARATION OF LIMA

The Vice-Ministers of the Member Countries of the Andean Migration Forum (AMF) gathered at the XIV Vice-Ministerial Meeting held in Lima, Peru, on 4-5 May 2015.

We discussed the central theme of the XIV Meeting of the AMF and recall the decisions of the XIII Meeting of the AMF held in Quito in 2014.
"""

EN2 = """Chair's Statement: 7th Pacific Labour Mobility Dialogue (PLMD)

Ministers of the member states of the Pacific Labour Mobility Dialogue (PLMD) met in Suva, Fiji, on 2 June 2022.

Ministers reviewed the outcomes of the 6th Meeting of the PLMD held in Apia in 2021 and agreed the theme of the 7th Meeting of the PLMD.
"""


def _events(text):
    b = read(text, "own-again")
    return sorted(n.name for n in b.nodes.values() if n.kind == "Event" and n.id != "event:own-again:meeting")


def test_the_own_meeting_named_again_is_no_other_event():
    assert not [e for e in _events(EN) if e.startswith("XIV")]
    assert not [e for e in _events(EN2) if e.startswith("7th")]


def test_a_meeting_with_another_ordinal_stays_an_event():
    assert "XIII Meeting of the AMF" in _events(EN)
    assert "6th Meeting of the PLMD" in _events(EN2)
