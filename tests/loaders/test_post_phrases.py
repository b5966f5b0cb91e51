"""Post phrases of readouts and actas read as a post and a person, never as a person made of the
post's words: a complement closing with a personal name ("Secretary of Homeland Security Alejandra
Ruiz, White House ... Advisor Tom Example"), capitalised words before the post word ("Foreign
Secretary", "Defence Minister"), a rank after the complement ("Director de ..., Ministro D. ..."),
a title's period at a line's end, and the first (paternal) surname as a person's short name.
Every quote must be the text at its span."""
from loaders.pipeline import extract
from loaders.person_names import surname
from tests.loaders.batches import check_spans, pairs, persons, posts, read


READOUT_EN = """Readout of the Secretary's meeting with the Foreign Minister of Chile

Secretary of State Jane Q. Example hosted Chilean Foreign Minister Carla Muestra today in Washington.
Secretary of Homeland Security Daniel Modelo, White House Domestic Policy Advisor Nora Sample, Deputy Attorney General Lucy Tester, and USAID Deputy Administrator Owen Trial joined Secretary Example for the meeting.
Foreign Minister Muestra was joined by Defence Minister Jorge Luis Prueba Gómez; Ambassador to the United States Ramón Ensayo Vidal; and Marta Borrador, Legal Counselor, of the Ministry.
"""


def test_a_complement_closing_with_a_personal_name_gives_the_post_and_the_person():
    b = read(READOUT_EN, "readout-en")
    people = persons(b)
    names = {p.name for p in people.values()}
    # no person made out of the next post's words ("White House Domestic Policy")
    assert not any("White House" in n or "Security" in n or "Policy" in n for n in names)
    expected = {
        "person:daniel-modelo": "Secretary of Homeland Security",
        "person:nora-sample": "White House Domestic Policy Advisor",
        "person:lucy-tester": "Deputy Attorney General",
        "person:owen-trial": "USAID Deputy Administrator",
        "person:ramon-ensayo-vidal": "Ambassador to the United States",
        "person:marta-borrador": "Legal Counselor"}
    assert posts(b, *expected) == expected


def test_capitalised_words_before_the_post_word_are_the_posts():
    b = extract(READOUT_EN, "readout-en", curation=False)
    people = persons(b)
    expected = {
        "person:carla-muestra": "Chilean Foreign Minister",
        "person:jorge-luis-prueba-gomez": "Defence Minister"}
    assert posts(b, *expected) == expected
    # a sentence's first word is no part of a post: "Foreign Minister Muestra was joined" reads
    # the surname of the person already named, not a new one
    assert "person:muestra" not in people
    # the demonym in the post says whom the minister speaks for, quoting the post phrase
    [rep] = [e for e in b.edges.values() if e.type == "REPRESENTS" and e.source == "person:carla-muestra"]
    assert rep.target == "country:cl"
    assert rep.sources[0].quote == "Chilean Foreign Minister Carla Muestra"


def test_a_country_after_a_given_name_is_a_surname_and_a_post_is_not_a_country():
    text = ("Joint readout\n\nDeputy Prime Minister Laura Jordan and Trade Minister Peter Chad met the "
            "delegation of Chile in Santiago on 3 May 2024.\n")
    b = read(text, "readout-surnames")
    expected = {
        "person:laura-jordan": "Deputy Prime Minister",
        "person:peter-chad": "Trade Minister"}
    assert posts(b, *expected) == expected
    assert "country:jo" not in b.nodes and "country:td" not in b.nodes
    assert "country:cl" in b.nodes


ACTA_ES = """ACTA DE LA REUNIÓN BINACIONAL

En la ciudad de Mendoza, el 4 de abril de 2019, se celebró la VII reunión del Comité de Frontera, bajo la
presidencia del Director de Asuntos Limítrofes de la Cancillería, Ministro D. Julio Ejemplo Vidal;
copresidida por el Director Nacional de Fronteras y Límites del Estado (s), D. Mateo Prueba. Hicieron uso
de la palabra el Embajador de Chile en Argentina, D. Ramiro Muestra Soto; el Intendente Regional de Cuyo, D.
Sergio Ensayo Sala y el Gobernador de la Provincia de Mendoza, Ingeniero D. Luis Borrador.
Actúa como secretario el señor Pablo Modelo.
"""


