"""Commitments of an agreement's articles and of a board's numbered session agreements: the
article's or the agreement's printed label is not part of the commitment, and the party each one
binds ("The Organization undertakes ...", "El Gobierno de Chile proporcionará ...", "Las Partes
se comprometen ...", "Se instruye a la Secretaría Técnica para que ...") is responsible for it
(loaders.commitments, data/lang/*/commitments.yaml `article_label`, `agreement_label`,
`party_short_name_*`)."""
from tests.loaders.conftest import edges
from tests.loaders.batches import bound, check_spans, commitments, read

AGREEMENT = """AGREEMENT BETWEEN THE GOVERNMENT OF CANADA AND THE INTERNATIONAL ORGANIZATION FOR MIGRATION

The Government of Canada and the International Organization for Migration have agreed as follows:

Article 1
The Organization undertakes to select suitable candidates for resettlement and to provide medical examinations before departure.

Article 2
The Government of Canada shall admit up to 2,000 refugees selected under this Agreement during 2025.

Article 3
The Government of Canada shall bear the cost of transport from the port of embarkation.

Done at Ottawa on 4 March 2025.
"""

CONVENIO = """CONVENIO ENTRE EL GOBIERNO DE LA REPÚBLICA DE CHILE Y LA ORGANIZACIÓN INTERNACIONAL PARA LAS MIGRACIONES

El Gobierno de la República de Chile y la Organización Internacional para las Migraciones convienen lo siguiente:

Artículo 1
La Organización se compromete a prestar asistencia técnica para el retorno voluntario de migrantes.

ARTÍCULO SEGUNDO. El Gobierno de Chile proporcionará las oficinas necesarias para el funcionamiento de la misión.

Artículo 3º.- Las Partes se comprometen a intercambiar información estadística cada seis meses.

Firmado en Santiago, el 10 de junio de 2024.
"""

ACTA = """ACTA DE LA SEGUNDA SESIÓN ORDINARIA DEL CONSEJO CONSULTIVO DEL INSTITUTO ESTATAL DE TRANSPARENCIA

En la ciudad de Oaxaca, siendo las 10:00 horas del 14 de mayo de 2021, se reunieron los integrantes del Consejo Consultivo y la Secretaria Técnica, Laura Méndez Castro.

ACUERDOS

Acuerdo 01/2021: Se aprueba por unanimidad el Programa Anual de Trabajo 2021.

ACUERDO No. 2.- Se instruye a la Secretaría Técnica para que publique el programa en el portal del Instituto a más tardar el 30 de junio de 2021.

No habiendo más asuntos que tratar, se levanta la sesión a las 12:00 horas.
"""


def test_articles_bind_the_party_each_names_by_its_full_or_short_name():
    b = read(AGREEMENT, "canada-iom-agreement")
    c = commitments(b)
    select = c["The Organization undertakes to select suitable candidates for resettlement and "
               "to provide medical examinations before departure."]
    admit = c["The Government of Canada shall admit up to 2,000 refugees selected under this "
              "Agreement during 2025."]
    assert not any(t.startswith("Article") for t in c)
    assert bound(b, select) == {"organization:oim"}
    # the article states the obligation, the preamble who "the Organization" is
    (binding,) = edges(b, "RESPONSIBLE_FOR", dst=select)
    assert binding.sources[0].quote.startswith("The Organization undertakes to select")
    assert binding.sources[1].quote.startswith("AGREEMENT BETWEEN THE GOVERNMENT OF CANADA")
    assert bound(b, admit) == {"country:ca"}


def test_articulos_con_rotulo_en_cada_forma_y_las_partes_del_preambulo():
    b = read(CONVENIO, "convenio-chile-oim")
    c = commitments(b)
    asistencia = c["La Organización se compromete a prestar asistencia técnica para el retorno "
                   "voluntario de migrantes."]
    oficinas = c["El Gobierno de Chile proporcionará las oficinas necesarias para el "
                 "funcionamiento de la misión."]
    partes = c["Las Partes se comprometen a intercambiar información estadística cada seis meses."]
    assert bound(b, asistencia) == {"organization:oim"}
    assert bound(b, oficinas) == {"country:cl"}
    assert bound(b, partes) == {"country:cl", "organization:oim"}


