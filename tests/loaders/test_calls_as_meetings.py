"""A call is a meeting: those who held it take part in it, and the states they speak for
("A y B sostuvieron una llamada telefónica", "A and B held a phone call", a video call);
a call for proposals, or a call someone made to others, is no meeting of its speakers
(data/patterns.yaml frame.meeting_subject_verbs)."""
import pytest

from tests.loaders.batches import pairs, read

CALL_ES = """Cancilleres de Chile y Perú acuerdan grupo de trabajo

Lima, 3 de marzo de 2025

Los cancilleres Ana Soto, de Chile, y Luis Prado, del Perú, sostuvieron una llamada telefónica este lunes 3 de marzo, en la que acordaron crear un grupo de trabajo sobre movilidad fronteriza.
"""

CALL_EN = """Readout of the Foreign Ministers' call

Wellington, 3 March 2025

Foreign Ministers Anna Cole of New Zealand and Tomas Reyes of Chile held a phone call on 3 March 2025, in which they agreed to set up a working group on labour mobility.
"""

VIDEO_EN = """Readout of the Ministers' video call

Suva, 8 April 2025

The Ministers of Fiji and Samoa held a video call on 8 April 2025 to review the labour mobility scheme.
"""

NO_CALL_EN = """Statement of the Regional Fund

Suva, 8 April 2025

The Regional Fund launched a call for proposals on labour mobility. Fiji and Samoa welcomed the call.
"""


def _taking_part(b) -> set:
    return {s for s, t in pairs(b, "PARTICIPATES_IN")}


@pytest.mark.parametrize("text,doc,expected", [
    (CALL_ES, "llamada-es", {"country:cl", "country:pe", "person:ana-soto", "person:luis-prado"}),
    (CALL_EN, "call-en", {"country:nz", "country:cl", "person:anna-cole", "person:tomas-reyes"}),
    (VIDEO_EN, "video-call-en", {"country:fj", "country:ws"}),
])
def test_those_who_held_a_call_take_part_in_it(text, doc, expected):
    assert _taking_part(read(text, doc)) >= expected


def test_a_call_for_proposals_is_no_meeting_of_those_who_welcome_it():
    assert not _taking_part(read(NO_CALL_EN, "no-call-en")) & {"country:fj", "country:ws"}
