"""How the field writes who took part, for whom, as what and who chaired, in layouts the general
extractor must read in any document: a delegation named by its demonym and who led it, a post
whose complement runs into the name with no comma (an acronym in brackets inside it), the chair
said as "bajo la presidencia de" / "in the chair" / "Presidente de la reunión:", signature
blocks under "For the Government of X:" / "Por el Gobierno de X,", and minutes that list
members as "Name, Organisation" under a numbered heading with a note before the entries. The
texts are written for these tests. Every quote must be the text at its span."""
import pytest

from loaders.pipeline import extract
from tests.loaders.batches import read
from tests.loaders.test_persons_lists import _persons, _rel

DELEGATIONS_EN = """Joint press release

Washington, 12 May 1998

The ministers of Mexico and the United States met in Washington on 12 May 1998 to review migration matters.

The Mexican delegation was led by the Undersecretary for North American Affairs, Ana Example Ruiz, accompanied by the Director General of Consular Protection, Luis Sample. The United States delegation was headed by the Assistant Secretary of State for Consular Affairs Mary A. Ryan.
"""

DELEGATIONS_ES = """Comunicado conjunto

Ciudad de Guatemala, 5 de octubre de 1999

Los cancilleres de Guatemala y México se reunieron en la Ciudad de Guatemala el 5 de octubre de 1999.

La delegación mexicana estuvo presidida por la Comisionada del Instituto Nacional de Migración (INM), Rosa Ejemplo Vidal, acompañada por el Subsecretario para América del Norte, Jorge Muestra. La delegación guatemalteca la encabezó el Canciller Pedro Prueba Soto.
"""


def test_a_delegation_named_by_its_demonym_takes_part_with_its_heads_and_companions():
    b = read(DELEGATIONS_EN, "wash")
    meeting = "event:wash:meeting"
    part, reps = _rel(b, "PARTICIPATES_IN"), _rel(b, "REPRESENTS")
    for p, c in (("person:ana-example-ruiz", "country:mx"), ("person:luis-sample", "country:mx"),
                 ("person:mary-a-ryan", "country:us")):
        assert (p, meeting) in part and (p, c) in reps
    # "North American Affairs" names a region: no one represents the United States by it
    assert ("person:ana-example-ruiz", "country:us") not in reps
    people = _persons(b)
    assert people["person:mary-a-ryan"].properties["post"] == "Assistant Secretary of State for Consular Affairs"
    [edge] = [e for e in b.edges.values() if e.type == "REPRESENTS" and e.source == "person:luis-sample"]
    assert edge.sources[0].quote.startswith("Mexican delegation was led by")
    assert edge.sources[0].quote.endswith("Luis Sample")


def test_spanish_delegation_heads_and_a_post_with_an_acronym_before_the_name():
    b = read(DELEGATIONS_ES, "gua")
    meeting = "event:gua:meeting"
    part, reps = _rel(b, "PARTICIPATES_IN"), _rel(b, "REPRESENTS")
    for p, c in (("person:rosa-ejemplo-vidal", "country:mx"), ("person:jorge-muestra", "country:mx"),
                 ("person:pedro-prueba-soto", "country:gt")):
        assert (p, meeting) in part and (p, c) in reps
    # a later delegation in the same sentence is not more of the first one
    assert ("person:pedro-prueba-soto", "country:mx") not in reps
    assert _persons(b)["person:rosa-ejemplo-vidal"].properties["post"] == \
        "Comisionada del Instituto Nacional de Migración (INM)"


@pytest.mark.parametrize("text, person, quote", [
    ("Acta de la sesión\n\nLima, 5 de octubre de 1999\n\nLa sesión se celebró bajo la presidencia "
     "del Canciller Pedro Prueba Soto, con la asistencia de los delegados.\n",
     "person:pedro-prueba-soto", "bajo la presidencia del Canciller Pedro Prueba Soto"),
    ("Minutes of the council meeting\n\nLondon, 5 October 1999\n\nDr. Helen Sample in the chair. "
     "The council approved the budget.\n", "person:helen-sample", "Helen Sample in the chair"),
    ("Minutes of the council meeting\n\nLondon, 5 October 1999\n\nThe meeting was held under the "
     "chairmanship of the Minister for Trade, Tom Example.\n", "person:tom-example",
     "under the chairmanship of the Minister for Trade, Tom Example"),
    ("Acta de reunión\n\nQuito, 5 de octubre de 1999\n\nPresidente de la reunión: Sr. Mario Ejemplo "
     "Vera\n\nSe aprobó el acta anterior.\n", "person:mario-ejemplo-vera",
     "Presidente de la reunión: Sr. Mario Ejemplo Vera"),
])
def test_the_chair_of_the_meeting_said_in_other_ways(text, person, quote):
    b = read(text, "chair")
    [edge] = [e for e in b.edges.values() if e.type == "PRESIDES"]
    assert (edge.source, edge.target) == (person, "event:chair:meeting")
    assert edge.sources[0].quote == quote


