"""Commitments written as a speaker's turn in minutes, taken on in words ("asumieron el
compromiso de"), and an agreement's obligations that bind a party in a later clause or as the
agent of a passive (loaders.action_items, loaders.commitments)."""
from tests.loaders.batches import bound, commitments, read
from tests.loaders.conftest import edges

TURNS = """Minutes of the Schema Working Group, 4 March 2024

Present: Ines Varga (chair), Paul Okafor, Lena Brandt.

o Paul: will upload the revised schema to the repository.

o Lena: the examples are out of date. Will rewrite them before the next call.

o Ines: will the group meet in April?

o Paul: the validator is slow.
"""


def test_a_speakers_turn_that_says_what_the_speaker_will_do():
    b = read(TURNS, "schema-wg")
    c = commitments(b)
    upload = c["o Paul: will upload the revised schema to the repository."]
    (paul,) = bound(b, upload)
    assert b.nodes[paul].name == "Paul Okafor"
    # the subject left out: the turn's speaker
    (lena,) = bound(b, c["Will rewrite them before the next call."])
    assert b.nodes[lena].name == "Lena Brandt"
    # a question and a remark commit no one
    assert not any("meet in April" in t or "validator" in t or "out of date" in t for t in c)


TURNOS = """Acta del grupo de trabajo de datos abiertos, 4 de marzo de 2024

Asistentes: Marta Quiroga (presidenta), Julián Ferrer, Rosa Beltrán.

- Julián: se encargará de publicar el catálogo en el portal.

- Rosa: el tablero está incompleto. Se encarga de completarlo esta semana.
"""


def test_a_speakers_turn_in_spanish():
    b = read(TURNOS, "grupo-datos")
    c = commitments(b)
    (julian,) = bound(b, c["Julián: se encargará de publicar el catálogo en el portal."])
    assert b.nodes[julian].name == "Julián Ferrer"
    (rosa,) = bound(b, c["Se encarga de completarlo esta semana."])
    assert b.nodes[rosa].name == "Rosa Beltrán"


COMPROMISO = """Encuentro de cancilleres sobre movilidad humana

Los cancilleres de Panamá y Costa Rica, Colombia y el ministro de Seguridad de Ecuador, Tomás Arriaga, asumieron hoy el compromiso de abrir un corredor de atención a familias migrantes.

Los periodistas asistieron al encuentro.
"""

COMMITMENT = """Ministerial meeting on labour mobility

The foreign ministers of Fiji and Samoa, Tonga and the Minister of Labour of Vanuatu, Ana Kalsakau, made a commitment to open a joint recruitment office.
"""


def test_a_commitment_taken_on_binds_the_actors_its_subject_names():
    b = read(COMPROMISO, "cancilleres-movilidad")
    c = commitments(b)
    corridor = next(i for t, i in c.items() if "corredor de atención" in t)
    who = bound(b, corridor)
    arriaga = next(i for i in who if i.startswith("person:"))
    assert b.nodes[arriaga].name == "Tomás Arriaga"
    # Ecuador is written inside the minister's post: the minister is bound, not the country
    assert who == {"country:pa", "country:cr", "country:co", arriaga}
    assert not any("periodistas" in t for t in c)

    b = read(COMMITMENT, "labour-mobility")
    c = commitments(b)
    office = next(i for t, i in c.items() if "joint recruitment office" in t)
    who = bound(b, office)
    kalsakau = next(i for i in who if i.startswith("person:"))
    assert b.nodes[kalsakau].name == "Ana Kalsakau"
    assert who == {"country:fj", "country:ws", "country:to", kalsakau}


