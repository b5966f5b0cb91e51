"""A plural post before a list whose entries name whom each person is for after the name ("los
cancilleres A, de Honduras; B, de México y C, de El Salvador"): each person holds the post in the
singular with that owner (loaders.entities, `_own_after_each`), and represents it."""
import pytest

from tests.loaders.batches import pairs, posts, read


@pytest.mark.parametrize("text,expected", [
    ("Comunicado\n\nEn la reunión coincidieron los ministros Elena Paz, de Uruguay; Rodrigo Luna, "
     "de Bolivia y Marta Ruiz, de Colombia.\n",
     {"person:elena-paz": ("Ministro de Uruguay", "country:uy"),
      "person:rodrigo-luna": ("Ministro de Bolivia", "country:bo"),
      "person:marta-ruiz": ("Ministro de Colombia", "country:co")}),
    ("Comunicado\n\nLo respaldaron los cancilleres Tomás Ibarra, de Paraguay, y Sara Medina, de "
     "Ecuador.\n",
     {"person:tomas-ibarra": ("Canciller de Paraguay", "country:py"),
      "person:sara-medina": ("Canciller de Ecuador", "country:ec")}),
    ("Readout\n\nThe statement was welcomed by the Foreign Ministers Helen Marsh, of Australia; "
     "Tomas Varga, of Hungary and Ines Kahl, of Austria.\n",
     {"person:helen-marsh": ("Foreign Minister of Australia", "country:au"),
      "person:tomas-varga": ("Foreign Minister of Hungary", "country:hu"),
      "person:ines-kahl": ("Foreign Minister of Austria", "country:at")}),
])
def test_each_person_of_the_list_holds_the_post_for_the_owner_after_the_name(text, expected):
    batch = read(text)
    assert posts(batch, *expected) == {p: post for p, (post, _) in expected.items()}
    for person, (_, owner) in expected.items():
        assert (person, owner) in pairs(batch, "REPRESENTS")


@pytest.mark.parametrize("text,expected", [
    ("Acta\n\nReunidos los alcaldes don Pedro Ruiz y don Juan Soto, se abrió la sesión.\n",
     {"person:pedro-ruiz": "Alcalde", "person:juan-soto": "Alcalde"}),
    ("Note\n\nThe Presidents Anna Berg and Tom Lind opened the summit.\n",
     {"person:anna-berg": "President", "person:tom-lind": "President"}),
])
def test_persons_after_a_plural_post_hold_it_in_the_singular(text, expected):
    assert posts(read(text), *expected) == expected
