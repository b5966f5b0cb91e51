from datetime import date

import pytest

from loaders.dates import find_dates, resolve

REF = date(2017, 3, 30)


@pytest.mark.parametrize("expr,start,end,precision", [
    ("30 de marzo, 2017", "2017-03-30", "2017-03-30", "day"),
    ("el 4 de abril a las 9:00 am", "2017-04-04", "2017-04-04", "day"),
    ("el día de mañana 31 de marzo", "2017-03-31", "2017-03-31", "day"),
    ("durante la última semana de abril", "2017-04-24", "2017-04-30", "week"),
    ("el último viernes de abril", "2017-04-28", "2017-04-28", "day"),
    ("en junio de 2017", "2017-06-01", "2017-06-30", "month"),
    ("mayo de 2017", "2017-05-01", "2017-05-31", "month"),
    ("en noviembre", "2017-11-01", "2017-11-30", "month"),
    ("en abril", "2017-04-01", "2017-04-30", "month"),
    ("en 2011", "2011-01-01", "2011-12-31", "year"),
    ("a finales de abril", "2017-04-24", "2017-04-30", "week"),
    ("el día de ayer", "2017-03-29", "2017-03-29", "day"),
    ("este año", "2017-01-01", "2017-12-31", "year"),
])
def test_resolve(expr, start, end, precision):
    v = resolve(expr, REF)
    assert (v.start.isoformat(), v.end.isoformat(), v.precision) == (start, end, precision)


def test_relative_needs_reference():
    assert resolve("el día de ayer") is None
    assert resolve("30 de marzo de 2017").iso == "2017-03-30"


def test_not_dates():
    assert find_dates("se trabaje en la mañana y por la mañana", REF) == []
    assert find_dates("la agenda 2030 y los años noventa", REF) == []


def test_spans_slice_to_text():
    text = "Sostener una videoconferencia durante la última semana de abril, y otra en mayo de 2017."
    found = find_dates(text, REF)
    assert [text[d.start:d.end] for d in found] == ["la última semana de abril", "mayo de 2017"]
    assert found[0].value.id == "date:2017-04-24/2017-04-30"


@pytest.mark.parametrize("expr,start,end,precision", [
    # one span, whatever joins its ends (issue 17.2): hyphen, en dash, em dash, "al", "y", "to"
    ("durante los días 24–28 de abril de 2017", "2017-04-24", "2017-04-28", "day"),
    ("los días 24-28 de abril de 2017", "2017-04-24", "2017-04-28", "day"),
    ("24—28 de abril de 2017", "2017-04-24", "2017-04-28", "day"),
    ("los días 14 y 15 de marzo de 2004", "2004-03-14", "2004-03-15", "day"),
    ("los días 30 y 31 de mayo de 2002", "2002-05-30", "2002-05-31", "day"),
    ("del 9 al 11 de octubre de 2018", "2018-10-09", "2018-10-11", "day"),
    ("entre los días 9 y 11 de octubre de 2018", "2018-10-09", "2018-10-11", "day"),
    ("24 de abril – 5 de mayo de 2017", "2017-04-24", "2017-05-05", "day"),
    ("del 28 de diciembre al 2 de enero de 2018", "2017-12-28", "2018-01-02", "day"),
    ("April 24–28, 2017", "2017-04-24", "2017-04-28", "day"),
    ("May 30-31, 2002", "2002-05-30", "2002-05-31", "day"),
    ("24–28 April 2017", "2017-04-24", "2017-04-28", "day"),
    ("28-30 April 2003", "2003-04-28", "2003-04-30", "day"),
    ("April 24 to May 5, 2017", "2017-04-24", "2017-05-05", "day"),
    ("24 April – 5 May 2017", "2017-04-24", "2017-05-05", "day"),
    # English single dates and years
    ("November 14, 2023", "2023-11-14", "2023-11-14", "day"),
    ("12 April 2022", "2022-04-12", "2022-04-12", "day"),
    ("in September 2022", "2022-09-01", "2022-09-30", "month"),
    ("by 2025", "2025-01-01", "2025-12-31", "year"),
    ("by the end of 2023", "2023-12-31", "2023-12-31", "day"),
    ("a finales de 2023", "2023-12-31", "2023-12-31", "day"),
    # parts of a year at month precision
    ("durante el segundo semestre de 2004", "2004-07-01", "2004-12-31", "month"),
    ("during the second half of 2004", "2004-07-01", "2004-12-31", "month"),
    ("en el primer trimestre de 2020", "2020-01-01", "2020-03-31", "month"),
    # relative deadlines counted from the reference (the meeting's last day)
    ("en un plazo no mayor de noventa días", "2017-06-28", "2017-06-28", "day"),
    ("dentro de los 30 días siguientes", "2017-04-29", "2017-04-29", "day"),
    ("within 60 days", "2017-05-29", "2017-05-29", "day"),
    ("en un plazo de tres meses", "2017-06-30", "2017-06-30", "day"),
    # a day without a year takes the document's year
    ("el 4 de abril", "2017-04-04", "2017-04-04", "day"),
])
def test_resolve_ranges_english_and_relative(expr, start, end, precision):
    v = resolve(expr, REF)
    assert (v.start.isoformat(), v.end.isoformat(), v.precision) == (start, end, precision)


