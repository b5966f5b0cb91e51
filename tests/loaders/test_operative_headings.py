"""Commitments after an operative heading that carries a qualifier ("APROBARON LOS SIGUIENTES
PUNTOS SUSTANTIVOS:", "Acuerdos adoptados", "The Ministers agreed the following:", "Outcomes",
"Conclusions and recommendations") and after an intro whose subject binds itself ("The
Government of X undertakes:"): each item is a commitment, its RESPONSIBLE_FOR quote is the item
(loaders.commitments, data/structure.yaml agreements_intro, data/patterns.yaml commitments)."""
from tests.loaders.conftest import edges
from tests.loaders.batches import bound, commitments, read


PUNTOS = """Comunicado Conjunto de la III Reunión de la Comisión Binacional Bolivia - Paraguay

Asunción, 8 de julio de 2016

Los Cancilleres de Bolivia y Paraguay se reunieron en Asunción el 8 de julio de 2016.

APROBARON LOS SIGUIENTES PUNTOS SUSTANTIVOS:

1. Instalar una mesa técnica sobre el corredor bioceánico.

2. Elaborar un informe sobre el transporte fluvial en un plazo de 120 días.

Los Cancilleres expresaron su satisfacción por los resultados alcanzados.
"""


def test_items_after_a_qualified_spanish_heading_bind_the_parties_quoting_the_item():
    b = read(PUNTOS, "comunicado-bolivia-paraguay")
    c = commitments(b)
    mesa = c["Instalar una mesa técnica sobre el corredor bioceánico."]
    informe = c["Elaborar un informe sobre el transporte fluvial en un plazo de 120 días."]
    assert not any(t.startswith("Los Cancilleres expresaron") for t in c)
    assert bound(b, mesa) == {"country:bo", "country:py"}
    # the quote is the agreement that states the commitment, not the heading
    assert {e.sources[0].quote for e in edges(b, "RESPONSIBLE_FOR", dst=mesa)} == \
        {"Instalar una mesa técnica sobre el corredor bioceánico."}
    (due,) = edges(b, "DUE", src=informe)
    assert due.target == "date:2016-11-05" and due.sources[0].quote == "en un plazo de 120 días"
    (made,) = edges(b, "DELIVERABLE", src=informe)
    assert b.nodes[made.target].name == "Informe sobre el transporte fluvial"


ADOPTADOS = """Acta de la Reunión de la Comisión Mixta Uruguay - Argentina

Montevideo, 14 de marzo de 2018

Las delegaciones de Uruguay y Argentina se reunieron en Montevideo el 14 de marzo de 2018.

ACUERDOS ADOPTADOS

PRIMERO.- Crear un grupo de trabajo sobre navegación en el río Uruguay.

SEGUNDO.- Presentar una propuesta de reglamento de pesca antes del 30 de junio de 2018.

Firmado en Montevideo, el 14 de marzo de 2018.
"""


def test_ordinal_items_after_acuerdos_adoptados_and_the_signing_formula_ends_them():
    b = read(ADOPTADOS, "acta-uruguay-argentina")
    c = commitments(b)
    assert set(c) == {"Crear un grupo de trabajo sobre navegación en el río Uruguay.",
                      "Presentar una propuesta de reglamento de pesca antes del 30 de junio de 2018."}
    propuesta = c["Presentar una propuesta de reglamento de pesca antes del 30 de junio de 2018."]
    assert bound(b, propuesta) == {"country:uy", "country:ar"}
    assert [e.target for e in edges(b, "DUE", src=propuesta)] == ["date:2018-06-30"]
    (made,) = edges(b, "DELIVERABLE", src=propuesta)
    assert b.nodes[made.target].name == "Propuesta de reglamento de pesca"


AGREED_FOLLOWING = """Joint Statement of the Ministers of Trade of Peru and Chile

Lima, 3 September 2019

The Ministers of Trade of Peru and Chile met in Lima on 3 September 2019.

The Ministers agreed the following:

(a) to set up a joint committee on phytosanitary standards;

(b) to prepare a study on port logistics within six months.

The Ministers thanked the people of Peru for their warm welcome.
"""


