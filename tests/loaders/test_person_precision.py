"""Wrong persons and wrong ties that the person readers must not give: a sentence's opening verb
glued to the name after it ("Intervino Luis Pérez, Director ..."), a country at the end of a
non-state organisation's name read as the country the person speaks for ("Asociación de Bancos
de Guatemala", "Chamber of Commerce ... Mexico"), a place named like a person ("San José de Costa
Rica"), the next labelled line of minutes glued to the last name of an inline roll ("Present: A,
B\\nApologies: C"). Documents written for these tests."""
from loaders.pipeline import extract
from tests.loaders.batches import read

OPENING_VERBS = """Reunión técnica de migración

Intervino Luis Pérez Soto, Director del Servicio Nacional de Migración de Panamá.

Habló después Ana Gómez, Presidenta de la Asociación de Bancos de Guatemala.

Tomó la palabra Marta Ríos, Directora del Instituto Nacional de Migración de México.
"""

CHAMBERS_ES = """Foro de Integridad 2024

En el foro habló Daniela Ortiz, Vicepresidenta de la Comisión de Ética de la Cámara de Comercio Internacional México.
"""

CHAMBERS_EN = """Integrity Forum 2024

Dana Ortiz, Vice-Chair of the Ethics Committee of the International Chamber of Commerce Mexico, opened the session.
"""

PLACES_LIKE_NAMES = """Acta de la sesión del Consejo

Santiago de Chile fue mencionada como sede alterna. San José de Costa Rica y Santa Cruz de Bolivia también.
"""

ROLL_AND_APOLOGIES = """MINUTES OF THE BOARD MEETING

Present: Alice Grant (Chair), Brian Cole, Carla Diaz
Apologies: David Fox

The members approved the agenda.
"""

ROLL_AND_EXCUSED_ES = """ACTA DE LA REUNIÓN DE LA JUNTA DIRECTIVA

Asistentes: Lucía Prado, Tomás Villalba y Elena Castro
Ausentes: Rubén Ortega

Se aprobó el orden del día.
"""


def _persons(b):
    return {n.id for n in b.nodes.values() if n.kind == "Person"}


def _edges(b, kind):
    return {(e.source, e.target) for e in b.edges.values() if e.type == kind}


def test_the_verb_that_opens_a_sentence_is_no_part_of_the_name():
    b = read(OPENING_VERBS, "verbs")
    persons = _persons(b)
    assert {"person:luis-perez-soto", "person:marta-rios"} <= persons
    assert not [p for p in persons if p.startswith(("person:intervino", "person:tomo", "person:hablo"))]
    assert ("person:luis-perez-soto", "country:pa") in _edges(b, "REPRESENTS")
    assert ("person:marta-rios", "country:mx") in _edges(b, "REPRESENTS")
    luis = b.nodes["person:luis-perez-soto"]
    assert luis.sources[0].quote.startswith("Luis Pérez Soto")


def test_a_country_ending_a_non_state_organisation_is_not_whom_the_person_represents():
    b = extract(OPENING_VERBS, "verbs", curation=False)
    rep = _edges(b, "REPRESENTS")
    assert ("person:ana-gomez", "country:gt") not in rep
    assert ("person:ana-gomez", "organization:asociacion-de-bancos-de-guatemala") in rep


def test_a_chamber_of_commerce_is_no_state_office_es_en():
    es = read(CHAMBERS_ES, "chambers-es")
    rep = _edges(es, "REPRESENTS")
    assert ("person:daniela-ortiz", "country:mx") not in rep
    assert ("person:daniela-ortiz", "organization:camara-de-comercio-internacional-mexico") in rep
    edge = next(e for e in es.edges.values() if e.type == "REPRESENTS" and e.source == "person:daniela-ortiz")
    assert edge.sources[0].quote.startswith("Daniela Ortiz, Vicepresidenta de la Comisión de Ética")
    en = read(CHAMBERS_EN, "chambers-en")
    assert not [t for s, t in _edges(en, "REPRESENTS") if t == "country:mx"]


def test_places_named_like_persons_are_not_persons():
    b = extract(PLACES_LIKE_NAMES, "places", curation=False)
    assert not _persons(b)
    assert not _edges(b, "REPRESENTS")


def test_the_next_labelled_line_ends_an_inline_roll_en_es():
    b = read(ROLL_AND_APOLOGIES, "roll-en")
    persons = _persons(b)
    assert "person:carla-diaz" in persons
    assert not [p for p in persons if "apologies" in p or "fox" in p and p != "person:david-fox"]
    took_part = {s for s, _ in _edges(b, "PARTICIPATES_IN")}
    assert {"person:alice-grant", "person:brian-cole", "person:carla-diaz"} <= took_part
    assert "person:david-fox" not in took_part
    es = read(ROLL_AND_EXCUSED_ES, "roll-es")
    persons = _persons(es)
    assert "person:elena-castro" in persons
    assert not [p for p in persons if "ausentes" in p]
    assert "person:ruben-ortega" not in {s for s, _ in _edges(es, "PARTICIPATES_IN")}


NAMES_ABOVE = """ACTA DE LA SESIÓN ORDINARIA

Consejo Consultivo Ciudadano
Ana María Pérez Soto Luis Gómez Ruiz
Morelia, Michoacán, 24 de octubre de 2019

Siendo las 17:00 horas se reúnen los miembros arriba indicados en la sala de juntas.
"""

