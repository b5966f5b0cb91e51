"""Malay and Arabic particles inside a name ("binti", "bint", "ibn", data/lang/en/persons.yaml
`name_particles`) keep the name whole: "Ms. Aminah binti Yusof" is one person, not "Aminah"."""
from tests.loaders.batches import named, posts, read

EN = ("Report of the Second Meeting of Water Ministers\n\nThe Second Meeting of Water Ministers was "
      "held in Apia on 4 June 2024.\n\n")
ES = ("Acta de la Segunda Reunión de Ministros del Agua\n\nLa Segunda Reunión de Ministros del Agua "
      "se realizó en Quito el 4 de junio de 2024.\n\n")


def test_binti_and_ibn_stay_inside_the_name():
    b = read(EN + "Mr. Rizal bin Ahmad, DS, Ministry of Energy, and Ms. Aminah binti Yusof, DG, "
             "Department of Water, attended. Mr. Khalid ibn Said, Director, Ministry of Water, spoke.\n")
    assert set(named(b, "Person")) == {"Rizal bin Ahmad", "Aminah binti Yusof", "Khalid ibn Said"}
    assert posts(b, "person:aminah-binti-yusof")["person:aminah-binti-yusof"] == "DG"


def test_binti_dentro_del_nombre_en_un_acta_en_espanol():
    b = read(ES + "Asistieron el Sr. Rizal bin Ahmad, Director, Ministerio de Energía, y la Sra. "
             "Aminah binti Yusof, Directora General, Departamento del Agua.\n")
    assert set(named(b, "Person")) == {"Rizal bin Ahmad", "Aminah binti Yusof"}


def test_a_lower_case_word_after_a_name_that_is_no_particle_ends_it():
    b = read(EN + "Ms. Aminah Yusof and the delegates of Fiji attended.\n")
    assert set(named(b, "Person")) == {"Aminah Yusof"}


def test_a_given_name_written_short_opens_the_name_it_belongs_to():
    b = read(EN + "Mr. Mohd. Rizal bin Ahmad, DS, Ministry of Energy, attended.\n")
    assert set(named(b, "Person")) == {"Mohd. Rizal bin Ahmad"}
    assert posts(b, "person:mohd-rizal-bin-ahmad")["person:mohd-rizal-bin-ahmad"] == "DS"


def test_un_nombre_abreviado_abre_el_nombre_al_que_pertenece():
    b = read(ES + "Asistió el Sr. Mohd. Rizal bin Ahmad, Director, Ministerio de Energía.\n")
    assert set(named(b, "Person")) == {"Mohd. Rizal bin Ahmad"}
