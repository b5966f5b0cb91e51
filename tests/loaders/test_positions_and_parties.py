"""Positions taken in a meeting in either language (loaders.statements with the `speech` cues of
data/patterns.yaml), a state offering to act ("stands ready to"), and the parties an agreement
defines by a short name after its acronym (loaders.commitments party_definitions)."""
from loaders.pipeline import extract
from tests.loaders.conftest import edges
from tests.loaders.batches import commitments, named, read


MINUTES_EN = """Minutes of the Regional Consultation on Labour Mobility

Tegucigalpa, 4 June 2025

Delegations of Costa Rica, Panama, Ecuador and Peru met in Tegucigalpa on 4 June 2025.

Peru tabled a draft plan of action on seasonal workers.

Ecuador raised concerns about the financing of the plan.

Panama welcomed the proposal of Peru.

Costa Rica stressed the value of a common registry.
"""

ACTA_ES = """Acta de la Reunión Técnica sobre Movilidad Laboral

Quito, 9 de septiembre de 2025

Las delegaciones de Perú, Bolivia y Paraguay se reunieron en Quito el 9 de septiembre de 2025.

Bolivia propuso un registro común de trabajadores temporales.

Paraguay se sumó a la propuesta de Bolivia.

Perú expresó reservas sobre el plazo de ejecución.
"""


def _stance_of(b, actor):
    """{edge type: statement text} for the statements of `actor`."""
    out = {}
    for etype in ("SAID", "PROPOSED", "SUPPORTED", "OBJECTED"):
        for e in edges(b, etype, src=actor):
            if e.target.startswith("statement:"):
                out.setdefault(etype, []).append(b.nodes[e.target].properties["text"])
    return out


def _stances(b, *actors):
    """{actor: its stances (_stance_of)} of each of `actors`."""
    return {a: _stance_of(b, a) for a in actors}


def test_positions_in_english_minutes():
    b = read(MINUTES_EN, "consulta-movilidad-en")
    assert _stances(b, "country:pe", "country:ec", "country:cr") == {
        "country:pe": {"PROPOSED": ["Peru tabled a draft plan of action on seasonal workers."]},
        "country:ec": {"OBJECTED": ["Ecuador raised concerns about the financing of the plan."]},
        "country:cr": {"SAID": ["Costa Rica stressed the value of a common registry."]}}
    assert list(_stance_of(b, "country:pa")) == ["SUPPORTED"]


def test_positions_in_a_spanish_acta():
    b = read(ACTA_ES, "reunion-tecnica-movilidad-es")
    assert _stances(b, "country:bo", "country:py", "country:pe") == {
        "country:bo": {"PROPOSED": ["Bolivia propuso un registro común de trabajadores temporales."]},
        "country:py": {"SUPPORTED": ["Paraguay se sumó a la propuesta de Bolivia."]},
        "country:pe": {"OBJECTED": ["Perú expresó reservas sobre el plazo de ejecución."]}}


READOUT = """Readout of the Secretary's Meeting with the Foreign Minister of Ecuador

Secretary of State Condoleezza Rice hosted Ecuadorian Foreign Minister Gabriela Sommerfeld at the Department of State.

During the meeting, Secretary Rice and the U.S. delegation noted the progress made on security cooperation.

Working closely with the Government of Ecuador, the United States stands ready to support the reconstruction of the port of Manta.
"""


def test_readout_speaker_with_delegation_and_a_state_ready_to_act():
    b = read(READOUT, "readout-ecuador")
    said = [e for e in b.edges.values() if e.type == "SAID"
            and "security cooperation" in b.nodes[e.target].properties["text"]]
    assert len(said) == 1 and b.nodes[said[0].source].kind == "Person"
    assert "Rice" in b.nodes[said[0].source].name
    assert said[0].sources[0].quote.startswith("During the meeting, Secretary Rice and the U.S. delegation noted")
    offered = [n for n in b.nodes.values() if n.kind == "Commitment"]
    assert [n.properties["text"] for n in offered] == [
        "Working closely with the Government of Ecuador, the United States stands ready to support "
        "the reconstruction of the port of Manta."]
    bound = edges(b, "RESPONSIBLE_FOR", dst=offered[0].id)
    assert {e.source for e in bound} == {"country:us"}
    assert bound[0].sources[0].quote.startswith("United States stands ready to support")