def test_acuerdos_numerados_de_una_sesion_y_la_instruccion_a_la_secretaria():
    b = read(ACTA, "acta-consejo-consultivo")
    c = commitments(b)
    assert set(c) == {
        "Se aprueba por unanimidad el Programa Anual de Trabajo 2021.",
        "Se instruye a la Secretaría Técnica para que publique el programa en el portal del "
        "Instituto a más tardar el 30 de junio de 2021."}
    publish = c["Se instruye a la Secretaría Técnica para que publique el programa en el portal "
                "del Instituto a más tardar el 30 de junio de 2021."]
    (binding,) = edges(b, "RESPONSIBLE_FOR", dst=publish)
    # the acta's secretariat, named in its preamble
    assert b.nodes[binding.source].kind == "Body" and binding.source.endswith(":secretariat")
    assert binding.sources[0].quote.startswith("Se instruye a la Secretaría Técnica para que publique")
    assert {e.target for e in edges(b, "DUE", src=publish)} == {"date:2021-06-30"}


TECHNICAL_ASSISTANCE = """# Agreement between the Government of New Zealand and the International Labour Organization concerning technical assistance

The Government of New Zealand (hereinafter called "the Government") and the International Labour Organization (hereinafter called "the Organization") have agreed as follows:

## Article I

1. The Organization shall send to New Zealand two experts to advise on vocational training.

## Article II

The Government undertakes to:

(a) pay the salaries of the national counterpart staff;

(b) submit to the Organization a report on the results of the mission within six months of its completion.

## Article III

The New Zealand Government will grant the experts the privileges accorded to officials of the United Nations.

## Article IV

This Agreement shall come into force upon signature.
"""


def test_items_after_a_party_named_by_its_short_name_and_a_government_that_will():
    b = read(TECHNICAL_ASSISTANCE, "nz-ilo-agreement")
    c = commitments(b)
    assert bound(b, c["The Organization shall send to New Zealand two experts to advise on "
                       "vocational training."]) == {"organization:oit"}
    # whatever the item's verb, the intro's subject binds it; the item is the quote
    salaries = c["pay the salaries of the national counterpart staff;"]
    (binding,) = edges(b, "RESPONSIBLE_FOR", dst=salaries)
    assert binding.source == "country:nz"
    assert binding.sources[0].quote == "pay the salaries of the national counterpart staff;"
    privileges = next(i for t, i in c.items() if t.startswith("The New Zealand Government will grant"))
    assert bound(b, privileges) == {"country:nz"}
    # what the agreement does by itself binds no one
    assert not any(edges(b, "RESPONSIBLE_FOR", dst=i) for t, i in c.items() if "come into force" in t)


MINUTES = """Minutes of the Board of the Riverside Residents Association

Present: Carol Hunt (Chair), Peter Wong (Secretary), Amal Haddad (Treasurer).

Amal Haddad reserved her position on the budget.

It was agreed that the general assembly be held on 5 December 2024.
"""

ACTA_JUNTA = """Acta de la reunión de la Junta Directiva de la Asociación Vecinal Las Lomas

Asistentes: Marta Gil Romero (Presidenta), Jorge Luna Díaz (Secretario), Inés Caro Vidal (Tesorera).

Inés Caro Vidal reservó su posición sobre el presupuesto.

Se acordó que la asamblea general se celebre el 5 de diciembre de 2024.
"""


def test_a_reserved_position_and_an_impersonal_decision_in_minutes():
    for text, doc, person, reserved, decision in (
            (MINUTES, "riverside-board", "person:amal-haddad",
             "Amal Haddad reserved her position on the budget.",
             "It was agreed that the general assembly be held on 5 December 2024."),
            (ACTA_JUNTA, "junta-las-lomas", "person:ines-caro-vidal",
             "Inés Caro Vidal reservó su posición sobre el presupuesto.",
             "Se acordó que la asamblea general se celebre el 5 de diciembre de 2024.")):
        b = read(text, doc)
        (objected,) = edges(b, "OBJECTED", src=person)
        assert objected.sources[0].quote == reserved
        assert decision in commitments(b)


