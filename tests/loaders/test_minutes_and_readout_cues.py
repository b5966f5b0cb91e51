"""Cues of minutes and readouts for motions, decisions and stances: a motion written in the
present ("moves to approve", "seconds", "approved by unanimous consent") or with its mover after
it ("Motion to approve the agenda by X, seconded by Y"); support expressed in a readout ("expressed
support for", "manifestó su apoyo a"); a decision in the subjunctive ("agreed that officials hold
...") or with a reflexive infinitive ("acordaron reunirse"). (loaders.motions, loaders.statements,
loaders.commitments; data/lang/*/commitments.yaml, data/patterns.yaml)."""
from loaders.pipeline import extract
from tests.loaders.conftest import edges
from tests.loaders.batches import read

MINUTES = """Standards Committee Meeting Minutes, 14 May 2024

Attendees: Helen Park (Chair), Omar Ruiz, Dana Kell, Victor Lang.

1. Approval of the agenda
Motion to approve the agenda by Omar Ruiz, seconded by Dana Kell. No objections, motion passes.

2. Approval of the minutes of 9 April 2024
Victor Lang moves to approve the minutes. Helen Park seconds. Approved by unanimous consent.
"""


def test_motions_written_in_the_present_or_with_the_mover_after_them():
    b = read(MINUTES, "standards-committee")
    motions = {n.properties["text"]: i for i, n in b.nodes.items()
               if n.kind == "Commitment" and n.properties.get("acta_group") == "motion"}
    agenda = next(i for t, i in motions.items() if "Motion to approve the agenda" in t)
    minutes = next(i for t, i in motions.items() if "Victor Lang moves to approve" in t)
    assert {e.source for e in edges(b, "PROPOSED", dst=agenda)} == {"person:omar-ruiz"}
    assert {e.source for e in edges(b, "SUPPORTED", dst=agenda)} == {"person:dana-kell"}
    assert {e.source for e in edges(b, "PROPOSED", dst=minutes)} == {"person:victor-lang"}
    assert {e.source for e in edges(b, "SUPPORTED", dst=minutes)} == {"person:helen-park"}


READOUT = """Readout of the Meeting of Foreign Ministers of Canada, Chile and Peru

Lima, 8 September 2024

The Foreign Ministers of Canada, Chile and Peru met in Lima on 8 September 2024.

Peru expressed support for the proposal of Canada on refugee resettlement.

The Ministers agreed that senior officials hold a technical meeting before the end of 2024.
"""

COMUNICADO = """Comunicado conjunto: Reunión de Cancilleres de Costa Rica, Panamá y Colombia

Ciudad de Panamá, 14 de febrero de 2024

Los Cancilleres de Costa Rica, Panamá y Colombia se reunieron en Ciudad de Panamá.

Colombia manifestó su apoyo a la iniciativa de Panamá sobre un fondo humanitario.

Las delegaciones acordaron reunirse nuevamente en San José en junio de 2024.
"""


def test_support_expressed_in_a_readout_and_decisions_of_the_delegations():
    b = read(READOUT, "readout-lima")
    (s,) = edges(b, "SUPPORTED", src="country:pe")
    assert s.sources[0].quote.startswith("Peru expressed support for the proposal")
    c = {n.properties["text"]: i for i, n in b.nodes.items() if n.kind == "Commitment"}
    assert "The Ministers agreed that senior officials hold a technical meeting before the end " \
           "of 2024." in c

    b = read(COMUNICADO, "comunicado-darien")
    (s,) = edges(b, "SUPPORTED", src="country:co")
    assert s.sources[0].quote.startswith("Colombia manifestó su apoyo a la iniciativa")
    c = {n.properties["text"]: i for i, n in b.nodes.items() if n.kind == "Commitment"}
    meet = c["Las delegaciones acordaron reunirse nuevamente en San José en junio de 2024."]
    assert {e.source for e in edges(b, "RESPONSIBLE_FOR", dst=meet)} == \
        {"country:cr", "country:pa", "country:co"}


TURNS = """Security Advisory Technical Committee Meeting Minutes, 16 January 2024

Attendees: Nora Field (Chair), Igor Petrov, Bea Lund, Sam Osei.

Topic: Release schedule
- Igor Petrov: the validator needs another month of testing before release.
- Bea Lund: I propose to publish a release candidate first.
- Sam Osei: I agree with Bea.
- Nora Field: I object to a second release candidate, it delays the standard.
"""

TURNOS = """Acta de la reunión del Comité Editorial, 3 de abril de 2024

Asistentes: Lucía Mora (Presidenta), Pablo Ibáñez, Elena Soto.

Orden del día: calendario de publicación
Pablo Ibáñez: propongo adelantar el número de junio.
Elena Soto: no estoy de acuerdo, faltan las revisiones.
Lucía Mora: el comité revisará el calendario en mayo.
"""