def test_range_is_one_date_not_two():
    text = "El taller se realizará del 24 de abril – 5 de mayo de 2017 en Quito."
    found = find_dates(text, REF)
    assert len(found) == 1
    assert found[0].value.id == "date:2017-04-24/2017-05-05"
    assert text[found[0].start:found[0].end] == "del 24 de abril – 5 de mayo de 2017"
    found = find_dates("durante los días 24–28 de abril de 2017", REF)
    assert [d.value.id for d in found] == ["date:2017-04-24/2017-04-28"]
    # "durante" stays outside the span so a deadline rule can read it as its cue
    assert found[0].text == "los días 24–28 de abril de 2017"


def test_semester_id_names_its_months():
    assert resolve("second half of 2004").id == "date:2004-07/2004-12"
    assert resolve("en mayo de 2004").id == "date:2004-05"


def test_relative_period_needs_reference():
    assert resolve("en un plazo no mayor de noventa días") is None


@pytest.mark.parametrize("expr,start,end", [
    # a first day written with an ordinal sign, as Spanish texts often do (º U+00BA, ° U+00B0)
    ("del 1° al 3 de diciembre de 2018", "2018-12-01", "2018-12-03"),
    ("del 1º al 2 de marzo de 2019", "2019-03-01", "2019-03-02"),
    ("la sesión se celebró el 1º de julio de 2016", "2016-07-01", "2016-07-01"),
    ("entre el 1° de agosto y el 4 de septiembre de 2015", "2015-08-01", "2015-09-04"),
])
def test_a_day_with_an_ordinal_sign_keeps_its_day(expr, start, end):
    found = find_dates(expr, REF)
    assert len(found) == 1, found
    m = found[0]
    assert (m.value.start.isoformat(), m.value.end.isoformat()) == (start, end)
    assert expr[m.start:m.end].rstrip().endswith(expr.split()[-1])


@pytest.mark.parametrize("expr,ref,day", [
    # a day said to be past or next is taken on that side of the document's date, however near
    # the other side's is (a report of May 2002 recalling "el 11 de septiembre pasado")
    ("los atentados del 11 de septiembre pasado", date(2002, 5, 30), "2001-09-11"),
    ("la reunión del 2 de marzo pasado", date(2019, 10, 24), "2019-03-02"),
    ("hasta el 15 de enero próximo", date(2018, 6, 20), "2019-01-15"),
    ("el taller del 3 de agosto venidero", date(2018, 2, 1), "2018-08-03"),
])
def test_a_day_said_past_or_next_lies_on_that_side(expr, ref, day):
    found = find_dates(expr, ref)
    assert [m.value.start.isoformat() for m in found] == [day]
    m = found[0]
    assert expr[m.start:m.end].split()[-1] in ("pasado", "próximo", "venidero")


@pytest.mark.parametrize("text, words", [
    ("La reunión se celebrará el 31 de abril de 2017 en Lima.", "31 de abril de 2017"),
    ("Mexico will host the next meeting on 29 February 2017.", "29 February 2017"),
    ("The report is due April 31, 2017.", "April 31, 2017"),
    ("Se entregará el 0 de mayo de 2018.", "0 de mayo de 2018"),
])
def test_a_day_the_calendar_does_not_have_is_no_date_and_not_its_month(text, words):
    # the words are claimed by the impossible day, so no shorter reading ("abril de 2017", a
    # month) stands in for what the document wrote
    found = find_dates(text)
    start = text.index(words)
    assert not [d for d in found if start <= d.start < start + len(words)]


def test_a_leap_day_of_a_leap_year_is_still_a_day():
    [d] = find_dates("Se reunieron el 29 de febrero de 2016.")
    assert (d.value.iso, d.value.precision) == ("2016-02-29", "day")
    assert d.text.endswith("29 de febrero de 2016")