def test_corpus_committee_report_records_what_it_was_agreed_to_omit():
    from tests.shared_documents import corpus_batch
    b = corpus_batch("12-australia-nz-ministers-conference-committee-report-1944.md")
    check_spans(b)
    assert "It was agreed that sub-paragraph (iii) be omitted." in commitments(b)


RESETTLEMENT = """# Agreement between the Government of the Dominion of Canada and the Intergovernmental Committee on Refugees

The Government of the Dominion of Canada and the Intergovernmental Committee on Refugees (hereinafter referred to as "the Committee") have concluded this agreement on the resettlement of displaced persons.

The Committee will select the displaced persons in the camps in Germany and Austria. The Canadian Government agrees to admit up to 5,000 of them during 1947. The International Organization for Migration will provide medical examinations.

The Committee will not be liable for any loss of baggage.
"""

ACUERDO_BILATERAL = """Acuerdo entre el Gobierno de la República del Perú y la Organización Internacional para las Migraciones

El Gobierno de la República del Perú y la Organización Internacional para las Migraciones (en adelante, "la Organización") acuerdan lo siguiente:

PRIMERO. La Organización brindará asistencia técnica a las oficinas consulares.

SEGUNDO. El Gobierno peruano facilitará el ingreso del personal de la misión.
"""


def test_a_party_bound_by_the_short_name_the_agreement_gives_it_or_by_its_demonym():
    b = read(RESETTLEMENT, "canada-igcr-agreement")
    c = commitments(b)
    select = c["The Committee will select the displaced persons in the camps in Germany and Austria."]
    (binding,) = edges(b, "RESPONSIBLE_FOR", dst=select)
    assert binding.source == "body:intergovernmental-committee-on-refugees"
    # the sentence binds, the preamble says who "the Committee" is
    assert binding.sources[1].quote == ('Intergovernmental Committee on Refugees (hereinafter '
                                      'referred to as "the Committee")')
    assert bound(b, c["The Canadian Government agrees to admit up to 5,000 of them during 1947."]) \
        == {"country:ca"}
    assert bound(b, c["The International Organization for Migration will provide medical "
                       "examinations."]) == {"organization:oim"}
    # what a party will not do commits it to nothing
    assert not any("liable" in t for t in c)


def test_una_parte_nombrada_por_su_nombre_corto_o_por_su_gentilicio():
    b = read(ACUERDO_BILATERAL, "acuerdo-peru-oim")
    c = commitments(b)
    asistencia = next(i for t, i in c.items() if t.startswith("La Organización brindará"))
    ingreso = next(i for t, i in c.items() if t.startswith("El Gobierno peruano facilitará"))
    assert bound(b, asistencia) == {"organization:oim"}
    assert bound(b, ingreso) == {"country:pe"}


GOVERNMENTS = """# Agreement between the Government of the Commonwealth of Australia and the International Organization for Migration

The Australian Government undertakes:

(a) to receive the migrants at the port of arrival;

(b) to meet the cost of their onward travel.

The Government of the Commonwealth of Australia shall provide transport for the migrants. The Government of the Republic of Chile will meet the cost of medical care.
"""


def test_a_government_named_by_its_demonym_in_an_intro_or_by_its_state_long_form():
    b = read(GOVERNMENTS, "australia-iom-agreement")
    c = commitments(b)
    receive = c["to receive the migrants at the port of arrival;"]
    (binding,) = edges(b, "RESPONSIBLE_FOR", dst=receive)
    assert binding.source == "country:au"
    assert [x.quote for x in binding.sources] == ["to receive the migrants at the port of arrival;",
                                                "The Australian Government undertakes:"]
    assert bound(b, c["The Government of the Commonwealth of Australia shall provide transport "
                       "for the migrants."]) == {"country:au"}
    assert bound(b, c["The Government of the Republic of Chile will meet the cost of medical "
                       "care."]) == {"country:cl"}
