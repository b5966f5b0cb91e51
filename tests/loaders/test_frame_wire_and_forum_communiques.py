"""The meeting frame of news readouts, wire copy, forum communiqués and minutes: a meeting its
participants "held" (with an indefinite article) and where it took place when the venue is an
institution; the countries of those who held it; wire datelines whose city and agency are no
part of the meeting; a day said relative to the dateline; the members of a two-state commission;
a dated visit; a leaders' retreat of a forum, its venue inside its city, its host thanked for
its hospitality, co-hosts, states represented with the verb left out, a state rejoining the
forum; and a minutes' heading dated in figures. Every text is written for these tests."""
from __future__ import annotations

from datetime import date

from loaders.numeric_days import NUMERIC_DAY, day_first, numeric_day
from loaders.pipeline import load_file
from tests.loaders.batches import check_spans, read
from tests.loaders.test_cases import edges, meeting, participants, place_of, span_of


def nodes_of(b, kind: str) -> dict[str, str]:
    """{name: id} of the batch's nodes of `kind`."""
    return {n.name: i for i, n in b.nodes.items() if n.kind == kind}


def from_file(tmp_path, name: str, text: str):
    """The batch of `text` loaded as a file (its reader gives the document its own date)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    b = load_file(path, curation=False)
    check_spans(b)
    return b


# -- readouts: the participants held the meeting -------------------------------------------------

READOUT_ES = (
    "Los ministros de Agricultura de Perú, Ana Modelo Quispe, y de Comercio de Chile, Luis "
    "Ejemplo Rojas, sostuvieron hoy una reunión de trabajo sobre el comercio de frutas.\n\n"
    "El encuentro, que se llevó a cabo en la Cancillería de Perú, sirvió para revisar los "
    "pendientes.\n")


def test_readout_whose_ministers_held_a_meeting_today_records_it_without_a_day():
    b = read(READOUT_ES, "lectura")
    ev = meeting(b)
    assert ev in b.nodes
    assert span_of(b, ev) == set()          # "hoy" with no dateline: no day made up
    assert {"country:pe", "country:cl", "person:ana-modelo-quispe"} <= participants(b)
    # the venue is an institution, a Place as the text writes it
    assert place_of(b, ev) == {"Cancillería de Perú"}
    [held] = edges(b, "HELD_IN", ev)
    assert held.sources[0].quote.endswith("Cancillería de Perú")


def test_country_inside_a_post_of_those_who_held_the_meeting_takes_part(tmp_path):
    text = ("La secretaria de Economía de México, Laura Ejemplo Vega, y el ministro de Hacienda "
            "de Guatemala, Mario Modelo Paz, sostuvieron una reunión en la que repasaron el "
            "comercio.\n")
    b = read(text, "lectura-mx")
    mx = [e for e in edges(b, "PARTICIPATES_IN", "country:mx", meeting(b))]
    assert mx and mx[0].sources[0].quote.startswith("La secretaria de Economía de México")


def test_meeting_held_with_another_word_than_the_meeting_is_not_read_as_held():
    # "sostuvieron una conversación telefónica" names no meeting: nothing is read as one
    text = ("Los cancilleres de Perú y de Chile sostuvieron una conversación telefónica sobre "
            "la frontera.\n\nLa llamada se hizo desde la Cancillería de Perú.\n")
    b = read(text, "llamada")
    assert meeting(b) not in b.nodes or not edges(b, "HELD_IN", meeting(b))


def test_english_readout_held_talks_and_took_place_at_the_ministry():
    text = ("The Foreign Ministers of Chile, Ana Example, and of Peru, Luis Sample, held talks "
            "today on border trade.\n\nThe meeting took place at the Ministry of Foreign Affairs "
            "and lasted two hours.\n")
    b = read(text, "readout")
    ev = meeting(b)
    assert {"country:cl", "country:pe"} <= participants(b)
    assert place_of(b, ev) == {"Ministry of Foreign Affairs"}
    assert span_of(b, ev) == set()


# -- wire copy -----------------------------------------------------------------------------------

WIRE_ES = (
    "Lima, 14 de marzo de 2019 (Andina).- Perú y Ecuador concluyeron ayer la IV Reunión de la "
    "Comisión Binacional, en la que se preparó la visita oficial del presidente Pedro Ejemplo "
    "Soto a Quito el 2 de abril próximo.\n\nLas delegaciones revisaron la agenda fronteriza.\n")


def test_wire_dateline_city_and_agency_are_no_part_of_the_meeting(tmp_path):
    b = from_file(tmp_path, "cable.txt", WIRE_ES)
    ev = meeting(b)
    # the meeting ended "ayer": the day before the dateline's
    assert span_of(b, ev) == {("2019-03-13", "2019-03-13", "day")}
    assert place_of(b, ev) == set()         # Lima is where the story was filed
    assert nodes_of(b, "Organization").get("Andina") == "organization:andina"
    assert not [e for e in b.edges.values() if "organization:andina" in (e.source, e.target)]
    assert participants(b) >= {"country:pe", "country:ec"}


def test_two_states_meeting_as_a_binational_commission_are_its_members(tmp_path):
    b = from_file(tmp_path, "cable.txt", WIRE_ES)
    body = nodes_of(b, "Body")["Comisión Binacional"]
    assert {e.target for e in edges(b, "PART_OF", meeting(b))} == {body}
    assert {e.source for e in edges(b, "MEMBER_OF", dst=body)} == {"country:pe", "country:ec"}


def test_commission_of_more_than_two_states_gets_no_members_from_who_took_part():
    text = ("Perú, Chile y Ecuador celebraron la II Reunión de la Comisión Mixta en Lima el 3 "
            "de mayo de 2018.\n")
    b = read(text, "mixta")
    assert not [e for e in b.edges.values() if e.type == "MEMBER_OF"
                and b.nodes[e.target].name == "Comisión Mixta"]


def test_dated_visit_is_an_event_of_its_own(tmp_path):
    b = from_file(tmp_path, "cable.txt", WIRE_ES)
    [visit] = [i for i, n in b.nodes.items() if n.kind == "Event" and i != meeting(b)]
    assert b.nodes[visit].name == "visita oficial del presidente Pedro Ejemplo Soto"
    assert place_of(b, visit) == {"Quito"}
    assert span_of(b, visit) == {("2019-04-02", "2019-04-02", "day")}
    assert {e.source for e in edges(b, "PARTICIPATES_IN", dst=visit)} == {"person:pedro-ejemplo-soto"}
    # the visit's day and place are not the meeting's
    assert "2019-04-02" not in {d for d, _, _ in span_of(b, meeting(b))}


def test_english_visit_to_a_known_city():
    text = ("The ministers prepared the state visit of President Mara Sample to Lima on 3 May "
            "2024.\n")
    b = read(text, "visit")
    [visit] = [i for i, n in b.nodes.items() if n.kind == "Event" and i != meeting(b)]
    assert place_of(b, visit) == {"Lima"}
    assert span_of(b, visit) == {("2024-05-03", "2024-05-03", "day")}


def test_undated_visit_is_no_event():
    b = read("Se habló de la visita oficial del presidente Pedro Ejemplo Soto a Quito.\n", "sin-dia")
    assert [n for i, n in b.nodes.items() if n.kind == "Event" and i != meeting(b)] == []


# -- a regional forum's communiqué ---------------------------------------------------------------

RETREAT_EN = (
    "Coral Coast Leaders Retreat – Communiqué\n\n"
    "The Pacific Islands Forum Leaders Retreat was held in Suva, Fiji, on 3 May 2022, and was "
    "attended by leaders of Samoa, Tonga and Tuvalu. Vanuatu was represented by its Foreign "
    "Minister, and Niue by its Premier. The Retreat was held at Grand Pacific Hotel, Suva.\n\n"
    "1. Leaders conveyed their gratitude to the Prime Minister of Fiji, and the Government and "
    "people of Fiji, for the generous hospitality shown to all delegations.\n\n"
    "2. Leaders welcomed the accession of Palau to the Pacific Islands Forum.\n")


def test_retreat_is_held_in_its_city_and_at_the_venue_inside_it():
    b = read(RETREAT_EN, "retreat")
    ev = meeting(b)
    assert b.nodes[ev].name == "Pacific Islands Forum Leaders Retreat"
    assert place_of(b, ev) == {"Suva", "Grand Pacific Hotel"}
    assert span_of(b, ev) == {("2022-05-03", "2022-05-03", "day")}
    assert {e.target for e in edges(b, "PART_OF", ev)} == {"organization:pif"}


def test_host_thanked_for_hospitality_organises_and_states_represented_take_part():
    b = read(RETREAT_EN, "retreat")
    ev = meeting(b)
    assert {e.source for e in edges(b, "ORGANISES", dst=ev)} == {"country:fj"}
    assert {"country:vu", "country:nu", "country:ws", "country:to", "country:tv"} <= participants(b)


def test_state_acceding_to_the_forum_is_a_member():
    b = read(RETREAT_EN, "retreat")
    [m] = edges(b, "MEMBER_OF", "country:pw")
    assert m.target == "organization:pif"
    assert m.sources[0].quote == "accession of Palau to the Pacific Islands Forum"


def test_withdrawal_from_a_forum_makes_no_member():
    b = read("Leaders noted the withdrawal of Palau from the Pacific Islands Forum.\n", "left")
    assert edges(b, "MEMBER_OF", "country:pw") == []


def test_spanish_hospitality_and_rejoining():
    text = ("La Reunión de Cancilleres se celebró en Asunción, Paraguay, el 4 de junio de 2021.\n\n"
            "Los Cancilleres agradecieron la hospitalidad brindada por el gobierno y pueblo de "
            "Paraguay.\n\nCelebraron la reincorporación de Venezuela a la Comunidad Andina.\n")
    b = read(text, "cancilleres")
    assert {e.source for e in edges(b, "ORGANISES", dst=meeting(b))} == {"country:py"}
    assert {e.source for e in edges(b, "MEMBER_OF")} >= {"country:ve"}


def test_each_co_host_organises_the_meeting():
    text = ("The Ministerial Conference on Migration was co-hosted by Canada and Mexico in "
            "Ottawa, Canada on June 2, 2022.\n")
    b = read(text, "cohost")
    assert {e.source for e in edges(b, "ORGANISES", dst=meeting(b))} == {"country:ca", "country:mx"}


# -- minutes dated in figures --------------------------------------------------------------------

def test_minutes_heading_in_figures_dates_the_meeting():
    text = ("# (19/5/23) Meeting Minutes\n\n## Attendees:\n\n* Ana Example\n* Tom Sample\n\n"
            "## Notes\n\n1. The group reviewed the backlog.\n")
    b = read(text, "minutes")
    assert span_of(b, meeting(b)) == {("2023-05-19", "2023-05-19", "day")}
    [held] = edges(b, "HELD_ON", meeting(b))
    assert held.sources[0].quote == "19/5/23"


def test_minutes_heading_with_an_ambiguous_day_in_figures_is_not_dated():
    text = ("# (9/5/23) Acta de la reunión\n\n## Asistentes:\n\n* Ana Ejemplo\n\n"
            "## Notas\n\n1. El grupo revisó los pendientes.\n")
    b = read(text, "acta-cifras")
    assert span_of(b, meeting(b)) == set()


def test_day_first_from_the_figures_then_from_the_document():
    def one(s, text=""):
        return numeric_day(NUMERIC_DAY.search(s), text or s)
    assert one("22/4/24").start == date(2024, 4, 22)         # 22 is no month
    assert one("4/22/24").start == date(2024, 4, 22)         # 22 is no month
    assert one("3/5/19") is None                              # nothing says which comes first
    assert one("3/5/19", "3/5/19 and later 25/5/19").start == date(2019, 5, 3)
    assert one("3/5/19", "Acta 3/5/19. Se reunieron en mayo de 2019.").start == date(2019, 5, 3)
    assert day_first("12/30/2020") is False
    assert NUMERIC_DAY.search("version 1.2.3") is None


def test_heading_without_a_meeting_word_is_not_dated_by_its_figures():
    b = read("# Budget 22/4/24\n\nThe figures were reviewed by the team at its meeting.\n", "budget")
    assert meeting(b) not in b.nodes or span_of(b, meeting(b)) == set()


# -- an acta's hall before its verb --------------------------------------------------------------

def test_acta_hall_named_after_its_city_is_a_place_of_the_meeting_too():
    text = ("ACTA Nº 2: REUNIÓN DEL CONSEJO, 4/2010 En la ciudad de Quito (Ecuador), el día 6 de "
            "abril de 2010, en el Salón Azul del Hotel Ejemplo, se reúne el Consejo Directivo de "
            "la Asociación con la asistencia de sus miembros.\n")
    b = read(text, "acta-salon")
    assert place_of(b, meeting(b)) == {"Quito", "Salón Azul del Hotel Ejemplo"}


def test_acta_street_before_its_verb_is_no_hall():
    text = ("ACTA Nº 2: REUNIÓN DEL CONSEJO, 4/2010 En la ciudad de Quito (Ecuador), el día 6 de "
            "abril de 2010, en la Avenida Amazonas, se reúne el Consejo Directivo de la Asociación "
            "con la asistencia de sus miembros.\n")
    b = read(text, "acta-calle")
    assert place_of(b, meeting(b)) == {"Quito"}
