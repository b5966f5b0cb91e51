"""Who a joint commitment binds when its subject is the heads of the delegations ("The Prime
Ministers agreed to ...", "Los Cancilleres acordaron ..."), written across a line break or with
double spaces as PDF text has them; and the positions persons take in minutes with a word between
name and stance ("Ralph also suggests"), or in a second verb ("... but suggests a deadline"), while
a seconder's line belongs to the motion, not to a statement (loaders.commitments,
loaders.statements)."""
from loaders.pipeline import extract
from tests.loaders.conftest import edges
from tests.loaders.batches import bound, commitments, read
from tests.shared_documents import corpus_batch

LEADERS = """Joint Statement by the Prime Ministers of Norway and Iceland

Reykjavik, 14 June 2024

The Prime Ministers of Norway and Iceland met in Reykjavik on 14 June 2024.

The Prime Ministers agreed to provide NOK 40 million in matched funding for a joint fisheries research programme.

The two  Governments
will publish a joint report on Arctic shipping by the end of 2024.

The Prime Ministers noted the progress of the energy dialogue.
"""

CANCILLERES = """Comunicado conjunto de Uruguay y Paraguay

Asunción, 9 de septiembre de 2023

Los Cancilleres de Uruguay y Paraguay se reunieron en Asunción el 9 de septiembre de 2023.

Los Cancilleres acordaron elaborar un plan binacional de navegación del río Paraguay.

Los Ministros
de ambos Estados presidirán la reunión de la comisión mixta a más tardar el 30 de noviembre de 2023.

Los Cancilleres destacaron la amistad entre ambos pueblos.
"""


def test_prime_ministers_agreeing_bind_both_states():
    b = read(LEADERS, "joint-statement-norway-iceland")
    c = commitments(b)
    funding = next(i for t, i in c.items() if t.startswith("The Prime Ministers agreed to provide"))
    report = next(i for t, i in c.items() if t.startswith("The two  Governments"))
    assert bound(b, funding) == {"country:no", "country:is"}
    assert {e.sources[0].quote for e in edges(b, "RESPONSIBLE_FOR", dst=funding)} == {"The Prime Ministers"}
    assert bound(b, report) == {"country:no", "country:is"}
    assert {e.sources[0].quote for e in edges(b, "RESPONSIBLE_FOR", dst=report)} == {"The two  Governments"}
    # what they only noted binds nobody
    assert not any(t.startswith("The Prime Ministers noted") for t in c)


def test_cancilleres_acordaron_y_ministros_de_ambos_estados_en_dos_lineas():
    b = read(CANCILLERES, "comunicado-uruguay-paraguay")
    c = commitments(b)
    plan = next(i for t, i in c.items() if t.startswith("Los Cancilleres acordaron elaborar"))
    chair = next(i for t, i in c.items() if t.startswith("Los Ministros\nde ambos Estados"))
    assert bound(b, plan) == {"country:uy", "country:py"}
    assert {e.sources[0].quote for e in edges(b, "RESPONSIBLE_FOR", dst=plan)} == {"Los Cancilleres"}
    assert bound(b, chair) == {"country:uy", "country:py"}
    assert {e.sources[0].quote for e in edges(b, "RESPONSIBLE_FOR", dst=chair)} == \
        {"Los Ministros\nde ambos Estados"}
    assert not any(t.startswith("Los Cancilleres destacaron") for t in c)


MINUTES = """Steering Committee of the River Basin Network: minutes

- Meeting Date: May 6, 2024

## Attendance

| Organisation | Name | Role |
|---|---|---|
| Water Board | Marta Lindqvist | Member |
| Delta Institute | Oskar Brandt | Member |
| Coastal League | Helga Moen | Member |

## Discussion

- Budget of the monitoring campaign.
  - Marta Lindqvist hopes that the budget can be kept but suggests a ceiling for travel costs.
  - Oskar Brandt also objects to the new reporting template.
  - Helga Moen then agrees.

- Proposal to publish the flood maps.
  - Marta Lindqvist moved to publish the maps on the Network's website.
  - Oskar Brandt seconded the motion.
  - Motion carried.
"""


