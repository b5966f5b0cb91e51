"""Two posts that share one plural head split by a coordination, each with its own complement and
country ("Las ministras de Educación de Chile, A, y de Cultura y Patrimonio de Perú, B", "The
Ministers of Energy of Chile, A, and of Mines of Peru, B"): each person holds the singular post
with their own complement and represents their own country; when persons taking part through
what they did speak for countries, and no list says who was there, those countries take part.
A post that serves a country's nationals ("Directora de Asuntos de los Chilenos en el
Exterior") is that country's; "su colega A" names a person without giving a post. Documents
written for these tests."""
from loaders.pipeline import extract
from tests.loaders.batches import check_spans, pairs, persons, posts

ES = """Reunión binacional

Las ministras de Educación de Chile, Carmen Rojas Vidal, y de Cultura y Patrimonio de Perú, Lucía Mendoza, sostuvieron hoy un encuentro de trabajo en Arica.
"""

EN = """Bilateral meeting

The Ministers of Energy of Chile, Carmen Rojas Vidal, and of Mines and Petroleum of Peru, Jorge Luna, held talks today in Arica.
"""


def test_each_of_two_coordinated_posts_has_its_own_complement_and_country_in_spanish():
    b = extract(ES, "binacional-es", curation=False)
    check_spans(b)
    assert posts(b, "person:carmen-rojas-vidal", "person:lucia-mendoza") == {
        "person:carmen-rojas-vidal": "Ministra de Educación de Chile",
        "person:lucia-mendoza": "Ministra de Cultura y Patrimonio de Perú"}
    reps = pairs(b, "REPRESENTS")
    assert {("person:carmen-rojas-vidal", "country:cl"), ("person:lucia-mendoza", "country:pe")} <= reps
    assert ("person:lucia-mendoza", "country:cl") not in reps
    assert ("person:carmen-rojas-vidal", "country:pe") not in reps


def test_the_countries_of_two_persons_who_met_take_part_in_english():
    b = extract(EN, "bilateral-en", curation=False)
    check_spans(b)
    people = persons(b)
    assert people["person:jorge-luna"].properties["post"] == "Minister of Mines and Petroleum of Peru"
    meeting = "event:bilateral-en:meeting"
    part = {s for s, t in pairs(b, "PARTICIPATES_IN") if t == meeting}
    assert {"person:carmen-rojas-vidal", "person:jorge-luna", "country:cl", "country:pe"} <= part


def test_a_post_serving_a_countrys_nationals_abroad_and_a_colleague():
    text = ("Reunión binacional\n\nLa Directora de Asuntos de los Chilenos en el Exterior, Marta Soto Pino, "
            "presidió la reunión en Lima, que preparó la agenda de la ministra Ana Ruiz y su colega "
            "Pedro Gómez Ibáñez.\n")
    b = extract(text, "nacionales", curation=False)
    check_spans(b)
    assert ("person:marta-soto-pino", "country:cl") in pairs(b, "REPRESENTS")
    people = persons(b)
    assert "person:pedro-gomez-ibanez" in people
    assert not people["person:pedro-gomez-ibanez"].properties.get("post")


def test_a_demonym_in_an_organisations_name_gives_no_country():
    text = ("Foro empresarial\n\nLa Presidenta de la Asociación Guatemalteca de Exportadores, Rosa Pérez Lima, "
            "habló en el foro celebrado en Lima.\n")
    b = extract(text, "foro", curation=False)
    assert ("person:rosa-perez-lima", "country:gt") not in pairs(b, "REPRESENTS")
