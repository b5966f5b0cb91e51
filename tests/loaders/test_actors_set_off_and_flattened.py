"""Who takes part and who is a member, in layouts that set actors off or run labels together:
the states set off between dashes or in brackets right after a forum's name are its members
(loaders.member_lists), the attendance list of a heading whose labels run on one line ("Fecha:
D Participantes: A, B Preside: B") or stand on lines of one passage (loaders.attendance,
loaders.roll_calls), a host who "fue anfitrión de" / "was host to" a guest (data/patterns.yaml
`frame.guest_of`, `frame.host`), and the states listed after "participaron" in the clause that
names another meeting (loaders.other_participants)."""
import pytest

from tests.loaders.batches import pairs, quotes_of, read

MEETING = "event:d:meeting"


# -- members set off after a forum's name ---------------------------------------------------------

@pytest.mark.parametrize("text,forum,states,quote", [
    ("Comunicado conjunto\n\nLos Cancilleres del Grupo de Lima – Chile, Perú y Colombia – se "
     "reunieron en Bogotá el 2 de marzo de 2020.\n",
     "body:grupo-de-lima", {"country:cl", "country:pe", "country:co"},
     "Grupo de Lima – Chile, Perú y Colombia –"),
    ("Joint statement\n\nThe leaders of the Pacific Islands Forum (Samoa, Tonga and Fiji) met in "
     "Apia on 9 June 2021.\n",
     "organization:pif", {"country:ws", "country:to", "country:fj"},
     "Pacific Islands Forum (Samoa, Tonga and Fiji)"),
    ("Comunicado\n\nLas delegaciones del MERCOSUR (Uruguay, Brasil y Argentina) acordaron una "
     "agenda común en Montevideo el 5 de julio de 2018.\n",
     "organization:mercosur", {"country:uy", "country:br", "country:ar"},
     "MERCOSUR (Uruguay, Brasil y Argentina)"),
])
def test_states_set_off_after_a_forum_are_its_members(text, forum, states, quote):
    batch = read(text)
    assert {s for s, _ in pairs(batch, "MEMBER_OF", dst=forum)} == states
    for state in states:
        assert quotes_of(batch, "MEMBER_OF", state, forum) == [quote]


def test_a_single_state_in_brackets_is_no_member_list():
    batch = read("Comunicado\n\nLos Ministros del MERCOSUR (Paraguay) se reunieron en Asunción el "
                 "5 de julio de 2018.\n")
    assert pairs(batch, "MEMBER_OF", dst="organization:mercosur") == set()


def test_a_bracket_that_says_more_than_states_is_no_member_list():
    batch = read("Joint statement\n\nThe Pacific Islands Forum (Samoa and Tonga as co-chairs) met "
                 "in Apia on 9 June 2021.\n")
    assert pairs(batch, "MEMBER_OF", dst="organization:pif") == set()


@pytest.mark.parametrize("text,forum", [
    ("Informe\n\nSe reunieron los Estados de las troikas de la Conferencia Regional sobre Migración "
     "(Belice, Costa Rica y Guatemala) en San José el 3 de abril de 2019.\n", "conference:crm"),
    ("Report\n\nThe secretariat of the Pacific Islands Forum (Samoa, Tonga and Fiji) met in Apia on "
     "9 June 2021.\n", "organization:pif"),
])
def test_states_set_off_after_a_part_of_a_forum_are_not_the_forums_members(text, forum):
    """"las troikas de la ⟦CRM⟧ (A, B y C)": the list belongs to the troikas, not to the forum."""
    assert pairs(read(text), "MEMBER_OF", dst=forum) == set()


# -- attendance in a heading whose labels run together -------------------------------------------

@pytest.mark.parametrize("text,people,chair,first_quote", [
    ("Minutes of the Data Working Group\n\nDate: 4 March 2022 Participants: Olga Berg, Tomas "
     "Lind, Vera Holm Chair: Tomas Lind Agenda: 1. Opening\n",
     {"person:olga-berg", "person:tomas-lind", "person:vera-holm"}, "person:tomas-lind",
     "Participants: Olga Berg"),
    ("Acta de la reunión del Comité de Datos\n\nFecha: 4 de marzo de 2022 Participantes: Lucía "
     "Ferro, Martín Salas, Inés Vidal Preside: Martín Salas Orden del día: 1. Apertura\n",
     {"person:lucia-ferro", "person:martin-salas", "person:ines-vidal"}, "person:martin-salas",
     "Participantes: Lucía Ferro"),
    ("Minutes of the Data Working Group\n\nDate: 4 March 2022\nParticipants: Olga Berg, Tomas "
     "Lind, Vera Holm\nChair: Tomas Lind\nAgenda: 1. Opening\n",
     {"person:olga-berg", "person:tomas-lind", "person:vera-holm"}, "person:tomas-lind",
     "Participants: Olga Berg"),
    ("Acta de la reunión del Comité de Datos\n\nFecha: 4 de marzo de 2022\nParticipantes: Lucía "
     "Ferro, Martín Salas, Inés Vidal\nPreside: Martín Salas\nOrden del día: 1. Apertura\n",
     {"person:lucia-ferro", "person:martin-salas", "person:ines-vidal"}, "person:martin-salas",
     "Participantes: Lucía Ferro"),
])
def test_the_participants_of_a_heading_with_labels_in_one_passage(text, people, chair, first_quote):
    batch = read(text)
    assert {s for s, _ in pairs(batch, "PARTICIPATES_IN", dst=MEETING)} == people
    assert pairs(batch, "PRESIDES", dst=MEETING) == {(chair, MEETING)}
    first = "person:" + "-".join(first_quote.split(": ")[1].lower().split()).replace("í", "i")
    assert quotes_of(batch, "PARTICIPATES_IN", first, MEETING) == [first_quote]


