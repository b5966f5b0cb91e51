"""A country or an organisation the text names can open a longer name, in English order, before
its head noun ("the United States Department of Homeland Security", "the Canada Border Services
Agency", "the United Nations Charter"; `name_openers` of data/lang/en/heads.yaml): the longer
name is read whole, and the country or organisation inside it is no actor of the sentence. In
Spanish the country closes the name ("el Ministerio de Relaciones Exteriores de Perú", "la Carta
de las Naciones Unidas") and is read whole in the same way. A name set off by a line break or a
full stop, or an acronym, opens nothing. Every quote must be the text at its span."""
from tests.loaders.batches import named, read

EN = """Joint statement on border cooperation

On 4 May 2021 the United States Department of Homeland Security and the Canada Border Services Agency
met in Ottawa. Both reaffirmed the United Nations Charter and recalled the Brazil Plan of Action.
"""

ES = """Comunicado conjunto sobre cooperación fronteriza

El 4 de mayo de 2021, la Agencia de Cooperación Internacional de Chile y el Ministerio de Relaciones
Exteriores de Perú se reunieron en Lima. Ambos reafirmaron la Carta de las Naciones Unidas.
"""

NOT_EN = """Joint statement on labour talks

On 4 May 2021 the talks were held in Canada. Department officials of both sides reviewed the agenda.
The delegation of Chile
Ministry of Labour Relations staff met in Santiago.
"""


def test_a_country_or_an_organisation_opening_an_english_name_is_part_of_it():
    b = read(EN, "opened-names-en")
    orgs, instruments = named(b, "Organization"), named(b, "Instrument")
    assert {"United States Department of Homeland Security", "Canada Border Services Agency"} <= set(orgs)
    assert {"United Nations Charter", "Brazil Plan of Action"} <= set(instruments)
    # cut short no more
    assert "Department of Homeland Security" not in orgs and "Border Services Agency" not in orgs
    # the country or organisation inside the name is no actor of the sentence
    assert not {"country:us", "country:ca", "country:br"} & set(b.nodes)
    assert "United Nations" not in orgs


def test_un_pais_o_una_organizacion_al_final_de_un_nombre_es_parte_de_el():
    b = read(ES, "nombres-es")
    orgs, instruments = named(b, "Organization"), named(b, "Instrument")
    assert {"Agencia de Cooperación Internacional de Chile",
            "Ministerio de Relaciones Exteriores de Perú"} <= set(orgs)
    assert "Carta de las Naciones Unidas" in instruments
    assert not {"country:cl", "country:pe"} & set(b.nodes)
    assert not any(n.name == "Naciones Unidas" for n in b.nodes.values())


def test_a_country_set_off_by_a_full_stop_or_a_line_break_opens_no_name():
    b = read(NOT_EN, "not-opened-en")
    assert {"country:ca", "country:cl"} <= set(b.nodes)
    assert not any(n.name.startswith(("Canada ", "Chile ")) for n in b.nodes.values())
