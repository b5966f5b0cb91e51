"""A post between commas after a name in a numbered roll is the person's post, not part of an
organisation: "1. Dr. Ana Example, Director-General, Water Department" gives Ana Example the post
Director-General and the organisation "Water Department"; a post written as its initials ("DS",
"DG", "PS") is a post too, and a name with Malay particles ("bin", "binti") stays one person."""
from tests.loaders.batches import named, posts, read

EN = ("Report of the Second Meeting of Water Ministers\n\nThe Second Meeting of Water Ministers was "
      "held in Apia on 4 June 2024.\n\nPresent:\n\n")
ES = ("Acta de la Segunda Reunión de Ministros del Agua\n\nLa Segunda Reunión de Ministros del Agua "
      "se realizó en Quito el 4 de junio de 2024.\n\nPresentes:\n\n")


def test_a_post_between_commas_in_a_numbered_roll_is_the_persons_post():
    b = read(EN + "1. Dr. Ana Example, Director-General, International Cooperation Department\n"
             "2. Mr. Tomas Sample, Water Department\n")
    orgs = named(b, "Organization")
    assert "International Cooperation Department" in orgs and "Water Department" in orgs
    assert not [n for n in orgs if n.startswith("Director")]
    assert posts(b, "person:ana-example", "person:tomas-sample") == {
        "person:ana-example": "Director-General", "person:tomas-sample": None}


def test_posts_as_initials_and_names_with_particles():
    b = read(EN + "1. Mr. Rizal bin Ahmad, DS, Ministry of Energy\n"
             "2. Ms. Aminah binti Yusof, DG, Department of Water\n")
    assert set(named(b, "Organization")) >= {"Ministry of Energy", "Department of Water"}
    assert not [n for n in named(b, "Organization") if n.startswith(("DS", "DG"))]
    assert set(named(b, "Person")) == {"Rizal bin Ahmad", "Aminah binti Yusof"}
    assert posts(b, "person:rizal-bin-ahmad")["person:rizal-bin-ahmad"] == "DS"


def test_un_cargo_entre_comas_en_una_lista_numerada_es_el_cargo_de_la_persona():
    b = read(ES + "1. Dra. Ana Ejemplo, Directora General, Departamento de Cooperación Internacional\n"
             "2. Sr. Tomás Muestra, Departamento del Agua\n")
    orgs = named(b, "Organization")
    assert "Departamento de Cooperación Internacional" in orgs and "Departamento del Agua" in orgs
    assert not [n for n in orgs if n.startswith("Directora")]
    assert posts(b, "person:ana-ejemplo")["person:ana-ejemplo"] == "Directora General"


def test_a_name_then_an_organisation_with_a_comma_is_not_cut_as_a_post():
    b = read(EN + "1. Mr. Tomas Sample, Example Institute, Fiji\n")
    assert posts(b, "person:tomas-sample")["person:tomas-sample"] is None


def test_posts_as_initials_in_prose_and_initials_that_name_no_one():
    b = read(EN.replace("Present:\n\n", "") + "The meeting was attended by Mr. Tomas Sample, PS, "
             "Ministry of Water, and Ms. Ana Example, DG, Water Department.\n")
    assert posts(b, "person:tomas-sample", "person:ana-example") == {
        "person:tomas-sample": "PS", "person:ana-example": "DG"}
    b = read(EN.replace("Present:\n\n", "") + "Funding from DG Trade was discussed.\n\n"
             "PS: the next meeting is in May.\n")
    assert named(b, "Person") == {}


def test_an_engineers_title_opens_a_roll_line_like_any_honorific():
    b = read(EN + "1. Mr. Khalid Al Hamad, PS, Ministry of Water\n"
             "2. Eng. Omar Saleh Al Harthy, Director, Water Authority\n")
    assert posts(b, "person:omar-saleh-al-harthy", "person:khalid-al-hamad") == {
        "person:omar-saleh-al-harthy": "Director", "person:khalid-al-hamad": "PS"}
    assert "Water Authority" in named(b, "Organization")
    b = read(EN.replace("Present:\n\n", "") + "The English text was adopted.\n")
    assert named(b, "Person") == {}


def test_el_titulo_de_ingeniero_abre_una_linea_de_la_lista():
    b = read(ES + "1. Ing. Omar Saleh Al Harthy, Director, Autoridad del Agua\n")
    assert posts(b, "person:omar-saleh-al-harthy") == {"person:omar-saleh-al-harthy": "Director"}
