"""An organisation named after a post between commas is no person: "..., Director, Water
Authority" / "..., Jefe, Agencia de Energía" give no Person "Water Authority" or "Agencia de
Energía" (organisation head words among data/lang/*/persons.yaml `not_names`); the persons named
before them stay."""
from tests.loaders.batches import named, posts, read

EN = ("Report of the Second Meeting of Water Ministers\n\nThe Second Meeting of Water Ministers was "
      "held in Apia on 4 June 2024.\n\n")
ES = ("Acta de la Segunda Reunión de Ministros del Agua\n\nLa Segunda Reunión se realizó en Quito el "
      "4 de junio de 2024.\n\n")


def test_an_authority_or_agency_after_a_post_is_no_person():
    b = read(EN + "The meeting was attended by Ana Example, Director, Water Authority, and Tom Sample, "
             "Head, Energy Agency.\n")
    people = set(named(b, "Person"))
    assert "Tom Sample" in people and not people & {"Water Authority", "Energy Agency"}
    assert posts(b, "person:tom-sample") == {"person:tom-sample": "Head"}


def test_una_agencia_tras_un_cargo_no_es_una_persona():
    b = read(ES + "Asistieron Ana Ejemplo, Directora, Autoridad Nacional del Agua, y Tomás Muestra, "
             "Jefe, Agencia de Energía.\n")
    people = set(named(b, "Person"))
    assert "Ana Ejemplo" in people and not people & {"Autoridad Nacional del Agua", "Agencia de Energía"}
    assert posts(b, "person:ana-ejemplo") == {"person:ana-ejemplo": "Directora"}