def _stance(b, etype, person):
    return [n for e in edges(b, etype) if e.source == person for n in [b.nodes[e.target]]]


def test_person_stances_after_an_adverb_or_in_a_second_verb():
    b = read(MINUTES, "steering-committee-minutes")
    (ceiling,) = [n for n in _stance(b, "PROPOSED", "person:marta-lindqvist") if n.kind == "Statement"]
    assert ceiling.properties["text"] == \
        "Marta Lindqvist hopes that the budget can be kept but suggests a ceiling for travel costs."
    (template,) = [n for n in _stance(b, "OBJECTED", "person:oskar-brandt") if n.kind == "Statement"]
    assert template.properties["text"] == "Oskar Brandt also objects to the new reporting template."
    (agrees,) = [n for n in _stance(b, "SUPPORTED", "person:helga-moen") if n.kind == "Statement"]
    assert agrees.properties["text"] == "Helga Moen then agrees."


def test_a_seconders_line_is_the_motions_not_a_statement():
    b = extract(MINUTES, "steering-committee-minutes", curation=False)
    backed = _stance(b, "SUPPORTED", "person:oskar-brandt")
    assert [n.kind for n in backed] == ["Commitment"]
    assert "publish the maps" in backed[0].properties["text"]
    assert not any(n.kind == "Statement" and "seconded" in n.properties.get("text", "")
                   for n in b.nodes.values())


ACTA_ES = """Acta de la reunión de la Junta Directiva de la Asociación Vecinal Los Pinos

Fecha: 12 de febrero de 2024

Asistentes: Lucía Ferrer Gil, Tomás Ibáñez Ruiz y Nuria Salas Vidal.

1. Presupuesto de las fiestas.

Lucía Ferrer Gil entiende que el gasto es alto, pero propone mantener el concurso de carrozas.

Tomás Ibáñez Ruiz también se opone a subir la cuota.
"""


def test_posturas_tras_un_adverbio_o_en_un_segundo_verbo():
    b = read(ACTA_ES, "acta-junta-los-pinos")
    (prop,) = [n for n in _stance(b, "PROPOSED", "person:lucia-ferrer-gil") if n.kind == "Statement"]
    assert prop.properties["text"] == \
        "Lucía Ferrer Gil entiende que el gasto es alto, pero propone mantener el concurso de carrozas."
    (obj,) = [n for n in _stance(b, "OBJECTED", "person:tomas-ibanez-ruiz") if n.kind == "Statement"]
    assert obj.properties["text"] == "Tomás Ibáñez Ruiz también se opone a subir la cuota."


def test_corpus_leaders_statement_binds_both_states_to_the_matched_funding():
    b = corpus_batch("05-australia-nz-leaders-joint-statement-2013.txt")
    c = commitments(b)
    funding = next(i for t, i in c.items() if "NZ$3 million" in t)
    assert bound(b, funding) == {"country:au", "country:nz"}


CONVINIERON = """Comunicado conjunto de Bolivia y Perú

La Paz, 5 de marzo de 2024

Los Cancilleres de Bolivia y Perú se reunieron en La Paz el 5 de marzo de 2024.

Asimismo, los Cancilleres convinieron en realizar una reunión de la Comisión Mixta de Aguas antes del 30 de junio de 2024.

Los Cancilleres coincidieron en la necesidad de fortalecer el diálogo político.
"""


def test_cancilleres_convinieron_en_realizar_es_un_compromiso_de_ambos():
    b = read(CONVINIERON, "comunicado-bolivia-peru")
    c = commitments(b)
    assert list(c) == ["Asimismo, los Cancilleres convinieron en realizar una reunión de la Comisión "
                       "Mixta de Aguas antes del 30 de junio de 2024."]
    (cid,) = c.values()
    assert bound(b, cid) == {"country:bo", "country:pe"}
    assert {e.sources[0].quote for e in edges(b, "RESPONSIBLE_FOR", dst=cid)} == {"los Cancilleres"}
    assert {e.target for e in edges(b, "DUE", src=cid)} == {"date:2024-06-30"}