def test_lettered_to_items_after_agreed_the_following():
    b = read(AGREED_FOLLOWING, "statement-peru-chile")
    c = commitments(b)
    assert set(c) == {"to set up a joint committee on phytosanitary standards;",
                      "to prepare a study on port logistics within six months."}
    study = c["to prepare a study on port logistics within six months."]
    assert bound(b, study) == {"country:pe", "country:cl"}
    assert {e.sources[0].quote for e in edges(b, "RESPONSIBLE_FOR", dst=study)} == \
        {"to prepare a study on port logistics within six months."}
    assert [e.target for e in edges(b, "DUE", src=study)] == ["date:2020-03-03"]
    (made,) = edges(b, "DELIVERABLE", src=study)
    assert b.nodes[made.target].name == "Study on port logistics"


OUTCOMES = """# Meeting of the South Pacific Tuna Working Group

Apia, 17 May 2022

Delegates of Samoa, Fiji and Tonga met in Apia on 17 May 2022.

## Outcomes

- Tonga will circulate a draft catch-reporting template by 30 June 2022.
- Fiji to host the next meeting of the Working Group.

## Any other business

No other business was raised.
"""


def test_bullets_under_a_markdown_outcomes_heading():
    b = read(OUTCOMES, "tuna-working-group")
    c = commitments(b)
    template = c["Tonga will circulate a draft catch-reporting template by 30 June 2022."]
    assert bound(b, template) == {"country:to"}
    assert [e.target for e in edges(b, "DUE", src=template)] == ["date:2022-06-30"]
    assert "Fiji to host the next meeting of the Working Group." in c
    assert not any("other business" in t for t in c)


CONCLUSIONS = """Report of the Regional Workshop on Statelessness

Manila, 21 November 2017

1. Opening

The workshop was opened by the Chair, who welcomed participants from the Philippines, Viet Nam and Thailand.

2. Discussion

Participants shared national experiences on birth registration.

3. Conclusions and recommendations

3.1 UNHCR will produce a compilation of good practices by March 2018.

3.2 Thailand offered to host a follow-up workshop in 2018.
"""


def test_numbered_paragraphs_of_a_conclusions_section():
    b = read(CONCLUSIONS, "workshop-statelessness")
    c = commitments(b)
    compilation = c["UNHCR will produce a compilation of good practices by March 2018."]
    assert bound(b, compilation) == {"organization:acnur"}
    assert [e.target for e in edges(b, "DUE", src=compilation)] == ["date:2018-03"]
    assert bound(b, c["Thailand offered to host a follow-up workshop in 2018."]) == {"country:th"}
    assert not any(t.startswith("Participants shared") for t in c)


UNDERTAKES = """Agreement between the Government of Brazil and the International Organization for Migration on Assisted Returns

Brasília, 6 June 1990

The Government of Brazil undertakes:

(a) to issue travel documents to the returnees free of charge;

(b) to receive the returnees at the airport of arrival.

The International Organization for Migration agrees:

(a) to organise the transport of the returnees;

(b) to report on each return operation.

Done at Brasília on 6 June 1990.
"""


def test_each_party_intro_binds_the_items_after_it():
    b = read(UNDERTAKES, "agreement-brazil-iom")
    c = commitments(b)
    assert len(c) == 4
    travel = c["to issue travel documents to the returnees free of charge;"]
    transport = c["to organise the transport of the returnees;"]
    assert bound(b, travel) == {"country:br"}
    assert bound(b, transport) == {"organization:oim"}
    quotes = [s.quote for e in edges(b, "RESPONSIBLE_FOR", dst=transport) for s in e.sources]
    assert quotes == ["to organise the transport of the returnees;",
                      "The International Organization for Migration agrees:"]
    assert not any(t.startswith("Done at") for t in c)


ARTICLES = """Convenio entre el Gobierno de Colombia y el Gobierno del Ecuador sobre Pesca Artesanal

Quito, 2 de octubre de 2009

Artículo 1

El Gobierno del Ecuador se compromete a otorgar permisos de pesca a los pescadores artesanales colombianos.

Artículo 2

Las Partes intercambiarán estadísticas de captura cada seis meses.

Artículo 3

El presente Convenio entrará en vigor en la fecha de su firma.
"""