def test_the_next_label_on_the_line_ends_the_list():
    batch = read("Minutes of the Data Working Group\n\nDate: 4 March 2022 Participants: Olga Berg, "
                 "Vera Holm Next meeting: 9 May 2022\n")
    assert {s for s, _ in pairs(batch, "PARTICIPATES_IN", dst=MEETING)} == \
        {"person:olga-berg", "person:vera-holm"}


# -- a host and a guest ----------------------------------------------------------------------------

@pytest.mark.parametrize("text,host,guest,guest_country", [
    ("Comunicado\n\nLa Canciller de Colombia, Marta Ruiz, fue anfitriona del Canciller de Ecuador, "
     "Pablo Vera, en Bogotá el 3 de mayo de 2022.\n",
     "person:marta-ruiz", "person:pablo-vera", "country:ec"),
    ("Readout\n\nThe Foreign Minister of New Zealand, Anna Reid, was host to the Foreign Minister "
     "of Samoa, Tavita Lemalu, in Wellington on 3 May 2022.\n",
     "person:anna-reid", "person:tavita-lemalu", "country:ws"),
])
def test_the_host_organises_and_the_guest_takes_part(text, host, guest, guest_country):
    batch = read(text)
    assert pairs(batch, "ORGANISES", dst=MEETING) == {(host, MEETING)}
    assert {s for s, _ in pairs(batch, "PARTICIPATES_IN", dst=MEETING)} == {host, guest}
    assert (guest, guest_country) in pairs(batch, "REPRESENTS")
    assert quotes_of(batch, "ORGANISES", host, MEETING)[0].startswith(("La Canciller", "The Foreign"))


# -- the participants of another meeting the sentence names ---------------------------------------

def test_states_listed_after_participaron_take_part_in_the_meeting_named_before():
    batch = read("Nota\n\nEl Foro Andino de Migraciones (FAM) es un proceso regional; la primera fue "
                 "en Lima en el año 2004, participaron Bolivia, Colombia y Ecuador; más tarde, "
                 "participaron Chile y Venezuela.\n")
    first = [n.id for n in batch.nodes.values() if n.kind == "Event" and n.id != MEETING
             and n.name.lower().startswith("primera")]
    assert len(first) == 1
    assert {s for s, _ in pairs(batch, "PARTICIPATES_IN", dst=first[0])} == \
        {"country:bo", "country:co", "country:ec"}
    assert quotes_of(batch, "PARTICIPATES_IN", "country:co", first[0]) == \
        ["primera fue en Lima en el año 2004, participaron Bolivia, Colombia"]
    assert ("country:cl", MEETING) not in pairs(batch, "PARTICIPATES_IN")


def test_states_listed_after_attended_by_take_part_in_the_meeting_named_before():
    batch = read("Joint Statement of the Ninth Ministerial Meeting of the Coral Process\n\nThe Ninth "
                 "Ministerial Meeting of the Coral Process was held in Apia on 2 June 2022.\n\n"
                 "Ministers recalled that the second Ministerial meeting of the Coral Process was "
                 "held in Suva on 4 May 2003 and was attended by Fiji, Samoa and Tonga.\n")
    first = [n.id for n in batch.nodes.values() if n.kind == "Event" and n.id != MEETING
             and n.name.lower().startswith("second")]
    assert len(first) == 1
    assert {s for s, _ in pairs(batch, "PARTICIPATES_IN", dst=first[0])} == \
        {"country:fj", "country:ws", "country:to"}
    assert ("country:fj", MEETING) not in pairs(batch, "PARTICIPATES_IN")


# -- "both officials", "ambos ministros" -----------------------------------------------------------

@pytest.mark.parametrize("text,people,clause", [
    ("Comunicado\n\nLa Canciller de Uruguay, Elena Paz, y el Canciller de Bolivia, Rodrigo Luna, "
     "firmaron una carta. Ambos cancilleres conversaron sobre la frontera en Montevideo el 2 de "
     "junio de 2022.\n",
     ("person:elena-paz", "person:rodrigo-luna"), "Ambos cancilleres conversaron"),
    ("Readout\n\nSecretary Helen Marsh spoke with Foreign Minister Tomas Varga of Hungary on 2 June "
     "2022. Both officials discussed energy security.\n",
     ("person:helen-marsh", "person:tomas-varga"), "Both officials discussed"),
])
def test_both_officials_are_the_two_persons_named_before(text, people, clause):
    batch = read(text)
    for person in people:
        quotes = quotes_of(batch, "PARTICIPATES_IN", person, MEETING)
        assert clause in quotes and batch.nodes[person].name in quotes


def test_both_officials_after_three_persons_is_left_open():
    batch = read("Readout\n\nSecretary Helen Marsh, Minister Tomas Varga and Ambassador Ines Kahl "
                 "were named on 2 June 2022. Both officials discussed energy security.\n")
    assert pairs(batch, "PARTICIPATES_IN", dst=MEETING) == set()