AGREEMENT = """AGREEMENT

Between the Government of the Republic of Chile and the International Organization for Migration

The Government of the Republic of Chile (hereinafter referred to as the Government) and the International Organization for Migration (hereinafter referred to as the Organization) have agreed as follows:

1. SELECTION OF CANDIDATES a. The Government shall have the right to interview candidates and the Government will inform the Organization of the posts to be filled.

2. TRAVEL All travel costs of the candidates shall be borne by the Organization.

3. MEDICAL EXAMINATION The Organization will also be responsible for the medical examination of each candidate.

4. HOUSING The Government guarantees to each candidate housing during the first month.
"""


def test_an_agreements_party_bound_in_a_later_clause_after_a_heading_or_by_a_passive():
    b = read(AGREEMENT, "chile-iom-agreement")
    c = commitments(b)
    by_words = {w: i for t, i in c.items() for w in ("posts to be filled", "travel costs",
                                                       "medical examination", "housing")
                if w in t}
    assert bound(b, by_words["posts to be filled"]) == {"country:cl"}
    assert bound(b, by_words["travel costs"]) == {"organization:oim"}
    assert bound(b, by_words["medical examination"]) == {"organization:oim"}
    assert bound(b, by_words["housing"]) == {"country:cl"}


ACUERDO = """Acuerdo entre el Gobierno de la República del Ecuador y la Organización Internacional para las Migraciones

El Gobierno de la República del Ecuador (en adelante, "el Gobierno") y la Organización Internacional para las Migraciones (en adelante, "la Organización") acuerdan lo siguiente:

PRIMERO. Los gastos de traslado de los becarios serán cubiertos por la Organización.

SEGUNDO. El Gobierno emitirá los visados sin costo, y la Organización proporcionará el seguro médico.
"""


def test_an_agreements_party_bound_by_a_passive_or_a_later_clause_in_spanish():
    b = read(ACUERDO, "ecuador-oim-acuerdo")
    c = commitments(b)
    costs = next(i for t, i in c.items() if "gastos de traslado" in t)
    assert bound(b, costs) == {"organization:oim"}
    visas = next(i for t, i in c.items() if "visados" in t)
    assert bound(b, visas) == {"country:ec"}


COMMUNIQUE = """Joint Communiqué of the Ministers of Chile and Peru

Lima, 10 June 2024

The Ministers of Chile and Peru met in Lima on 10 June 2024.

Ministers agreed this survey should be carried out jointly by the two statistics offices.

The Chilean and Peruvian Governments have asked senior officials to finalise a protocol on border crossings.

Ministers agreed on the terms of reference of the joint border study.

Ministers noted that the survey had been discussed before.
"""


def test_agreeing_that_something_be_done_and_charging_officials_in_english():
    b = read(COMMUNIQUE, "chile-peru-communique")
    c = commitments(b)
    assert any("survey should be carried out jointly" in t for t in c)
    assert any("asked senior officials to finalise a protocol" in t for t in c)
    assert not any("had been discussed" in t for t in c)
    study = next(i for t, i in c.items() if "terms of reference" in t)
    (made,) = edges(b, "DELIVERABLE", src=study)
    assert b.nodes[made.target].kind == "Instrument"
    assert made.sources[0].quote == "terms of reference of the joint border study"


ACTA_PANEL = """Comunicado conjunto de las delegaciones de Panamá y Costa Rica

Ciudad de Panamá, 3 de marzo de 2024

Las delegaciones de Panamá y Costa Rica se reunieron en Ciudad de Panamá el 3 de marzo de 2024.

Las delegaciones acordaron los términos de referencia para una Comisión Binacional de Aguas.

Los cancilleres instruyeron a sus equipos técnicos que preparen un inventario de los pasos fronterizos.

Los Ministros de ambos países presidirán la instalación de la Comisión Binacional de Aguas en la Sede de la OEA el 30 de abril de 2024.
"""


