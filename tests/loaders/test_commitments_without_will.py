"""Commitments written without "will": a present "commit to", an announcement of a programme,
a Spanish agreement whose verb comes after its object, "definieron trabajar", the impersonal
future of meetings, and the items of a list opened by a deciding verb (loaders.commitments)."""
from pathlib import Path

from loaders.pipeline import load_file
from tests.loaders.batches import bound, check_spans, commitments, pairs, read

ACUERDO_INVERTIDO = """Bolivia, Paraguay y Uruguay pactan cooperación fronteriza

–La creación de un grupo técnico de enlace binacional para ordenar el tránsito de trabajadores temporeros, acordaron los gobiernos de Bolivia, Paraguay y Uruguay, durante un encuentro en Asunción.

Los países definieron trabajar en un registro común de permisos de trabajo emitidos.

Por otro lado, las autoridades acordaron compartir datos sobre un albergue instalado en Encarnación.

Asimismo, se impulsarán encuentros trimestrales entre los agregados laborales de las tres naciones.

Se establecerán campos obligatorios en el formulario del registro.
"""

THREE = {"country:bo", "country:py", "country:uy"}


def _one(c: dict, words: str) -> str:
    (cid,) = [i for t, i in c.items() if words in t]
    return cid


def test_the_subject_after_the_verb_and_the_parties_that_met():
    b = read(ACUERDO_INVERTIDO, "pacto-fronterizo")
    c = commitments(b)
    # "X, acordaron los gobiernos de A, B y C": the governments named after the verb
    group = _one(c, "grupo técnico de enlace")
    assert bound(b, group) == THREE
    # the body it creates, after the lead's dash, is what it delivers
    ((_, body),) = pairs(b, "DELIVERABLE", src=group)
    assert b.nodes[body].kind == "Body"
    assert b.nodes[body].name.startswith("Grupo técnico de enlace binacional")
    # "Los países definieron trabajar en ...", "las autoridades acordaron ...": the three that met
    assert bound(b, _one(c, "registro común de permisos")) == THREE
    assert bound(b, _one(c, "albergue instalado")) == THREE
    # a meeting to be held in the impersonal future: a commitment that binds no one
    assert bound(b, _one(c, "encuentros trimestrales")) == set()
    # what a form will contain is no commitment
    assert not any("campos obligatorios" in t for t in c)


PRESENT = """Joint Statement from Canada and Mexico on Labour Mobility

On March 3, 2024, delegations of Canada and Mexico met in Ottawa.

Following the meeting, the two governments jointly commit to take concrete measures to expand seasonal work programs.

Mexico and the United States announce a new pilot scheme of regional hiring centres.

The delegations commit to the principles of fair recruitment.

Reporters announced a new program of interviews.
"""


def test_a_present_commit_to_and_an_announced_programme():
    b = read(PRESENT, "labour-mobility-statement")
    c = commitments(b)
    assert bound(b, _one(c, "jointly commit to take")) == {"country:ca", "country:mx"}
    # "A and the B announce a ... scheme": both, the article of the second one included
    assert bound(b, _one(c, "pilot scheme")) == {"country:mx", "country:us"}
    # committing to principles is no action; an announcement by no state binds no one
    assert not any("fair recruitment" in t for t in c)
    assert bound(b, _one(c, "program of interviews")) == set()


LEAD_IN = """Readout of the Ottawa Labour Mobility Meeting

On March 3, 2024, delegations of Canada, Mexico and Guatemala met in Ottawa.

At the close of the meeting, Canada and Mexico committed to:

- A joint registry of seasonal employers.

- Regional hiring centres in three provinces. These centres serve workers from both countries.

- Reconvening at the ministerial level next year.

The delegations discussed:

- Remittance costs in the corridor.
"""

INTRO = """Reunión binacional de Ecuador y Colombia sobre movilidad humana

El 5 de mayo de 2023 se reunieron las delegaciones de Ecuador y Colombia en Quito.

Al término de la reunión, Ecuador y Colombia se comprometieron a:

- Un protocolo común de atención a niños no acompañados.

- La apertura de dos centros binacionales de orientación.

Colombia mantiene su red consular en la frontera.
"""