def test_no_person_chairs_by_a_forum_presidency_named_after_the_cue():
    text = ("Acta de la sesión\n\nLima, 5 de octubre de 1999\n\nLa reunión se celebró bajo la "
            "presidencia pro tempore de Chile, representada por el Viceministro Pedro Prueba Soto.\n")
    b = extract(text, "ppt", curation=False)
    assert "person:pedro-prueba-soto" in _persons(b)
    assert not [s for s, _ in _rel(b, "PRESIDES") if s.startswith("person:")]


SIGNED_EN = """Agreement between the Government of Canada and the International Labour Organization

Ottawa, 5 October 1949

Article 1. The Government of Canada shall admit workers selected by the Organization.

Done at Ottawa on 5 October 1949.

For the Government of Canada:

(Signed) J.A. Sample
Minister of Citizenship

For the International Labour Organization:

(Signed) Tom Example
Director-General
"""

SIGNED_ES = """Acta de acuerdo

Lima, 5 de octubre de 1999

Primero. Las partes acuerdan cooperar en materia consular.

Por el Gobierno de la República del Perú,

Juan Ejemplo Ruiz
Ministro de Relaciones Exteriores

Por el Gobierno de la República de Chile,

Ana Muestra Díaz
Ministra de Relaciones Exteriores
"""


@pytest.mark.parametrize("text, signers", [
    (SIGNED_EN, {"person:j-a-sample": ("country:ca", "Minister of Citizenship"),
                 "person:tom-example": ("organization:oit", "Director-General")}),
    (SIGNED_ES, {"person:juan-ejemplo-ruiz": ("country:pe", "Ministro de Relaciones Exteriores"),
                 "person:ana-muestra-diaz": ("country:cl", "Ministra de Relaciones Exteriores")}),
])
def test_signature_blocks_give_signers_whom_they_sign_for_and_their_posts(text, signers):
    b = read(text, "signed")
    meeting = "event:signed:meeting"
    people = _persons(b)
    reps, part, holds = _rel(b, "REPRESENTS"), _rel(b, "PARTICIPATES_IN"), _rel(b, "HOLDS_POST")
    for person, (owner, post) in signers.items():
        assert people[person].properties["post"] == post
        assert (person, owner) in reps and (person, meeting) in part and (owner, meeting) in part
        # a post held for an organisation is held in it; a minister's post is not in a country
        assert ((person, owner) in holds) == owner.startswith("organization:")
    [edge] = [e for e in b.edges.values() if e.type == "REPRESENTS" and e.source == next(iter(signers))]
    assert edge.sources[0].quote.startswith(("For the Government of Canada:", "Por el Gobierno"))


SIGNED_CAPITALS_EN = """Agreement between the Government of Canada and the International Labour Organization

Ottawa, 5 October 1949

Article 1. The Government of Canada shall admit workers selected by the Organization.

For the International Labour Organization.

(Signed) TJ. EXAMPLE Director-General

For the Government of Canada.

(Signed) JOHN A. SAMPLE Minister of Citizenship
"""

SIGNED_CAPITALS_ES = """Convenio entre el Gobierno de Chile y la Organización Internacional del Trabajo

Santiago, 5 de octubre de 1951

Artículo 1. El Gobierno de Chile admitirá a los trabajadores que seleccione la Organización.

Por el Gobierno de la República de Chile.

(Firmado) JUAN P. EJEMPLO Ministro del Trabajo
"""


