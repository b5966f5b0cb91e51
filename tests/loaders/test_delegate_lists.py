"""Lists of delegates, one a line, whom each speaks for first ("Conference Delegates" / "Canada
The Hon. P.L. Example Minister of ..."), a chair marked in brackets, names written with initials
("J.B. Example", "Mr A. Sample") and posts a list breaks over two lines. Every quote must be the
text at its span."""
from loaders.pipeline import extract
from tests.loaders.batches import check_spans, read
from tests.loaders.test_persons_lists import _persons, _rel
from tests.shared_documents import corpus_batch

EN = """Joint communique of the conference of fisheries ministers, Halifax, 12 May 1983

The Ministers discussed quotas for the coming season and agreed to meet again next year.

Conference Delegates

Canada The Hon. P.L. Example Minister of Fisheries and

Oceans.

(Chairman).

Norway The Hon. K. Sample Minister for Coastal Affairs

Iceland Mr T. Specimen Deputy Secretary
"""

ES = """Comunicado de la reunión de ministros de agricultura, Montevideo, 4 de junio de 2012

Los ministros examinaron el comercio regional y acordaron reunirse de nuevo en 2013.

Jefes de delegación

Uruguay Sr. Pablo Ejemplo Ruiz, Ministro de Ganadería (Presidente)

Paraguay Sra. Ana Muestra Díaz, Ministra de Agricultura

Bolivia Dr. Luis Prueba, Viceministro de Desarrollo Rural

Las delegaciones agradecieron la hospitalidad del país anfitrión y la organización del encuentro, que se desarrolló en un clima de cordialidad y de trabajo conjunto entre los países.

El Sr. Marco Otro, periodista, siguió la reunión.
"""


def test_each_delegate_takes_part_for_the_country_opening_the_line_and_the_chair_presides():
    b = read(EN, "fish")
    meeting = "event:fish:meeting"
    people = _persons(b)
    assert {"person:p-l-example", "person:k-sample", "person:t-specimen"} <= set(people)
    # the post goes on over the line the list breaks it at
    assert people["person:p-l-example"].properties["post"] == "Minister of Fisheries and Oceans"
    assert people["person:k-sample"].properties["post"] == "Minister for Coastal Affairs"
    part, reps = _rel(b, "PARTICIPATES_IN"), _rel(b, "REPRESENTS")
    for p, c in (("person:p-l-example", "country:ca"), ("person:k-sample", "country:no"),
                 ("person:t-specimen", "country:is")):
        assert (p, meeting) in part and (p, c) in reps and (c, meeting) in part
    assert _rel(b, "PRESIDES") == {("person:p-l-example", meeting)}
    [edge] = [e for e in b.edges.values() if e.type == "REPRESENTS" and e.source == "person:k-sample"
              and e.target == "country:no"]
    assert edge.sources[0].quote.startswith("Norway The Hon. K. Sample Minister for Coastal Affairs")


def test_spanish_heads_of_delegation_and_the_list_ends_at_prose():
    b = read(ES, "agro")
    meeting = "event:agro:meeting"
    part, reps = _rel(b, "PARTICIPATES_IN"), _rel(b, "REPRESENTS")
    for p, c in (("person:pablo-ejemplo-ruiz", "country:uy"), ("person:ana-muestra-diaz", "country:py"),
                 ("person:luis-prueba", "country:bo")):
        assert (p, meeting) in part and (p, c) in reps
    assert _rel(b, "PRESIDES") == {("person:pablo-ejemplo-ruiz", meeting)}
    # after the prose paragraph the list is over: a person named there does not take part by it
    assert ("person:marco-otro", meeting) not in part


def test_names_with_initials_after_a_title_are_persons():
    text = ("Minutes of the board meeting, 3 March 1990\n\nPresent were the Hon. J.B. Sample, "
            "Minister for Trade, and Dr. H. V. Example.\n\nMr A. Specimen was absent.\n")
    b = read(text, "board")
    people = _persons(b)
    assert {"person:j-b-sample", "person:h-v-example", "person:a-specimen"} <= set(people)
    assert people["person:j-b-sample"].name == "J.B. Sample"
    # "U.S." before a capitalised word is no person's initials
    b = extract("Statement, 3 March 1990\n\nThe Hon. U.S. Department of State welcomed it.\n",
                "us", curation=False)
    assert not _persons(b)


def test_the_perth_communique_delegates():
    b = corpus_batch("02-joint-communique-immigration-ministers-perth-1979.txt")
    check_spans(b)
    meeting = f"event:{b.document}:meeting"
    people = _persons(b)
    assert people["person:m-j-r-mackellar"].properties["post"] == "Minister for Immigration"
    assert people["person:j-b-bolger"].properties["post"] == "Minister of Labour and Immigration"
    assert ("person:m-j-r-mackellar", meeting) in _rel(b, "PRESIDES")
    assert ("person:j-b-bolger", "country:nz") in _rel(b, "REPRESENTS")
    assert {("person:j-b-bolger", meeting), ("person:r-f-jackson", meeting)} <= _rel(b, "PARTICIPATES_IN")
