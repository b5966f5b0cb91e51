"""Forums of states that meet as a group (the G20, the C5+1) are one Conference node by name
and acronym (data/world/organizations.yaml), and a meeting of their leaders or ministers is
PART_OF them ("the first-ever C5+1 Presidential Summit", "reunión informal de cancilleres del
G20"; data/patterns.yaml frame `part_of`), not of the session it was held during."""
from tests.loaders.batches import pairs, read

SUMMIT_EN = """Joint statement of the C5+1 leaders

This week, the presidents of the Republic of Kazakhstan and the United States met on the
occasion of the first-ever C5+1 Presidential Summit, held during the 78th session of the United
Nations General Assembly in New York City.
"""

REUNION_ES = """Comunicado de los cancilleres

Los cancilleres de México y Francia se reunieron en Cancún el 20 de febrero de 2012 en la
reunión informal de cancilleres del G20.
"""

# the forum only named, not met: no meeting of it
NAMED_ONLY_EN = """Joint statement of Chile and Peru

The Ministers of Chile and Peru met in Lima on 3 May 2024. They welcomed the work of the G20 on
debt.
"""


def _forums(text: str, doc: str) -> set:
    return {f for _, f in pairs(read(text, doc), "PART_OF", src=f"event:{doc}:meeting")}


def test_a_summit_named_after_its_forum_is_part_of_it():
    assert _forums(SUMMIT_EN, "summit-en") == {"conference:c5plus1"}


def test_la_reunion_de_cancilleres_de_un_foro_es_parte_de_el():
    assert _forums(REUNION_ES, "reunion-es") == {"conference:g20"}


def test_a_forum_only_named_holds_no_meeting():
    batch = read(NAMED_ONLY_EN, "named-only-en")
    assert batch.nodes["conference:g20"].kind == "Conference"
    assert _forums(NAMED_ONLY_EN, "named-only-en") == set()


def test_on_the_occasion_of_a_session_is_still_a_side_meeting():
    text = SUMMIT_EN.replace("first-ever C5+1 Presidential Summit, held during the 78th session",
                             "78th session")
    assert "on the\noccasion of the 78th session of the United" in text
    assert _forums(text, "occasion-session") == set()


def test_en_ocasion_de_la_cumbre_de_un_foro_es_parte_de_el():
    text = ("Declaración de los presidentes\n\nLos presidentes de México y Francia se reunieron en "
            "Cancún, en ocasión de la primera Cumbre Presidencial del G20, celebrada durante el 78 "
            "periodo de sesiones de la Asamblea General de las Naciones Unidas.\n")
    assert _forums(text, "ocasion-cumbre") == {"conference:g20"}


WE_AT_A_SUMMIT = {
    "en": """Joint statement of the leaders

We, the presidents of Kazakhstan, Uzbekistan and the United States, met in New York on the
occasion of the first-ever C5+1 Presidential Summit.

To that end, we will launch a regional dialogue on water.
""",
    "es": """Declaración de los presidentes

Los presidentes de Kazajistán, Uzbekistán y Estados Unidos se reunieron en Nueva York en ocasión
de la primera Cumbre Presidencial del C5+1.

Con ese fin, impulsaremos un diálogo regional sobre el agua.
""",
}


def test_what_we_commit_to_at_a_forums_summit_binds_our_states_not_the_forum():
    for lang, text in WE_AT_A_SUMMIT.items():
        batch = read(text, f"we-{lang}")
        assert _forums(text, f"we-{lang}") == {"conference:c5plus1"}, lang
        assert {s for s, _ in pairs(batch, "RESPONSIBLE_FOR")} == \
            {"country:kz", "country:uz", "country:us"}, lang