AGREEMENT_EN = """1 April 2004

AGREEMENT BETWEEN THE GOVERNMENT OF THE REPUBLIC OF PERU AND THE INTERNATIONAL ORGANIZATION FOR MIGRATION

The GOVERNMENT OF THE REPUBLIC OF PERU and the INTERNATIONAL ORGANIZATION FOR MIGRATION (IOM), hereinafter called the Organization, have agreed as follows:

Article 1

Subject to the availability of funds, the Organization shall open a field office in Lima.

Article 2

The Government shall grant the Organization the use of suitable premises by 30 June 2004.
"""

CONVENIO_ES = """Convenio entre el Gobierno de la República de Chile y la Organización Internacional para las Migraciones

El Gobierno de la República de Chile y la Organización Internacional para las Migraciones (OIM), denominada en lo sucesivo «la Organización», convienen en lo siguiente:

Artículo 1

Con sujeción a la disponibilidad de fondos, la Organización ejecutará un programa de retorno voluntario.
"""


def test_agreement_party_defined_after_its_acronym_binds_its_articles():
    b = read(AGREEMENT_EN, "agreement-peru-iom")
    by_text = commitments(b)
    office = by_text["Subject to the availability of funds, the Organization shall open a field office in Lima."]
    assert {e.source for e in edges(b, "RESPONSIBLE_FOR", dst=office)} == {"organization:oim"}
    premises = by_text["The Government shall grant the Organization the use of suitable premises by 30 June 2004."]
    assert {e.source for e in edges(b, "RESPONSIBLE_FOR", dst=premises)} == {"country:pe"}
    assert {e.target for e in edges(b, "DUE", src=premises)} == {"date:2004-06-30"}


def test_convenio_party_named_en_lo_sucesivo():
    b = read(CONVENIO_ES, "convenio-chile-oim")
    [(text, c)] = commitments(b).items()
    assert text == ("Con sujeción a la disponibilidad de fondos, la Organización ejecutará un "
                    "programa de retorno voluntario.")
    bound = edges(b, "RESPONSIBLE_FOR", dst=c)
    assert {e.source for e in bound} == {"organization:oim"}
    assert any("denominada en lo sucesivo «la Organización»" in s.quote for e in bound for s in e.sources)


def test_agreement_named_by_its_title_line():
    b = read(AGREEMENT_EN.replace("AGREEMENT BETWEEN", "FRAMEWORK AGREEMENT BETWEEN", 1),
             "framework-agreement-peru-iom")
    found = named(b, "Instrument")
    assert "Framework Agreement" in found
    assert [s.quote for s in found["Framework Agreement"].sources] == ["FRAMEWORK AGREEMENT"]
    convenio = ("CONVENIO DE COOPERACIÓN TÉCNICA ENTRE EL GOBIERNO DE LA REPÚBLICA DEL PERÚ Y LA "
                "ORGANIZACIÓN INTERNACIONAL DEL TRABAJO\n\nEl Gobierno de la República del Perú y la "
                "Organización Internacional del Trabajo convienen en lo siguiente:\n\nArtículo 1\n\n"
                "La Organización prestará asistencia técnica.\n")
    b = read(convenio, "convenio-peru-oit")
    assert [s.quote for s in named(b, "Instrument")["Convenio de Cooperación Técnica"].sources] == \
        ["CONVENIO DE COOPERACIÓN TÉCNICA"]
    mou = ("Memorandum of Understanding between the Government of Canada and the Government of "
           "Chile on Youth Mobility\n\nThe Government of Canada and the Government of Chile have "
           "agreed as follows:\n\n1. Each Government shall issue up to 500 permits each year.\n")
    assert "Memorandum of Understanding" in named(extract(mou, "mou-canada-chile", curation=False), "Instrument")


def test_a_bare_agreement_title_names_no_instrument():
    bare = ("Agreement between the Government of Australia and the Government of Fiji\n\n"
            "The parties agree as follows.\n")
    assert named(extract(bare, "agreement-australia-fiji", curation=False), "Instrument") == {}


ACTION_TABLE = """Minutes of the Second Meeting of the Technical Group on Border Health

Date: 3 May 2023. Venue: Quito.

Decisions

1. The Group agreed to publish the joint surveillance bulletin every month.

2. The Group agreed to the action items below.

Action | Responsible | Deadline

Compile the list of border clinics | Ecuador | 31 May 2023

Share vaccination records | Colombia and Peru | 30 June 2023
"""