NAMES_ABOVE_EN = """MINUTES OF THE ORDINARY SESSION

Citizens Advisory Council
Laura Méndez Ríos Jorge Ibarra
Quito, 3 March 2020

At 10:00 the members listed above met in the council chamber.
"""


def test_a_name_above_the_roll_never_runs_over_a_line_break():
    b = read(NAMES_ABOVE, "above")
    persons = _persons(b)
    assert {"person:ana-maria-perez-soto", "person:luis-gomez-ruiz"} <= persons
    assert not [p for p in persons if "morelia" in p]
    took_part = {s for s, _ in _edges(b, "PARTICIPATES_IN")}
    assert {"person:ana-maria-perez-soto", "person:luis-gomez-ruiz"} <= took_part


def test_a_word_of_an_upper_case_title_is_no_body_acronym():
    b = extract(NAMES_ABOVE, "above", curation=False)
    bodies = {n.id for n in b.nodes.values() if n.kind == "Body"}
    assert "body:ordinaria" not in bodies
    assert not [t for _, t in _edges(b, "MEMBER_OF") if t == "body:ordinaria"]
    en = extract(NAMES_ABOVE_EN, "above-en", curation=False)
    assert not [n.id for n in en.nodes.values() if n.kind == "Body" and n.id in ("body:ordinary", "body:session")]
    assert not [p for p in _persons(en) if "quito" in p]


PRESIDED_ACTA = """ACTA DE LA SESIÓN DEL CONSEJO VECINAL

En Ovalle, a 4 días del mes de mayo de 2022, se da inicio a la sesión bajo la presidencia de la Sra. Julia Rojas Pinto, Alcaldesa de la comuna de Ovalle y asisten a la sesión los consejeros Sr. Hugo Leiva Soto y Sra. Inés Vidal Mora.

Además se cuenta con la presencia de la Sra. Marcela Fuentes Díaz, Asesora Jurídica Municipal.
"""


def test_a_post_stops_before_the_clause_that_follows_it():
    b = read(PRESIDED_ACTA, "presided")
    julia = b.nodes["person:julia-rojas-pinto"]
    assert julia.properties["post"] == "Alcaldesa de la comuna de Ovalle"


def test_adjectives_of_a_post_are_no_persons_name():
    b = extract(PRESIDED_ACTA, "presided", curation=False)
    persons = _persons(b)
    assert "person:marcela-fuentes-diaz" in persons
    assert not [p for p in persons if "juridica" in p or "municipal" in p]
    assert b.nodes["person:marcela-fuentes-diaz"].properties["post"] == "Asesora Jurídica Municipal"


VENUE_BEFORE_ROLL = """Working Group Meeting Minutes

Minutes for the meeting held at the Royal Institute of Naval Architects

Present: Helen Ward (Chair), Owen Price, Lucy Hart.
"""

VENUE_BEFORE_SENTENCE = """ACTA DE LA REUNIÓN DEL COMITÉ TÉCNICO

El 5 de abril de 2022 se reunió el Comité Técnico en la Sala de Juntas del Instituto Estatal.
Se aprobó el orden del día.
"""


def test_a_venue_name_stops_at_a_blank_line_or_a_sentence_end_en_es():
    en = read(VENUE_BEFORE_ROLL, "venue-en")
    places = {n.id for n in en.nodes.values() if n.kind == "Place"}
    assert "place:venue-en:royal-institute-of-naval-architects" in places
    assert not [p for p in places if p.endswith("-present")]
    es = read(VENUE_BEFORE_SENTENCE, "venue-es")
    places = {n.id for n in es.nodes.values() if n.kind == "Place"}
    assert "place:venue-es:sala-de-juntas-del-instituto-estatal" in places
    assert not [p for p in places if p.endswith("-se")]


PERSONS_AFTER_A_BODY = """Joint Communique

Grace Chen of Wellington City Council and Peter Lim from Singapore attended as observers. The Ministry of Trade and Industry sent a note.
"""

POST_AFTER_A_SENTENCE = """Comunicado conjunto

Los Cancilleres de México y Guatemala se reunieron en la Secretaría de Relaciones Exteriores. El Canciller Luis Ernesto Derbez recibió a su homólogo.
"""


def test_a_body_name_stops_before_and_a_persons_name():
    b = read(PERSONS_AFTER_A_BODY, "after-body")
    names = {n.id for n in b.nodes.values() if n.kind in ("Body", "Organization")}
    assert "body:wellington-city-council" in names
    assert not [n for n in names if "peter" in n]
    assert "organization:ministry-of-trade-and-industry" in names
    rep = _edges(b, "REPRESENTS")
    assert ("person:grace-chen", "body:wellington-city-council") in rep
    assert ("person:peter-lim", "country:sg") in rep


def test_a_post_never_reaches_back_over_a_sentence_end():
    b = read(POST_AFTER_A_SENTENCE, "post-sentence")
    derbez = b.nodes["person:luis-ernesto-derbez"]
    assert derbez.properties["post"] == "Canciller"
    assert not [t for s, t in _edges(b, "HOLDS_POST") if s == "person:luis-ernesto-derbez"]
