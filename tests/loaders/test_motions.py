"""Minutes: motions that passed, their movers, seconders and opponents; action items with an owner;
decisions a list marks among its notes (loaders.motions, loaders.commitments)."""
from loaders.pipeline import extract
from tests.loaders.conftest import edges
from tests.loaders.batches import check_spans, read
from tests.shared_documents import corpus_batch

MINUTES_EN = """Board of the Harbour Trust: monthly meeting

- Meeting Date: March 4, 2024

## Attendance

| Organisation | Name | Role |
|---|---|---|
| Port Authority | Grace Okafor | Member |
| City Council | Liam Byrne | Member |
| Ferry Union | Priya Nair | Member |

## Discussion

- Proposal [#12](https://example.org/12) to publish the dredging schedule.
  - Grace Okafor moved to publish the schedule on the Trust's website.
  - Liam Byrne seconded the motion.
  - Priya voted against.
  - Motion carried and Liam will upload the file.

- Liam Byrne made a motion to buy a second tug.
  - Priya seconded.
  - The motion failed.

- Priya Nair set motion to close the meeting.
  - Motion withdrawn later.
"""


def _commitments(b):
    return {n.id: n for n in b.nodes.values() if n.kind == "Commitment"}


def test_motion_that_passed_is_a_commitment_with_mover_seconder_opponent_and_owner():
    b = read(MINUTES_EN, "harbour-minutes")
    motions = {i: n for i, n in _commitments(b).items() if ":motion:" in i}
    assert len(motions) == 1            # the tug motion failed, the last one was withdrawn
    (cid, node), = motions.items()
    assert "#12" in node.properties["text"] and "dredging schedule" in node.properties["text"]
    assert {e.source for e in edges(b, "PROPOSED", dst=cid)} == {"person:grace-okafor"}
    assert {e.source for e in edges(b, "SUPPORTED", dst=cid)} == {"person:liam-byrne"}
    assert {e.source for e in edges(b, "OBJECTED", dst=cid)} == {"person:priya-nair"}
    assert {e.source for e in edges(b, "RESPONSIBLE_FOR", dst=cid)} == {"person:liam-byrne"}
    # "Priya" is resolved to the one full name the minutes write for her
    assert b.nodes["person:priya-nair"].sources[0].quote == "Priya Nair"


MINUTES_ES = """Acta de la Junta Directiva de la Asociación Vecinal Río Claro

Asistentes: Marta Gil Soler, Tomás Prieto, Elena Vidal.

1. Cuotas. Marta Gil Soler presenta una moción para congelar las cuotas durante 2025, secundada por Elena Vidal. Se aprueba por unanimidad.

2. Local. Tomás Prieto presenta una moción para alquilar un local nuevo. No prospera.
"""


def test_spanish_motion_seconded_by_and_approved():
    b = read(MINUTES_ES, "acta-junta-vecinal")
    motions = {i: n for i, n in _commitments(b).items() if ":motion:" in i}
    assert len(motions) == 1
    (cid, node), = motions.items()
    assert "congelar las cuotas" in node.properties["text"]
    assert {e.source for e in edges(b, "PROPOSED", dst=cid)} == {"person:marta-gil-soler"}
    assert {e.source for e in edges(b, "SUPPORTED", dst=cid)} == {"person:elena-vidal"}


def test_a_first_name_two_people_share_resolves_to_nobody():
    text = """Working group minutes

- Ana Torres and Ana Ruiz attended.

- Ana set motion to adopt the glossary.
  - Ben Cole seconded the motion.
  - Motion passed.
"""
    b = extract(text, "wg-minutes", curation=False)
    (cid,) = [i for i in _commitments(b) if ":motion:" in i]
    assert edges(b, "PROPOSED", dst=cid) == []
    assert {e.source for e in edges(b, "SUPPORTED", dst=cid)} == {"person:ben-cole"}


ACTA_ITEMS = """Reunión del equipo organizador

Asistentes

- Lucía Méndez
- Óscar Lara

Acuerdos sobre la próxima jornada

- Se acuerda celebrar la jornada el 14 de marzo de 2025 en la biblioteca municipal.
- El lema de la jornada será «Datos para todos».
- Se plantea la posibilidad de invitar a un ponente extranjero.
- Difusión: enviar el cartel a los institutos de la zona.
- Queda pendiente pedir presupuesto de la megafonía. **Responsable: Lucía Méndez**.

Otros asuntos

- Habrá que revisar el inventario del almacén. Responsable: Óscar Lara.
"""


def test_minutes_list_keeps_marked_decisions_and_owners():
    b = read(ACTA_ITEMS, "equipo-organizador")
    texts = {n.properties["text"]: i for i, n in _commitments(b).items()}
    assert any(t.startswith("Se acuerda celebrar la jornada") for t in texts)
    assert any(t.startswith("Difusión: enviar el cartel") for t in texts)
    assert any(t.startswith("Queda pendiente pedir presupuesto") for t in texts)
    assert any(t.startswith("Habrá que revisar el inventario") for t in texts)
    # notes of the list are no decisions
    assert not any("lema de la jornada" in t or "Se plantea la posibilidad" in t for t in texts)
    owner = {(e.source, b.nodes[e.target].properties["text"][:20]) for e in edges(b, "RESPONSIBLE_FOR")}
    assert ("person:lucia-mendez", "Queda pendiente pedi") in owner
    assert ("person:oscar-lara", "Habrá que revisar el") in owner


def test_corpus_minutes_motions():
    """The CSAF technical committee minutes of 27 September 2023: nine motions passed."""
    b = corpus_batch("24-oasis-csaf-tc-minutes-2023-09-27.md")
    check_spans(b)
    motions = {i: n for i, n in _commitments(b).items() if ":motion:" in i}
    assert len(motions) == 9
    first = next(i for i, n in motions.items() if "acting chair" in n.properties["text"])
    assert {e.source for e in edges(b, "PROPOSED", dst=first)} == {"person:stefan-hagen"}
    assert {e.source for e in edges(b, "SUPPORTED", dst=first)} == {"person:justin-murphy"}
    both = next(i for i, n in motions.items() if "#624" in n.properties["text"])
    assert {e.source for e in edges(b, "SUPPORTED", dst=both)} == {"person:denny-page",
                                                                   "person:thomas-schmidt"}
    # "#626: Thomas set motion": two Thomases took part, so no mover
    which = next(i for i, n in motions.items() if "#626" in n.properties["text"])
    assert edges(b, "PROPOSED", dst=which) == []


POSITIONS = """Minutes of the Garden Committee

Present: the Chair, Ms Ann Lee; the Secretary, Mr Tom Hale.

Ann Lee suggests moving the meetings to Fridays. Tom disagrees with the change.

Asistentes: la Presidenta, Sra. Carmen Ortega; el Tesorero, Sr. Luis Pardo.

Luis no está de acuerdo con el gasto. Carmen comenta que lloverá.
"""


def test_persons_who_suggest_object_or_disagree_in_minutes():
    b = read(POSITIONS, "garden-committee")
    got = {(e.type, b.nodes[e.source].name.split()[-1], b.nodes[e.target].properties["text"])
           for e in b.edges.values() if e.type in ("PROPOSED", "OBJECTED", "SUPPORTED")}
    assert got == {("PROPOSED", "Lee", "Ann Lee suggests moving the meetings to Fridays."),
                   ("OBJECTED", "Hale", "Tom disagrees with the change."),
                   ("OBJECTED", "Pardo", "Luis no está de acuerdo con el gasto.")}
