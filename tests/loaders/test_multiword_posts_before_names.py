"""Posts of several words before a person's name are read whole, in English ("Homeland Security
Advisor", "National Security Advisor", "Deputy Secretary of State", "Attorney General") and in
Spanish ("Subsecretario para América del Norte", "Consejera de Seguridad Nacional"), never cut to
their last word ("Advisor"); a hyphenated surname stays the person's. Every quote must be the
text at its span."""
from tests.loaders.batches import persons, posts, read

EN = """Readout of the meeting on border cooperation

On 3 May 2024, Homeland Security Advisor Ann Example-Sample, National Security Advisor Paul Sample, Deputy Secretary of State Rich Model and Attorney General Lucy Tester met the Mexican delegation in Washington.
"""

ES = """Comunicado sobre la cooperación fronteriza

El 3 de mayo de 2024, el Subsecretario para América del Norte Pedro Ejemplo y la Consejera de Seguridad Nacional Ana Modelo se reunieron con la delegación de Chile en Santiago.
"""


def test_english_posts_of_several_words_are_read_whole():
    b = read(EN, "posts-en")
    expected = {"person:ann-example-sample": "Homeland Security Advisor",
                "person:paul-sample": "National Security Advisor",
                "person:rich-model": "Deputy Secretary of State",
                "person:lucy-tester": "Attorney General"}
    assert posts(b, *expected) == expected
    # no person made of a post's words
    assert not any(w in p.name for p in persons(b).values() for w in ("Security", "Advisor", "State"))


def test_los_cargos_de_varias_palabras_se_leen_enteros():
    b = read(ES, "cargos-es")
    expected = {"person:pedro-ejemplo": "Subsecretario para América del Norte",
                "person:ana-modelo": "Consejera de Seguridad Nacional"}
    assert posts(b, *expected) == expected
    assert not any(w in p.name for p in persons(b).values() for w in ("Seguridad", "América"))
