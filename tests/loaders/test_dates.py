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