def test_each_item_after_a_deciding_lead_in_is_a_commitment_of_its_subjects():
    b = read(LEAD_IN, "ottawa-readout")
    c = commitments(b)
    pair = {"country:ca", "country:mx"}
    for words in ("joint registry", "Regional hiring centres", "Reconvening at the ministerial"):
        assert bound(b, _one(c, words)) == pair, words
    # the sentence that goes on explaining an item, and the items of a list of topics discussed,
    # are no commitments
    assert not any("These centres serve" in t or "Remittance costs" in t for t in c)

    b = read(INTRO, "ecuador-colombia")
    c = commitments(b)
    for words in ("protocolo común", "centros binacionales"):
        assert bound(b, _one(c, words)) == {"country:ec", "country:co"}, words
    assert not any("red consular" in t for t in c)


FRONT_MATTER = """---
title: "Joint Statement from Peru and Bolivia on Border Health"
---

On April 2, 2024, officials of Peru and Bolivia met in Puno.

As a result of this meeting, the two governments jointly commit to open
three vaccination posts along the shared border before the rainy season
begins in the highlands of both countries and their neighbours.

Peru and Bolivia will also share weekly case counts.
"""


def test_a_running_sentence_is_not_taken_for_the_title_of_a_file_that_names_its_own(tmp_path: Path):
    path = tmp_path / "border-health.md"
    path.write_text(FRONT_MATTER, encoding="utf-8")
    b = load_file(path, curation=False)
    check_spans(b)
    c = commitments(b)
    # the file's title is in its front matter: the first sentence is running text, a commitment
    # of the two countries the text names
    assert bound(b, _one(c, "vaccination posts")) == {"country:pe", "country:bo"}


RENOVADO = """Diálogo migratorio entre Honduras y Nicaragua

Las delegaciones revisaron el flujo de viajeros en la frontera común.

Asimismo, reafirmaron la voluntad y el compromiso de sus gobiernos de seguir coordinando controles conjuntos en los pasos fronterizos.

También reiteraron la importancia del diálogo.
"""


def test_a_commitment_renewed_with_its_subject_left_implicit():
    b = read(RENOVADO, "dialogo-migratorio")
    c = commitments(b)
    # no parties were found: the two countries the text names renewed it
    assert bound(b, _one(c, "controles conjuntos")) == {"country:hn", "country:ni"}
    assert not any("importancia del diálogo" in t for t in c)


START_DATE = """Joint Statement from Canada and Mexico on Labour Mobility

On March 3, 2024, delegations of Canada and Mexico met in Ottawa.

Canada and Mexico announce a new pilot scheme of regional hiring centres. The scheme will widen access to seasonal work. These centres will begin receiving applications on the portal hire.example.org on April 15, 2024.

Canada and Mexico will also share data on labour inspections. Inspectors met on March 1, 2024.
"""

FECHA_INICIO = """Comunicado conjunto de Chile y Argentina

El 2 de febrero de 2025 se reunieron en Mendoza las delegaciones de Chile y Argentina.

Chile y Argentina anuncian un programa de ventanillas consulares únicas. Estas ventanillas comenzarán a atender el 3 de marzo de 2025.
"""


def test_a_sentence_after_a_commitment_that_dates_its_start():
    b = read(START_DATE, "start-date")
    c = commitments(b)
    assert pairs(b, "DUE", src=_one(c, "pilot scheme")) == {(_one(c, "pilot scheme"), "date:2024-04-15")}
    # a date of something else after a commitment is no deadline of it
    assert pairs(b, "DUE", src=_one(c, "labour inspections")) == set()

    b = read(FECHA_INICIO, "fecha-inicio")
    c = commitments(b)
    cid = _one(c, "ventanillas consulares")
    assert bound(b, cid) == {"country:cl", "country:ar"}
    assert pairs(b, "DUE", src=cid) == {(cid, "date:2025-03-03")}