def test_spanish_posts_with_a_rank_a_wrapped_title_and_two_titles():
    b = read(ACTA_ES, "acta-frontera")
    people = persons(b)
    assert people["person:julio-ejemplo-vidal"].properties["post"] == \
        "Director de Asuntos Limítrofes de la Cancillería, Ministro"
    assert people["person:mateo-prueba"].properties["post"] == \
        "Director Nacional de Fronteras y Límites del Estado (s)"
    expected = {
        "person:ramiro-muestra-soto": "Embajador de Chile en Argentina",
        # "D." at a line's end: the name goes on on the next line
        "person:sergio-ensayo-sala": "Intendente Regional de Cuyo",
        # two titles before the name ("Ingeniero D."): neither is part of the name
        "person:luis-borrador": "Gobernador de la Provincia de Mendoza",
        # "secretario el señor Pablo": the article is no part of the post
        "person:pablo-modelo": "Secretario"}
    assert posts(b, *expected) == expected
    assert ("person:ramiro-muestra-soto", "country:cl") in pairs(b, "REPRESENTS")


def test_the_short_name_of_a_double_surname_is_the_paternal_one():
    assert surname("Ramiro Muestra Soto", spanish=True) == "Muestra"
    assert surname("Jorge Luis Prueba Gómez") == "Prueba"
    assert surname("Jane Q. Example") == "Example"
    assert surname("Ana María Ejemplo") == "Ejemplo"
    b = extract(ACTA_ES, "acta-frontera", curation=False)
    people = persons(b)
    assert "Muestra" in people["person:ramiro-muestra-soto"].properties["aliases"]
    assert "Soto" not in people["person:ramiro-muestra-soto"].properties["aliases"]
    # a common word is never a person's short name ("Sala": a room)
    assert "Sala" not in people["person:sergio-ensayo-sala"].properties["aliases"]
    assert "Ensayo" in people["person:sergio-ensayo-sala"].properties["aliases"]


def test_a_post_held_for_a_country_is_held_in_the_organisation_it_names():
    """"Lucía Ejemplo, Vicepresidenta FAC y Directora por Chile (CCCH)": she holds her post where
    "FAC" names and is there for Chile (roll_calls.yaml `entry_for`), not for the federation."""
    text = ("ACTA DE LA SESIÓN\n\nEn Quito, el 5 de junio de 2016, se reúne la Junta de la Federación Andina "
            "de Contadores (FAC). Asisten Lucía Ejemplo, Vicepresidenta FAC y Directora por Chile (CCCH); "
            "Pedro Muestra, Tesorero FAC y Director por Bolivia (CAUB).\n")
    b = read(text, "acta-sesion-federacion")
    reps, holds = pairs(b, "REPRESENTS"), pairs(b, "HOLDS_POST")
    assert ("person:lucia-ejemplo", "country:cl") in reps
    assert ("person:pedro-muestra", "country:bo") in reps
    held = {t for p, t in holds if p == "person:lucia-ejemplo"}
    assert len(held) == 1 and "FAC" in (b.nodes[held.pop()].properties.get("aliases") or [])
    assert not {t for p, t in reps if p == "person:lucia-ejemplo"} - {"country:cl"}
    [edge] = [e for e in b.edges.values() if e.type == "REPRESENTS" and e.source == "person:pedro-muestra"]
    assert edge.sources[0].quote == "Pedro Muestra, Tesorero FAC y Director por Bolivia (CAUB)"


def test_a_possessive_title_is_no_person_and_a_name_may_close_a_sentence():
    text = ("Secretary Example's Meeting with Peruvian and Chilean Counterparts\n\n"
            "Secretary of State Jane Q. Example met in Lima with Peruvian Foreign Minister Rosa Prueba and "
            "Chilean Director General for Economic and Trade Affairs Daniel Muestra. They discussed trade.\n")
    b = read(text, "readout-possessive")
    people = persons(b)
    assert not any("Meeting" in p.name for p in people.values())
    assert people["person:daniel-muestra"].properties["post"] == \
        "Chilean Director General for Economic and Trade Affairs"
    assert ("person:daniel-muestra", "country:cl") in pairs(b, "REPRESENTS")
    assert ("person:rosa-prueba", "country:pe") in pairs(b, "REPRESENTS")


def test_two_titles_before_a_name_in_a_corpus_statement():
    """"The Malaysian Prime Minister, Hon. Dato’ Sri Najib Tun Razak": both titles are passed, the
    post is read, and the person speaks for Malaysia."""
    from loaders.pipeline import load_file
    from tests.shared_documents import corpus_file
    b = load_file(corpus_file("04-australia-malaysia-regional-cooperation-2011.txt"), curation=False)
    check_spans(b)
    people = persons(b)
    assert people["person:najib-tun-razak"].properties["post"] == "Malaysian Prime Minister"
    assert ("person:najib-tun-razak", "country:my") in pairs(b, "REPRESENTS")
    assert not any(p.name.startswith("Dato") for p in people.values())