@pytest.mark.parametrize("text, signers", [
    (SIGNED_CAPITALS_EN, {"person:tj-example": ("organization:oit", "Director-General"),
                          "person:john-a-sample": ("country:ca", "Minister of Citizenship")}),
    (SIGNED_CAPITALS_ES, {"person:juan-p-ejemplo": ("country:cl", "Ministro del Trabajo")}),
])
def test_a_signer_in_capitals_under_a_cue_line_ending_with_a_period(text, signers):
    b = read(text, "caps")
    people = _persons(b)
    reps, part = _rel(b, "REPRESENTS"), _rel(b, "PARTICIPATES_IN")
    for person, (owner, post) in signers.items():
        assert people[person].properties["post"] == post
        assert (person, owner) in reps and (person, "event:caps:meeting") in part


def test_a_sentence_ending_with_a_period_and_no_signing_mark_is_no_signature():
    text = ("Statement\n\nOttawa, 5 October 1949\n\nFor the Government of Canada.\n\n"
            "TOM EXAMPLE Minister of Citizenship\n")
    b = extract(text, "prose", curation=False)
    assert ("person:tom-example", "country:ca") not in _rel(b, "REPRESENTS")


def test_a_short_prose_line_opening_with_for_is_no_signature():
    text = ("Statement\n\nOttawa, 5 October 1949\n\nFor Canada the matter is settled.\n\n"
            "Tom Example\n")
    b = extract(text, "prose", curation=False)
    assert not _rel(b, "REPRESENTS")


MEMBERS = """# Example Data Format TC Meeting #4, 12 March 2019

Chair: Ingrid Sample

## 2. Roll call

### 2.1.1 Voting Members Present

- Ingrid Sample, Example Systems
- Tom Example, Northwind Labs

### 2.1.2 Observers present

**Note**: observers who are ready to become members should follow the instructions on the web page.

- Luca Specimen, Contoso Research
- Ana Prueba, Observer

## 3. Approval of Agenda

The agenda was approved.
"""


def test_members_listed_as_name_and_organisation_under_numbered_headings():
    b = read(MEMBERS, "tc4")
    meeting = "event:tc4:meeting"
    part, reps = _rel(b, "PARTICIPATES_IN"), _rel(b, "REPRESENTS")
    for p, org in (("person:ingrid-sample", "organization:example-systems"),
                   ("person:tom-example", "organization:northwind-labs"),
                   ("person:luca-specimen", "organization:contoso-research")):
        assert (p, meeting) in part and (p, org) in reps
    # after the note, the observers' list: they take part as observers
    roles = {(e.source, e.properties.get("role")) for e in b.edges.values() if e.type == "PARTICIPATES_IN"}
    assert ("person:luca-specimen", "observer") in roles and ("person:ana-prueba", "observer") in roles
    # "Observer" is a role, not an organisation
    assert not [t for s, t in reps if s == "person:ana-prueba"]
    assert ("person:ingrid-sample", meeting) in _rel(b, "PRESIDES")


SPEAKERS = """Reunión del Grupo Regional de Consulta sobre Migración

Ciudad de Panamá, 20 de junio de 2019

En la reunión participaron las delegaciones de Costa Rica, Honduras y Panamá.

La directora general de Migración de Costa Rica, Lucía Ejemplo Mora, señaló que la cooperación regional es indispensable para una migración ordenada.
"""

SPEAKERS_EN = """Regional migration meeting

Panama City, 20 June 2019

The meeting was attended by delegations from Canada, Mexico and Panama.

The Director General of Migration of Canada, Tom Example, said that regional cooperation was essential.
"""


@pytest.mark.parametrize("text, person, country", [
    (SPEAKERS, "person:lucia-ejemplo-mora", "country:cr"),
    (SPEAKERS_EN, "person:tom-example", "country:ca"),
])
def test_a_speaker_takes_part_when_the_document_lists_only_countries(text, person, country):
    b = read(text, "grcm")
    meeting = "event:grcm:meeting"
    part = _rel(b, "PARTICIPATES_IN")
    assert (country, meeting) in part
    assert (person, meeting) in part and (person, country) in _rel(b, "REPRESENTS")


def test_a_list_of_persons_present_still_stands_against_speakers():
    text = SPEAKERS.replace("En la reunión participaron las delegaciones de Costa Rica, Honduras y Panamá.",
                            "Asistentes:\n\n- Ana Prueba Díaz, Costa Rica\n- Luis Muestra, Panamá")
    b = extract(text, "grcm", curation=False)
    part = _rel(b, "PARTICIPATES_IN")
    assert ("person:ana-prueba-diaz", "event:grcm:meeting") in part
    assert ("person:lucia-ejemplo-mora", "event:grcm:meeting") not in part


