"""Instruments, organisations and bodies the text names with the field's head nouns and
qualifiers: a year before or after an instrument's name ("the 2016 Ministerial Declaration",
"Estatuto Anticorrupción de 2011"), a series of capitalised words inside one name ("Política de
Transparencia, Integridad y Legalidad"), roadmaps, charters and public offices by their head
nouns, and a body named with the forum or organisation it belongs to ("the Regional Support
Office of the Bali Process", "el Programa X de la Cooperación Y") split from its owner."""
import pytest

from tests.loaders.test_body_parts import parts
from tests.loaders.test_two_word_names import general, named


@pytest.mark.parametrize("sentence,name,kind", [
    # a year qualifies an instrument: before it (English) or after "de"/"of"
    ("The ministers recalled the 2019 Ministerial Declaration and its annex.",
     "2019 Ministerial Declaration", "Instrument"),
    ("Delegates reviewed the 2021 Harbour Strategy for Cooperation at length.",
     "2021 Harbour Strategy for Cooperation", "Instrument"),
    ("Las organizaciones pidieron aplicar el Estatuto Aduanero de 2009 en todo el país.",
     "Estatuto Aduanero de 2009", "Instrument"),
    ("The parties applied the Fisheries Act of 1998 to the new zone.", "Fisheries Act of 1998", "Instrument"),
    ("Los viceministros aprobaron la XXVI Declaración Viceministerial de la Conferencia por consenso.",
     "XXVI Declaración Viceministerial de la Conferencia", "Instrument"),    # the Roman number of its series
    # a plural head noun after a forum's name: the forum's bodies
    ("The work will be taken forward with the Coral Process Working Groups and the members.",
     "Coral Process Working Groups", "Body"),
    # a series of capitalised words joined by commas and "y"/"and" inside one name
    ("El Gobierno publicó el borrador de Política de Equidad, Inclusión, Diálogo e Innovación para "
     "comentarios.", "Política de Equidad, Inclusión, Diálogo e Innovación", "Instrument"),
    ("Ministers welcomed the Orchid Compact for Safe, Fair and Regular Trade agreed last year.",
     "Orchid Compact for Safe, Fair and Regular Trade", "Instrument"),
    # head nouns of instruments and public offices
    ("Se aprobó la Hoja de Ruta del Capítulo de Montevideo para el periodo 2024-2026.",
     "Hoja de Ruta del Capítulo de Montevideo", "Instrument"),
    ("Participants discussed the Regional Roadmap on Labour Mobility and its indicators.",
     "Regional Roadmap on Labour Mobility", "Instrument"),
    ("The delegates recalled the Charter of Coastal Rights adopted by the assembly.",
     "Charter of Coastal Rights", "Instrument"),
    ("La Contaduría General de la Nación presentó su informe anual a las delegaciones.",
     "Contaduría General de la Nación", "Organization"),
    ("Representatives of the University of Tasmania attended the workshop.", "University of Tasmania",
     "Organization"),
    ("El Gobierno aprobó el Documento Conpes 3950 sobre migración.", "Conpes 3950", "Instrument"),
    # a body's head noun in the name of an organisation of its own
    ("Ministers noted the work of the Intergovernmental Oceanographic Commission on warning systems.",
     "Intergovernmental Oceanographic Commission", "Organization"),
    ("Leaders discussed proposals under the auspices of the Commission for the Conservation of Southern "
     "Bluefin Tuna.", "Commission for the Conservation of Southern Bluefin Tuna", "Organization"),
    ("La Comisión Internacional de Límites y Aguas presentó su informe a las partes.",
     "Comisión Internacional de Límites y Aguas", "Organization"),
    ("The delegates thanked the Joint Trade Commission for its report on tariffs.", "Joint Trade Commission",
     "Body"),
])
def test_named_with_a_head_noun_and_a_qualifier(sentence, name, kind):
    assert named(general(f"Note\n\n{sentence}\n")).get(name) == kind


