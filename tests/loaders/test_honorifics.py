"""One reader of honorifics (loaders.honorifics): the titles before a name, in every form the
readers of names match, from the language packs."""
import re

from loaders.entities import unaccent
from loaders.honorifics import honorifics


def test_a_leading_title_and_its_blanks_are_passed():
    h = honorifics()
    for text, name in [("Dr. Tom Example", "Tom Example"), ("Mtra. Ana Pérez", "Ana Pérez"),
                       ("The Hon. Jane Example", "Jane Example"), ("H.E. Ana Muestra", "Ana Muestra"),
                       ("Su Excelencia Luis Mora", "Luis Mora"), ("Lic.\tPaula Ibarra", "Paula Ibarra")]:
        assert text[h.past(unaccent(text), 0, len(text)):] == name, text
    # no title: the name starts where it started; a word that only begins like one is no title
    assert h.past("Ana Pérez", 0, 9) == 0
    assert h.past(unaccent("Donaldo Pérez"), 0, 13) == 0
    assert h.past("Mr", 0, 2) == 2      # a title alone is passed whole


def test_a_run_of_titles_opens_a_folded_name():
    run = honorifics().run
    assert run.match("sr. lic. ana ruiz").group(0) == "sr. lic. "
    assert run.match("don luis mora").group(0) == "don "
    assert run.match("sra.marta gil").group(0) == "sra."
    assert run.match("ana ruiz") is None


def test_bare_words_and_the_titles_of_rows_and_signatures():
    h = honorifics()
    assert {"ms", "dr", "lic", "sra"} <= h.bare and "ms." not in h.bare
    row = re.compile(rf"{h.in_rows}(?=[\s.])")      # as loaders.governments ends it
    assert [row.match(t).group(0) for t in ("The Hon. J. Example", "The H on J. Example", "Mrs J. Example",
                                            "Sra. Ana")] == ["The Hon.", "The H on", "Mrs", "Sra."]
    assert row.match("Sra Ana") is None and row.match("mr. x") is None     # case kept; "Sr." needs its period
    assert {"ministra", "embajador", "lic."} <= h.signature_titles and "señora" not in h.signature_titles


def test_one_language_pack_gives_its_own_titles():
    es, en = honorifics(("es",)), honorifics(("en",))
    assert "sra." in es.words and "sra." not in en.words
    assert "mrs." in en.words and "mrs." not in es.words
    assert honorifics() is honorifics()         # compiled once
    assert en.signature_titles == frozenset() and en.in_rows.startswith("(?:The")