@pytest.mark.parametrize("text, person", [
    ("Joint statement, 3 March 2014\n\nMinisters regretted the death of Mr Example and agreed to an "
     "inquiry.\n", "person:example"),
    ("Committee report, 3 March 1944\n\nAt the next meeting, Dr. Sample will report to the "
     "conference.\n", "person:sample"),
    ("Comunicado, 3 de marzo de 2014\n\nLos ministros agradecieron a la señora Muestra, "
     "que coordinó los trabajos.\n", "person:muestra"),
])
def test_a_surname_alone_after_a_title_is_a_person(text, person):
    b = read(text, "sur")
    people = _persons(b)
    assert person in people and people[person].properties.get("post") is None
    assert [s.quote for s in people[person].sources] == [people[person].name]


def test_a_surname_after_a_title_is_the_person_named_in_full():
    text = ("Joint statement, 3 March 2014\n\nThe Hon Ann Example, Minister for Trade, opened the "
            "meeting. Ministers thanked Mrs Example for her work. Mr Chairman closed it.\n")
    b = extract(text, "full", curation=False)
    assert set(_persons(b)) == {"person:ann-example"}


ACTA_CLOSING = """Acta del cabildo abierto

En la villa de Ejemplo, a diez de octubre de mil ochocientos veinte, reunidos en la sala capitular los señores del Ayuntamiento, se acordó declarar la independencia de la provincia.

Y para constancia lo firmaron.

José Ejemplo de Olmedo.—Rafael Muestra.—Pedro Prueba y Soto.—Manuel Ejemplo Ruiz
"""

MINUTES_CLOSING = """Minutes of the board meeting

Harbourtown, 3 May 2019

The board approved the budget for the coming year.

Ann Example, Chair

Tom Sample, Secretary
"""


@pytest.mark.parametrize("text, signers", [
    (ACTA_CLOSING, ["person:jose-ejemplo-de-olmedo", "person:rafael-muestra",
                    "person:pedro-prueba-y-soto", "person:manuel-ejemplo-ruiz"]),
    (MINUTES_CLOSING, ["person:ann-example", "person:tom-sample"]),
])
def test_the_names_closing_an_acta_are_signers_who_took_part(text, signers):
    b = read(text, "closing")
    part = _rel(b, "PARTICIPATES_IN")
    for p in signers:
        assert (p, "event:closing:meeting") in part
    [edge] = [e for e in b.edges.values() if e.type == "PARTICIPATES_IN" and e.source == signers[1]]
    assert edge.sources[0].quote in ("Rafael Muestra", "Tom Sample, Secretary")


def test_closing_names_of_a_statement_or_after_prose_are_not_read_as_signers():
    statement = MINUTES_CLOSING.replace("Minutes of the board meeting", "Statement of the board")
    assert not _rel(extract(statement, "st", curation=False), "PARTICIPATES_IN") & \
        {("person:ann-example", "event:st:meeting")}
    prose = ACTA_CLOSING.replace("Manuel Ejemplo Ruiz", "Manuel Ejemplo Ruiz leyó el acta en voz alta.")
    part = _rel(extract(prose, "pr", curation=False), "PARTICIPATES_IN")
    assert ("person:rafael-muestra", "event:pr:meeting") not in part


def test_members_present_are_members_of_the_body_the_text_says_meets():
    text = """Minutes, 3 May 2019

The third meeting of the Steering Committee of the Example Network was held in Harbourtown on 3 May 2019.

Members present:

- Ann Example, Northwind Labs
- Tom Sample, Contoso Research

The committee approved the budget.
"""
    b = read(text, "sc")
    [body] = [t for s, t in _rel(b, "PART_OF") if s == "event:sc:meeting"]
    assert b.nodes[body].kind == "Body"
    members = _rel(b, "MEMBER_OF")
    assert {("person:ann-example", body), ("person:tom-sample", body)} <= members
    [edge] = [e for e in b.edges.values() if e.type == "MEMBER_OF" and e.source == "person:tom-sample"]
    assert [s.quote for s in edge.sources][0] == "- Tom Sample, Contoso Research"
    assert any(s.quote.startswith("meeting of the Steering Committee") for s in edge.sources[1:])
