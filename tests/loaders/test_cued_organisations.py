"""Organisations without a head noun in their name, read from a cue beside them: a post held in
them, a noun in apposition before them, or one after them and a comma (loaders.cued_organisations)."""
import pytest

from tests.loaders.batches import read


def organisations(text: str) -> dict[str, str]:
    """{id: name} of the Organization nodes of `text`."""
    return {n.id: n.name for n in read(text).nodes.values() if n.kind == "Organization"}


def quotes(text: str, ident: str) -> list[str]:
    """The quotes of the node `ident` of `text`."""
    return [s.quote for s in read(text).nodes[ident].sources]


@pytest.mark.parametrize("sentence,ident,name", [
    ("Marta Ejemplo, directora de Cuentas Claras, pidió más datos abiertos.",
     "organization:cuentas-claras", "Cuentas Claras"),
    ("Según Rosa Modelo, Directora Ejecutiva de Faro Cívico Innovación en Datos Públicos, el plan se atrasa.",
     "organization:faro-civico-innovacion-en-datos-publicos", "Faro Cívico Innovación en Datos Públicos"),
    ("Firmaron el pronunciamiento el colectivo 30+5 y otras agrupaciones.", "organization:30-5", "30+5"),
    ("Tomás Prueba, integrante del CDC Regional, presentó la propuesta.",
     "organization:cdc-regional", "CDC Regional"),
    ("Asistió la organización Datos Claros con tres personas.", "organization:datos-claros", "Datos Claros"),
    ("Brightwater Labs, a non-profit based in Bergen, hosted the second session.",
     "organization:brightwater-labs", "Brightwater Labs"),
    ("Costs were met by the company Harbour Lantern Systems under the contract.",
     "organization:harbour-lantern-systems", "Harbour Lantern Systems"),
    ("Anna Sample, executive director of Open Tide, opened the workshop.", "organization:open-tide", "Open Tide"),
    ("El informe lo preparó Tejido Abierto, una organización de Quito, para la reunión.",
     "organization:tejido-abierto", "Tejido Abierto"),
    # a president's post held in it, after the name in brackets or a comma
    ("Se escribirá a Pablo Ensayo (presidente de Pingüino Libre) por los diplomas.",
     "organization:pinguino-libre", "Pingüino Libre"),
    ("Ruth Sample, president of Harbour Commons, chaired the call.",
     "organization:harbour-commons", "Harbour Commons"),
])
def test_a_name_beside_an_organisation_cue_is_an_organisation(sentence, ident, name):
    assert organisations(sentence).get(ident) == name


def test_the_country_after_the_name_is_whose_it_is_not_part_of_the_name():
    text = "El cargo pasó a la directora general de Aduanas y Fronteras de Costa Rica, Lidia Ejemplo."
    found = organisations(text)
    assert found.get("organization:aduanas-y-fronteras") == "Aduanas y Fronteras"
    assert not [i for i in found if "costa-rica" in i]
    assert quotes(text, "organization:aduanas-y-fronteras") == ["Aduanas y Fronteras"]


@pytest.mark.parametrize("sentence,not_an_organisation", [
    # a unit of an organisation the text names after it
    ("Luis Ejemplo, Director de Proyectos de la Fundación Mar Azul, presentó el plan.", "organization:proyectos"),
    ("The founder of Coastal University Press spoke.", "organization:coastal"),
    # a place, a person, an honorific
    ("Habló la directora de Valparaíso sobre el puerto.", "organization:valparaiso"),
    ("Asistieron representantes de Chile y del Perú.", "organization:chile"),
    ("Se presentó en representación del Dr. César Modelo, Secretario General.", "organization:dr"),
    # a president of a country, and the acronym of a name the text defines
    ("Habló Ana Ensayo, presidenta de Chile, en la apertura.", "organization:chile"),
    ("Escribieron a la Suprema Corte de Apelaciones de la Provincia (SCAP) y luego a la Presidenta de la "
     "SCAP para que responda.", "organization:scap"),
])
def test_no_organisation_where_the_words_beside_the_cue_name_something_else(sentence, not_an_organisation):
    assert not_an_organisation not in organisations(sentence)


def test_a_known_name_opened_by_the_cue_noun_stays_the_known_name():
    found = organisations("La Organización Internacional para las Migraciones apoyó el encuentro.")
    assert not [i for i in found if i.startswith("organization:internacional")]


def test_the_other_names_of_a_list_of_organisations_are_organisations():
    text = ("Se sumaron al pronunciamiento ANAR, FMA, Datos Claros, Chile, Faro Cívico y el colectivo 30+5. "
            "Lo redactaron la Asociación Nacional de Archiveros (ANAR) y la Fundación Mar Azul (FMA).")
    found = organisations(text)
    assert {"organization:datos-claros", "organization:faro-civico", "organization:30-5"} <= set(found)
    assert "organization:chile" not in found and "country:cl" in read(text).nodes
    assert quotes(text, "organization:faro-civico") == ["Faro Cívico"]


def test_a_list_with_one_known_organisation_names_no_other():
    found = organisations("Viajaron Lucía, Harbour Lane, Datos Claros y la Fundación Mar Azul al taller.")
    assert "organization:datos-claros" not in found and "organization:harbour-lane" not in found


def test_an_acronym_in_the_list_that_abbreviates_a_named_organisation_is_that_organisation():
    text = ("Firmaron CGM, FMA y Nodo Libre. Habló la Confederación Gremial Marítima y después la "
            "Fundación Mar Azul presentó su informe.")
    batch = read(text)
    found = {n.id: n for n in batch.nodes.values() if n.kind == "Organization"}
    assert "organization:cgm" not in found and "organization:fma" not in found
    assert "CGM" in [s.quote for s in found["organization:confederacion-gremial-maritima"].sources]
    assert "organization:nodo-libre" in found


def test_an_english_list_of_organisations():
    found = organisations("The Coastal Research Foundation (CRF) and the Harbour Institute (HI) spoke. "
                          "Letters came from CRF, HI and Brightwater Labs.")
    assert "organization:brightwater-labs" in found


@pytest.mark.parametrize("sentence,field", [
    ("Bolivia estuvo representada por el director general de Asuntos Migratorios, Hugo Ejemplo.",
     "organization:asuntos-migratorios"),
    ("Asistió la directora de Comunidades Bolivianas en el Exterior, Ana Prueba, con su equipo.",
     "organization:comunidades-bolivianas"),
    ("The delegation included the director of Consular Affairs, Jane Sample, and two advisers.",
     "organization:consular-affairs"),
    ("Tom Example, executive director of Programs, closed the meeting.", "organization:programs"),
])
def test_the_field_of_a_post_is_no_organisation_unless_a_state_owns_it(sentence, field):
    """After a post, words that name its field ("Asuntos Migratorios") are not an organisation."""
    assert not [i for i in organisations(sentence) if i.startswith(field)]


def test_a_field_owned_by_a_state_names_that_states_office():
    found = organisations("Llegó el director general de Migración y Aduanas de Panamá, Raúl Modelo.")
    assert found.get("organization:migracion-y-aduanas") == "Migración y Aduanas"