def test_rows_after_a_numbered_lead_in_are_its_items():
    """The lead-in "2. ... agreed to the action items below." commits to nothing itself; the
    rows of its table are agreements 2.1 and 2.2, not 3 and 4 after a missing 2."""
    b = read(ACTION_TABLE, "grupo-salud-fronteriza")
    numbers = {n.properties["number"]: n.properties["text"] for n in b.nodes.values() if n.kind == "Commitment"}
    assert numbers == {
        "1": "The Group agreed to publish the joint surveillance bulletin every month.",
        "2.1": "Compile the list of border clinics | Ecuador | 31 May 2023",
        "2.2": "Share vaccination records | Colombia and Peru | 30 June 2023"}
    row = "commitment:grupo-salud-fronteriza:acta:2.2"
    assert {e.source for e in edges(b, "RESPONSIBLE_FOR", dst=row)} == {"country:co", "country:pe"}
    assert {e.target for e in edges(b, "DUE", src=row)} == {"date:2023-06-30"}


def test_rows_after_an_unnumbered_lead_in_take_its_number():
    text = ACTION_TABLE.replace("1. The Group", "The Group").replace("2. The Group", "The Group")
    b = read(text, "grupo-salud-fronteriza-b")
    numbers = sorted(n.properties["number"] for n in b.nodes.values() if n.kind == "Commitment")
    assert numbers == ["1", "2", "3"]


TAKES_CHARGE_ES = """Acta de la Reunión del Consejo Directivo

Madrid, 4 de marzo de 2024

Se reúne el Consejo Directivo con la asistencia de la señora Ana María Torres, Presidenta. Está presente también el señor Luis Alberto Gómez por la Secretaría Técnica, quien, a pedido de la Presidencia, se encargará de la redacción del acta de la reunión.
"""

TAKES_CHARGE_EN = """Minutes of the Board Meeting

London, 4 March 2024

Present: Grace Chen (Chair) and Omar Haddad.

The meeting was also attended by Mr Peter Lim of the Secretariat, who will take charge of the minutes of this meeting.
"""


def test_a_person_who_takes_charge_of_a_task_is_bound():
    for text, doc, person, task in (
            (TAKES_CHARGE_ES, "consejo-directivo-acta", "person:luis-alberto-gomez", "redacción del acta"),
            (TAKES_CHARGE_EN, "board-minutes", "person:peter-lim", "take charge of the minutes")):
        b = read(text, doc)
        [(text, c)] = commitments(b).items()
        assert task in text
        bound = edges(b, "RESPONSIBLE_FOR", dst=c)
        assert [e.source for e in bound] == [person]
        assert task in bound[0].sources[0].quote


def test_a_person_merely_present_is_bound_to_nothing():
    text = TAKES_CHARGE_ES.replace(", quien, a pedido de la Presidencia, se encargará de la redacción "
                                   "del acta de la reunión.", ".")
    assert not commitments(extract(text, "consejo-directivo-acta-b", curation=False))


def test_a_state_member_of_a_party_named_by_its_short_name():
    text = AGREEMENT_EN.replace(
        "have agreed as follows:",
        "on the other hand,\n\nRECALLING that the Republic of Peru is a member of the Organization "
        "since 12 May 1991,\n\nHAVE AGREED as follows:")
    b = read(text, "agreement-peru-iom-members")
    member = edges(b, "MEMBER_OF", src="country:pe")
    assert [e.target for e in member] == ["organization:oim"]
    assert member[0].sources[0].quote == "Republic of Peru is a member of the Organization"
    assert "hereinafter called the Organization" in member[0].sources[1].quote
    es = CONVENIO_ES.replace(
        "convienen en lo siguiente:",
        "\n\nConsiderando que la República de Chile es miembro de la Organización desde 1961,\n\n"
        "Convienen en lo siguiente:")
    b = read(es, "convenio-chile-oim-miembro")
    assert [e.target for e in edges(b, "MEMBER_OF", src="country:cl")] == ["organization:oim"]


def test_membership_of_another_body_is_not_read_as_the_party():
    text = AGREEMENT_EN.replace(
        "have agreed as follows:",
        "on the other hand,\n\nRECALLING that the Republic of Peru is a member of the Organization "
        "of American States,\n\nHAVE AGREED as follows:")
    b = extract(text, "agreement-peru-iom-oas", curation=False)
    assert "organization:oim" not in {e.target for e in edges(b, "MEMBER_OF", src="country:pe")}
