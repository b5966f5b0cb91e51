"""Who organises and who sponsors the document's own meeting, in a sentence whose subject is that
meeting ("Este foro ... con el respaldo de ...", "The workshop was convened by ... with the
support of ..."): ORGANISES and SUPPORTED to the meeting, each quoting the cue and the actor."""
import pytest

from tests.loaders.batches import read
from tests.loaders.test_two_word_names import general
from tests.shared_documents import corpus_batch


def to_meeting(batch, etype):
    """{actor name} of the `etype` edges to the document's meeting, every source checked."""
    text = batch.nodes[batch.document].properties["text"]
    out = set()
    for e in batch.edges.values():
        if e.type == etype and e.target.endswith(":meeting"):
            for s in e.sources:
                assert text[s.start:s.end] == s.quote
            out.add(batch.nodes[e.source].name)
    return out


@pytest.mark.parametrize("sentence,organisers,sponsors", [
    ("La reunión fue organizada por la Secretaría Técnica del Sistema, con el apoyo de la Organización "
     "Internacional para las Migraciones (OIM) y de la Agencia Alemana de Cooperación (GIZ).",
     {"Secretaría Técnica del Sistema"},
     {"Organización Internacional para las Migraciones", "Agencia Alemana de Cooperación"}),
    ("The meeting was convened by the Pacific Islands Forum Secretariat with the support of the United "
     "Nations Development Programme (UNDP).",
     # an English document shows the English names of shared entities (loaders.display_names)
     {"Pacific Islands Forum"}, {"United Nations Development Programme"}),
    ("Este taller regional forma parte del programa que impulsamos con el auspicio del Banco "
     "Interamericano de Desarrollo (BID), a través del Fondo Especial de la Unión Europea (UE), en "
     "coordinación con la Secretaría Ejecutiva del Consejo Regional.",
     {"Secretaría Ejecutiva del Consejo Regional"}, {"Banco Interamericano de Desarrollo", "Unión Europea"}),
    ("The workshop was hosted by the Government of Fiji and sponsored by the Asian Development Bank (ADB).",
     {"Fiji"}, {"Asian Development Bank"}),
])
def test_organisers_and_sponsors_of_the_meeting(sentence, organisers, sponsors):
    b = general(f"Nota\n\n{sentence}\n")
    assert to_meeting(b, "ORGANISES") == organisers
    assert to_meeting(b, "SUPPORTED") == sponsors


def test_the_source_runs_from_the_cue_to_the_sponsor():
    b = general("Nota\n\nEl encuentro contó con el apoyo de la Unión Europea.\n")
    (e,) = [e for e in b.edges.values() if e.type == "SUPPORTED"]
    assert e.sources[0].quote == "contó con el apoyo de la Unión Europea"


@pytest.mark.parametrize("sentence", [
    # the sentence is not about the meeting: a commitment, another meeting, a report
    "Los países trabajarán con el apoyo de la Organización Internacional para las Migraciones (OIM).",
    "La reunión de Ministros de Salud, organizada por la Organización Panamericana de la Salud, se "
    "celebró en 2019.",
    "This forum presented the report prepared with the support of the United Nations Development "
    "Programme (UNDP).",
])
def test_no_sponsor_outside_a_sentence_about_the_meeting(sentence):
    b = general(f"Nota\n\n{sentence}\n")
    assert not to_meeting(b, "SUPPORTED") and not to_meeting(b, "ORGANISES")


def test_a_regional_forum_and_its_backers():
    b = corpus_batch("17-foro-regional-datos-abiertos-centroamerica-2025.md")
    backers = {a for e in b.edges.values() if e.type == "SUPPORTED" and e.target.endswith(":meeting")
               for a in b.nodes[e.source].properties.get("aliases") or []}
    assert {"BMZ", "GIZ"} <= backers
    assert any(b.nodes[e.source].name == "Secretaría Ejecutiva del COSEFIN"
               for e in b.edges.values() if e.type == "ORGANISES" and e.target.endswith(":meeting"))


@pytest.mark.parametrize("text,funders", [
    ("Pacific Fisheries Ministers Meeting\n\nThe Pacific Fisheries Ministers Meeting was held in Apia on "
     "4 May 2018.\n\nMinisters thanked Japan and Canada for funding the first Pacific Fisheries Ministers "
     "Meeting.\n", {"Japan", "Canada"}),
    ("Reunión de Cancilleres de Chile y Perú\n\nLos cancilleres se reunieron en Lima el 3 de mayo de 2018."
     "\n\nLos cancilleres agradecieron a España por financiar esta reunión.\n", {"España"}),
])
def test_actors_thanked_for_funding_the_meeting_support_it(text, funders):
    b = read(text, "funders")
    assert to_meeting(b, "SUPPORTED") == funders


@pytest.mark.parametrize("text", [
    # what was funded is another meeting, a text, or is not named as the meeting
    "Pacific Fisheries Ministers Meeting\n\nThe Pacific Fisheries Ministers Meeting was held in Apia on "
    "4 May 2018.\n\nMinisters thanked Japan for funding the 12th Pacific Islands Leaders Summit.\n",
    "Reunión de Cancilleres de Chile y Perú\n\nLos cancilleres se reunieron en Lima el 3 de mayo de 2018."
    "\n\nLos cancilleres agradecieron a España por financiar el estudio sobre migración laboral.\n",
    "Pacific Fisheries Ministers Meeting\n\nThe Pacific Fisheries Ministers Meeting was held in Apia on "
    "4 May 2018.\n\nMinisters thanked Japan for its hospitality and Canada for its report.\n",
])
def test_thanks_for_funding_something_else_support_nothing(text):
    b = read(text, "funders")
    assert not to_meeting(b, "SUPPORTED")


@pytest.mark.parametrize("sentence,organisers", [
    ("La reunión fue organizada, como en años anteriores, por la Secretaría Técnica del Sistema.",
     {"Secretaría Técnica del Sistema"}),
    ("El taller fue convocado\npor la Secretaría Técnica del Sistema.", {"Secretaría Técnica del Sistema"}),
    ("The workshop was hosted, for the second year running, by the Government of Fiji.", {"Fiji"}),
    ("The meeting was organised\nby the Government of Fiji.", {"Fiji"}),
])
def test_an_aside_or_a_line_break_before_by_keeps_the_organiser(sentence, organisers):
    b = general(f"Nota\n\n{sentence}\n")
    assert to_meeting(b, "ORGANISES") == organisers


@pytest.mark.parametrize("sentence", [
    # the aside holds a name or a sentence end: not one cue
    "La reunión fue organizada, con Chile, y por eso la Secretaría Técnica del Sistema informó.",
    "The workshop was hosted. By then the Government of Fiji had left.",
])
def test_no_organiser_across_a_name_or_a_sentence_end(sentence):
    b = general(f"Nota\n\n{sentence}\n")
    assert not to_meeting(b, "ORGANISES")
