"""An instrument's title that joins two head nouns with no article between them is one title
("the Brasilia Declaration and Plan of Action", "la Declaración y Plan de Acción de Brasil"); with
an article after the coordination, or a numbered instrument after it, they are two names ("la
Declaración de Lima y el Plan de Acción de Quito", "the Palermo Protocol and Resolution 2178")
(loaders.entities _coordinated, _joint_title)."""
from tests.loaders.batches import named, read


def _instruments(sentence_en: str, sentence_es: str) -> tuple[set, set]:
    en = read("Joint communiqué of the meeting of Chile and Peru\n\nSantiago, 3 May 2024\n\n"
              f"The delegations of Chile and Peru met in Santiago.\n\n{sentence_en}\n", "titles-en")
    es = read("Comunicado de la reunión de Chile y Perú\n\nSantiago, 3 de mayo de 2024\n\n"
              f"Las delegaciones de Chile y del Perú se reunieron en Santiago.\n\n{sentence_es}\n", "titles-es")
    return set(named(en, "Instrument")), set(named(es, "Instrument"))


def test_two_heads_joined_with_no_article_are_one_title_in_both_languages():
    en, es = _instruments("The two countries welcomed the Brasilia Declaration and Plan of Action.",
                          "Ambos países saludaron la Declaración y Plan de Acción de Brasil.")
    assert en == {"Brasilia Declaration and Plan of Action"}
    assert es == {"Declaración y Plan de Acción de Brasil"}


def test_an_article_after_the_coordination_keeps_two_names():
    en, es = _instruments("The two countries welcomed the Lima Declaration and the Quito Plan of Action.",
                          "Ambos países saludaron la Declaración de Lima y el Plan de Acción de Quito.")
    assert en == {"Lima Declaration", "Quito Plan of Action"}
    assert es == {"Declaración de Lima", "Plan de Acción de Quito"}


def test_a_numbered_instrument_after_the_coordination_is_a_name_of_its_own():
    en, es = _instruments("The delegations recalled the Palermo Protocol and Resolution 2178 of the Security Council.",
                          "Las delegaciones recordaron el Protocolo de Palermo y Resolución 2178 del Consejo de Seguridad.")
    assert en == {"Palermo Protocol", "Resolution 2178"}
    assert es == {"Protocolo de Palermo", "Resolución 2178"}