def test_treaty_articles_commit_their_subject_and_not_their_entry_into_force():
    b = read(ARTICLES, "convenio-colombia-ecuador")
    c = commitments(b)
    permisos = next(i for t, i in c.items() if t.startswith("El Gobierno del Ecuador se compromete"))
    assert bound(b, permisos) == {"country:ec"}
    assert any(t.startswith("Las Partes intercambiarán") for t in c)
    assert not any("entrará en vigor" in t for t in c)


SHALL = """Agreement between the Government of Ireland and the World Health Organization on a Liaison Office

Dublin, 11 April 1994

Article 1

The Organization shall appoint a head of the liaison office and shall notify the Government of the appointment.

Article 2

This Agreement shall enter into force upon signature.
"""


def test_shall_binds_an_article_subject_but_entry_into_force_is_no_commitment():
    b = read(SHALL, "agreement-ireland-who")
    c = commitments(b)
    assert set(c) == {"The Organization shall appoint a head of the liaison office and shall "
                      "notify the Government of the appointment."}


ACTA_MINUTES = """Acta de reunión de la Junta Directiva de la Asociación Tenerife Datos

1. Lectura y aprobación del acta anterior

Se aprueba el acta anterior.

2. Jornada de datos abiertos

Se comenta la propuesta de organizar una jornada en la universidad.

Medidas acordadas

• Reservar el salón de actos para la jornada.
• Preparar un cartel de difusión para las redes sociales.

3. Ruegos y preguntas

No hay ruegos ni preguntas.
"""


def test_medidas_acordadas_bullets_end_at_the_next_numbered_point():
    b = read(ACTA_MINUTES, "acta-tenerife-datos")
    c = commitments(b)
    assert set(c) == {"Se aprueba el acta anterior.",
                      "Reservar el salón de actos para la jornada.",
                      "Preparar un cartel de difusión para las redes sociales."}


NEXT_STEPS = """# Working Group on Open Contracting - Minutes

Meeting date: 12 March 2024

## Agreed next steps

- Publish the revised data standard on the website.
- Schedule a call with the procurement agency.
- The meeting adjourned at 4:05 PM.
"""


def test_agreed_next_steps_bullets_stop_at_the_closing_formula():
    b = read(NEXT_STEPS, "open-contracting-minutes")
    c = commitments(b)
    assert set(c) == {"Publish the revised data standard on the website.",
                      "Schedule a call with the procurement agency."}


PASOS = """# Encuentro de Municipios por la Transparencia

**Próximos pasos**

El encuentro cerró con un listado de compromisos. Entre las medidas acordadas por los municipios destacamos:

Publicación trimestral de los presupuestos municipales en formato abierto.

Capacitación de los equipos de comunicación en lenguaje claro.

**Agradecimientos**

Agradecemos a todas las personas que participaron en el encuentro.
"""


def test_plain_paragraphs_after_an_agreed_measures_intro_end_at_the_next_heading():
    b = read(PASOS, "encuentro-municipios")
    c = commitments(b)
    assert set(c) == {"Publicación trimestral de los presupuestos municipales en formato abierto.",
                      "Capacitación de los equipos de comunicación en lenguaje claro."}


FINALISE = """Joint Communiqué of the Ministers of Energy of Uruguay and Brazil

Rivera, 4 April 2016

The Ministers of Energy of Uruguay and Brazil met in Rivera on 4 April 2016.

Both countries agreed to finalise a Memorandum of Understanding on electricity interconnection before the end of 2016.
"""


def test_finalising_an_instrument_is_what_the_commitment_delivers():
    b = read(FINALISE, "communique-uruguay-brazil")
    (cid,) = commitments(b).values()
    assert bound(b, cid) == {"country:uy", "country:br"}
    (made,) = edges(b, "DELIVERABLE", src=cid)
    assert b.nodes[made.target].kind == "Instrument"
    assert made.sources[0].quote == "finalise a Memorandum of Understanding"
    assert [e.target for e in edges(b, "DUE", src=cid)] == ["date:2016-12-31"]
