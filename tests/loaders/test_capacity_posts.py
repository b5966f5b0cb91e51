"""Posts given by a capacity cue before a list of persons ("en calidad de asesores, los señores
...", "as advisers, ..."), posts read from a lower-case word after a name ("asistente del
Departamento ..."), and the paternal surname read only where a name is written the Spanish way.
Every quote must be the text at its span."""
from loaders.person_names import looks_spanish, surname
from tests.loaders.batches import persons, posts, read


ACTA_ES = ("ACTA DE LA REUNIÓN DEL CONSEJO\n\n"
           "En Lima, el 4 de mayo de 2015, se reúne el Consejo de la Asociación Andina de Auditores (AAA) "
           "con la asistencia de los delegados siguientes: Marta PRUEBA, Presidenta AAA y Directora por Perú (CPP); y, en calidad de asesores, "
           "los señores Tomás EJEMPLO (Chile, CCC) y Rita MUESTRA (Tesorera AAA). "
           "También está presente Elsa BORRADOR, asistente del Departamento de Estudios del CPP.\n")


def test_a_capacity_cue_gives_its_post_to_the_persons_without_one():
    b = read(ACTA_ES, "acta-consejo-asesores")
    people = persons(b)
    expected = {
        "person:tomas-ejemplo": "asesor",
        # a person with a post of her own keeps it
        "person:rita-muestra": "Tesorera",
        # before the cue, nothing changes
        "person:marta-prueba": "Presidenta"}
    assert posts(b, *expected) == expected
    assert people["person:elsa-borrador"].properties["post"].lower() == "asistente"


def test_the_cue_ends_with_its_sentence():
    text = ("MINUTES OF THE BOARD MEETING\n\n"
            "The Board met in Geneva on 2 March 2018. Also present, as advisers, were Ms Paula Example (Chile) and Mr Henry Sample (Peru). "
            "Mark Tester, Treasurer of the Board, presented the accounts.\n")
    b = read(text, "minutes-board-advisers")
    people = persons(b)
    expected = {"person:paula-example": "adviser", "person:henry-sample": "adviser"}
    assert posts(b, *expected) == expected
    assert people["person:mark-tester"].properties.get("post") != "adviser"


def test_the_paternal_surname_only_where_the_name_is_spanish():
    assert surname("Hillary Rodham Clinton") == "Clinton"
    assert surname("John Quincy Adams") == "Adams"
    assert surname("Rafael Prueba Duran", spanish=True) == "Prueba"
    assert surname("Luisa Ejemplo Peña") == "Ejemplo"        # a Spanish letter in the name
    # a surname joined by a particle is the surname whole, never the place-like "León" alone
    assert surname("Carlos Muestra de León") == "Muestra de León"
    assert looks_spanish("Ana María Borrador Núñez") and not looks_spanish("Sarah Jane Example")


def test_an_english_middle_name_is_no_short_name_in_an_english_readout():
    text = ("Readout of the Secretary's Meeting\n\n"
            "Secretary of State Helen Rodman Example met Foreign Minister Tom Sample in Washington today. "
            "Secretary Example and Foreign Minister Sample discussed migration.\n")
    b = read(text, "readout-middle-name")
    people = persons(b)
    aliases = people["person:helen-rodman-example"].properties["aliases"]
    assert "Example" in aliases and "Rodman" not in aliases