def test_turns_written_after_the_speakers_name_and_a_colon():
    b = read(TURNS, "advisory-tc")
    said = {(e.type, e.source): e.sources[0].quote for e in b.edges.values()
            if e.type in ("SAID", "PROPOSED", "SUPPORTED", "OBJECTED")}
    assert said == {
        ("SAID", "person:igor-petrov"):
            "Igor Petrov: the validator needs another month of testing before release.",
        ("PROPOSED", "person:bea-lund"): "Bea Lund: I propose to publish a release candidate first.",
        ("SUPPORTED", "person:sam-osei"): "Sam Osei: I agree with Bea.",
        ("OBJECTED", "person:nora-field"):
            "Nora Field: I object to a second release candidate, it delays the standard."}

    b = read(TURNOS, "comite-editorial")
    said = {(e.type, e.source) for e in b.edges.values()
            if e.type in ("SAID", "PROPOSED", "SUPPORTED", "OBJECTED")}
    assert said == {("PROPOSED", "person:pablo-ibanez"), ("OBJECTED", "person:elena-soto"),
                    ("SAID", "person:lucia-mora")}


def test_a_collective_subject_that_counts_other_parties_binds_none():
    text = READOUT.replace("The Ministers agreed that senior officials hold",
                           "The two countries agreed to hold")
    b = extract(text, "readout-lima", curation=False)
    c = {n.properties["text"]: i for i, n in b.nodes.items() if n.kind == "Commitment"}
    hold = next(i for t, i in c.items() if t.startswith("The two countries agreed to hold"))
    assert not edges(b, "RESPONSIBLE_FOR", dst=hold)      # three countries met, not two


CONSEJO = """# Acta de la Sesión Ordinaria del Consejo Consultivo del Instituto Estatal de Transparencia

Asistentes: Luis Ortega Vidal (Consejero Presidente), María Fernanda Solís (Consejera), Andrés Pacheco Ruiz (Consejero).

El Consejero Andrés Pacheco Ruiz votó en contra del dictamen.

The Chair Luis Ortega Vidal strongly disagrees with the new calendar.
"""


def test_a_person_written_after_the_words_of_a_post_takes_a_position():
    b = read(CONSEJO, "consejo-consultivo")
    (against,) = edges(b, "OBJECTED", src="person:andres-pacheco-ruiz")
    assert against.sources[0].quote == "Andrés Pacheco Ruiz votó en contra del dictamen."
    (chair,) = edges(b, "OBJECTED", src="person:luis-ortega-vidal")
    assert chair.sources[0].quote == "Luis Ortega Vidal strongly disagrees with the new calendar."


CABILDO = """# Acta del Cabildo de la Villa de San Telmo, 12 de mayo de 1821

En la Villa de San Telmo, a doce de mayo de mil ochocientos veinte y uno, se reunieron en la sala capitular los señores del Ilustre Cabildo.

Leída la representación de los vecinos sobre el estado del puente, se acordó nombrar una comisión que reconozca la obra.

Tratóse luego del abasto de carnes, y los señores acordaron que se publique un bando fijando los precios.

Como se acordó en la sesión anterior, el Síndico presentó las cuentas del ramo de propios.
"""


def test_decisions_an_acta_records_in_the_middle_of_its_sentences():
    b = read(CABILDO, "cabildo-san-telmo")
    c = {n.properties["text"] for n in b.nodes.values() if n.kind == "Commitment"}
    assert c == {
        "Leída la representación de los vecinos sobre el estado del puente, se acordó nombrar una "
        "comisión que reconozca la obra.",
        "Tratóse luego del abasto de carnes, y los señores acordaron que se publique un bando "
        "fijando los precios."}


HOST_AND_GUESTS = """Readout of the Meeting of the Foreign Ministers of Costa Rica and Panama

San José, 3 March 2025

The Foreign Ministers of Costa Rica and Panama met in San José on 3 March 2025.

The Minister and her counterparts discussed regional migration and committed to expanding legal pathways for labour migration.
"""

ANFITRION = """Comunicado de la reunión de Cancilleres de Costa Rica y Panamá

San José, 3 de marzo de 2025

Los Cancilleres de Costa Rica y Panamá se reunieron en San José el 3 de marzo de 2025.

El Canciller y sus homólogos acordaron crear un grupo técnico sobre seguridad fronteriza.
"""


def test_a_host_and_the_guests_together_bind_the_parties_that_met():
    for text, doc, start in ((HOST_AND_GUESTS, "readout-san-jose", "The Minister and her counterparts"),
                             (ANFITRION, "comunicado-san-jose", "El Canciller y sus homólogos")):
        b = read(text, doc)
        c = {n.properties["text"]: i for i, n in b.nodes.items() if n.kind == "Commitment"}
        cid = next(i for t, i in c.items() if t.startswith(start))
        bound = edges(b, "RESPONSIBLE_FOR", dst=cid)
        assert {e.source for e in bound} == {"country:cr", "country:pa"}
        assert bound[0].sources[0].quote == start