def test_a_text_agreed_on_and_a_meeting_to_come_are_what_commitments_deliver_in_spanish():
    b = read(ACTA_PANEL, "panama-costa-rica")
    c = commitments(b)
    terms = next(i for t, i in c.items() if "términos de referencia" in t)
    (made,) = edges(b, "DELIVERABLE", src=terms)
    assert made.sources[0].quote == "términos de referencia"
    assert b.nodes[made.target].kind == "Instrument"
    assert any("instruyeron a sus equipos técnicos" in t for t in c)
    install = next(i for t, i in c.items() if "presidirán la instalación" in t)
    delivered = {b.nodes[e.target].name for e in edges(b, "DELIVERABLE", src=install)}
    assert any(name.startswith("Instalación de la Comisión Binacional") for name in delivered)
    assert {e.target for e in edges(b, "DUE", src=install)} == {"date:2024-04-30"}


LEAD_UP = """Joint Statement of the Prime Ministers of Fiji and Samoa

Suva, 2 May 2024

The Prime Ministers of Fiji and Samoa met in Suva on 2 May 2024.

Both countries will work together in the lead-up to the Pacific Islands Forum Leaders Meeting in Apia in September 2024.
"""


def test_a_meeting_named_as_a_time_is_not_delivered():
    b = read(LEAD_UP, "fiji-samoa-statement")
    c = commitments(b)
    work = next(i for t, i in c.items() if "lead-up" in t)
    assert not edges(b, "DELIVERABLE", src=work)


BILATERAL = """Reunión bilateral de Uruguay y Paraguay

Montevideo, 8 de abril de 2024

Las delegaciones de Uruguay y Paraguay se reunieron en Montevideo el 8 de abril de 2024.

Ambas partes acordaron fortalecer la cooperación en diversas áreas como:

- salud pública y vacunación
- educación técnica y profesional
- gestión integrada de fronteras

Encomendar a la Secretaría Técnica la preparación de una propuesta de calendario.

El Paraguay presentará una propuesta de protocolo sanitario en la próxima reunión.

El Uruguay considera que la frontera es segura.
"""


def test_topics_listed_after_an_agreement_and_decisions_written_in_spanish():
    b = read(BILATERAL, "uruguay-paraguay")
    c = commitments(b)
    areas = c["Ambas partes acordaron fortalecer la cooperación en diversas áreas como:"]
    assert bound(b, areas) == {"country:uy", "country:py"}
    # the topics are what the agreement is about, not decisions of their own
    assert not any(t.startswith(("- ", "salud", "educación", "gestión")) for t in c)
    charge = c["Encomendar a la Secretaría Técnica la preparación de una propuesta de calendario."]
    (body,) = bound(b, charge)
    assert b.nodes[body].kind == "Body" and b.nodes[body].name == "Secretaría Técnica"
    proposal = c["El Paraguay presentará una propuesta de protocolo sanitario en la próxima reunión."]
    assert bound(b, proposal) == {"country:py"}
    (made,) = edges(b, "DELIVERABLE", src=proposal)
    assert made.sources[0].quote == "propuesta de protocolo sanitario"
    # a present tense that reads as a future once accents are folded commits to nothing
    assert not any("considera" in t for t in c)


BILATERAL_EN = """Bilateral meeting of Ghana and Togo

Accra, 8 April 2024

The delegations of Ghana and Togo met in Accra on 8 April 2024.

Both countries agreed to strengthen cooperation in areas such as:

- public health and vaccination
- technical and vocational training
- integrated border management

To request the Technical Secretariat to circulate a draft calendar.
"""


def test_topics_listed_after_an_agreement_and_a_charge_in_english():
    b = read(BILATERAL_EN, "ghana-togo")
    c = commitments(b)
    areas = c["Both countries agreed to strengthen cooperation in areas such as:"]
    assert bound(b, areas) == {"country:gh", "country:tg"}
    assert not any(t.startswith(("- ", "public health", "technical and", "integrated")) for t in c)
    charge = c["To request the Technical Secretariat to circulate a draft calendar."]
    (body,) = bound(b, charge)
    assert b.nodes[body].kind == "Body"