def test_the_year_of_an_instrument_stays_a_date():
    b = general("Nota\n\nLas organizaciones pidieron aplicar el Estatuto Aduanero de 2009 en todo el país.\n")
    text = b.nodes[b.document].properties["text"]
    (inst,) = [n for n in b.nodes.values() if n.kind == "Instrument" and n.sources]
    assert [text[s.start:s.end] for s in inst.sources] == ["Estatuto Aduanero"]
    assert "date:2009" in b.nodes


@pytest.mark.parametrize("sentence,not_a_name", [
    ("Se aplicó el Estatuto Anticorrupción de ese año.", "Estatuto Anticorrupción de ese año"),   # no year
    ("El Comité de Transparencia, Honduras y Guatemala firmaron el acuerdo.",
     "Comité de Transparencia, Honduras y Guatemala"),      # countries after the comma
    ("The ministers adopted a declaration in 2019 on fisheries.", "2019 declaration"),   # generic
])
def test_qualifiers_that_make_no_name(sentence, not_a_name):
    got = named(general(f"Note\n\n{sentence}\n"))
    assert not_a_name not in got
    assert not any(n.startswith(not_a_name) for n in got)


@pytest.mark.parametrize("sentence,body,owner,owner_kind", [
    ("The workshop was hosted by the Regional Support Office of the Coral Process in Suva.",
     "Regional Support Office", "Coral Process", "Conference"),
    ("El encuentro reunió a la Red de Funcionarios de Enlace del Proceso de Lima durante dos días.",
     "Red de Funcionarios de Enlace", "Proceso de Lima", "Conference"),
    ("La iniciativa cuenta con el respaldo del Programa de Buena Gobernanza de la Cooperación Sueca en "
     "la región.", "Programa de Buena Gobernanza", "Cooperación Sueca", "Organization"),
])
def test_a_body_split_from_the_forum_or_organisation_it_belongs_to(sentence, body, owner, owner_kind):
    b = general(f"Note\n\n{sentence}\n")
    got = named(b)
    assert got.get(body) == "Body" and got.get(owner) == owner_kind
    if owner_kind == "Conference":          # an office of a forum is part of it
        quote = parts(b)[(body, owner)]
        assert quote.startswith(body) and quote.endswith(owner)
    else:                                   # a programme an agency runs is no organ of it
        assert (body, owner) not in parts(b)


def test_an_office_of_a_forum_is_part_of_it():
    b = general("Note\n\nThe workshop was hosted by the Regional Support Office of the Coral Process in Suva.\n")
    text = b.nodes[b.document].properties["text"]
    (e,) = [e for e in b.edges.values() if e.type == "PART_OF" and b.nodes[e.source].kind == "Body"]
    assert b.nodes[e.target].name == "Coral Process"
    s = e.sources[0]
    assert text[s.start:s.end] == s.quote == "Regional Support Office of the Coral Process"


@pytest.mark.parametrize("sentence,body,owner", [
    ("Nota\n\nAgradecemos el apoyo de la Secretaría Ejecutiva del CONSEJOX, así como a cada participante "
     "que aportó sus ideas a la reunión.\n", "Secretaría Ejecutiva del CONSEJOX", "CONSEJOX"),
    ("Note\n\nMinisters thanked the Technical Secretariat of the HARBOURNET for its report on the new "
     "fleet and its budget.\n", "Technical Secretariat of the HARBOURNET", "HARBOURNET"),
])
def test_a_body_named_with_the_acronym_of_its_owner(sentence, body, owner):
    b = general(sentence)
    text = b.nodes[b.document].properties["text"]
    org = next(n for n in b.nodes.values() if n.kind == "Organization" and n.name == owner)
    assert [text[s.start:s.end] for s in org.sources] == [owner]
    assert parts(b)[(body, owner)] == body


def test_the_acronym_after_a_body_and_its_owner_names_the_owner():
    b = general("Nota\n\nLa iniciativa tiene el respaldo del Programa de Buena Gobernanza Financiera de la "
                "Cooperación Sueca (ASDI) en la región. La ASDI financia el segundo año.\n")
    assert named(b).get("Programa de Buena Gobernanza Financiera") == "Body"
    org = next(n for n in b.nodes.values() if n.kind == "Organization" and n.name == "Cooperación Sueca")
    assert org.properties.get("acronym") == "ASDI"
    assert {s.quote for s in org.sources} >= {"ASDI"}