@pytest.mark.parametrize("text,quote,start,end", [
    ("The ministers met on July 10th and 11th 2006 in the capital.", "July 10th and 11th 2006",
     "2006-07-10", "2006-07-11"),
    ("held from 10th-11th July 2006", "from 10th-11th July 2006", "2006-07-10", "2006-07-11"),
    ("Signed on the 3rd of May, 2019.", "the 3rd of May, 2019", "2019-05-03", "2019-05-03"),
    ("Done at Geneva, 1st December 2020.", "1st December 2020", "2020-12-01", "2020-12-01"),
    ("between April 24th and May 5th, 2017", "April 24th and May 5th, 2017", "2017-04-24", "2017-05-05"),
    ("the workshop of March 2nd–4th, 2022", "March 2nd–4th, 2022", "2022-03-02", "2022-03-04"),
])
def test_english_ordinal_dates_and_ranges(text, quote, start, end):
    (found,) = find_dates(text)
    assert text[found.start:found.end] == found.text == quote
    assert (found.value.start.isoformat(), found.value.end.isoformat()) == (start, end)


def test_a_meeting_on_ordinal_days_is_held_on_them():
    from loaders.pipeline import extract
    b = extract("Final Communiqué of the Ministerial Conference on Fisheries\n\n"
                "The ministers met in Accra on July 10th and 11th 2006.\n", "d", curation=False)
    doc = b.nodes[b.document].properties["text"]
    held = [e for e in b.edges.values() if e.type == "HELD_ON"]
    assert [e.target for e in held] == ["date:2006-07-10/2006-07-11"]
    assert all(doc[s.start:s.end] == s.quote for e in held for s in e.sources)


def _read(text: str) -> list[tuple[str, str]]:
    return [(d.text, d.value.id) for d in find_dates(text)]


@pytest.mark.parametrize("text,expected", [
    # the year written once after the last of a list of ranges is every range's
    ("del 8 al 9 de abril y del 20 al 22 de octubre de 2031",
     [("del 8 al 9 de abril", "date:2031-04-08/2031-04-09"),
      ("del 20 al 22 de octubre de 2031", "date:2031-10-20/2031-10-22")]),
    ("8-9 April and 20-22 October 2031",
     [("8-9 April", "date:2031-04-08/2031-04-09"), ("20-22 October 2031", "date:2031-10-20/2031-10-22")]),
    ("August 1-2, September 6 and October 20-22, 2031",
     [("August 1-2", "date:2031-08-01/2031-08-02"), ("September 6", "date:2031-09-06"),
      ("October 20-22, 2031", "date:2031-10-20/2031-10-22")]),
    # two days joined by "y"/"and" are two days of a list, not the weeks between them
    ("el 2 de febrero y el 9 de marzo de 2031",
     [("el 2 de febrero", "date:2031-02-02"), ("el 9 de marzo de 2031", "date:2031-03-09")]),
    ("on 2 February and 9 March 2031",
     [("2 February", "date:2031-02-02"), ("9 March 2031", "date:2031-03-09")]),
])
def test_a_list_of_dates_shares_its_last_year(text, expected):
    assert _read(text) == expected


def test_a_year_is_not_carried_over_a_sentence_or_a_month_alone():
    assert _read("Se reunió el 2 de febrero. El 9 de marzo de 2031 volverá") == \
        [("El 9 de marzo de 2031", "date:2031-03-09")]
    assert [i for _, i in _read("en febrero y el 9 de marzo de 2031")] == ["date:2031-03-09"]


@pytest.mark.parametrize("text,expected", [
    # a span said with "entre"/"between", or of two days in a row, stays one span
    ("entre el 27 de febrero y el 3 de marzo de 2031", "date:2031-02-27/2031-03-03"),
    ("between 27 February and 3 March 2031", "date:2031-02-27/2031-03-03"),
    ("los días 28 de febrero y 1 de marzo de 2031", "date:2031-02-28/2031-03-01"),
])
def test_spans_that_stay_spans(text, expected):
    assert [i for _, i in _read(text)] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Fecha: octubre 7, 2031", "date:2031-10-07"),          # the month first, in Spanish
    ("Agosto 30, 1999", "date:1999-08-30"),
    ("Quito, Pichincha; a 7 de octubre 2031.-", "date:2031-10-07"),   # no "de" before the year
])
def test_other_ways_of_writing_a_day(text, expected):
    assert [i for _, i in _read(text)] == [expected]


def test_a_month_first_without_a_year_or_a_number_after_the_month_is_no_date():
    assert _read("Agosto 30 personas") == []
    assert _read("el 7 de octubre 2031,5 millones") == []      # not a year: a number goes on


def test_an_old_acta_spells_nine_with_b():
    assert _read("a nuebe días del mes de marzo de mil setecientos noventa") == \
        [("a nuebe días del mes de marzo de mil setecientos noventa", "date:1790-03-09")]
