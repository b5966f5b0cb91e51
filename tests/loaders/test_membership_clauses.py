"""A membership clause after those a participant cue names says who belongs to a forum, not who
took part: "los ministros de los 19 países del G20, en el que la Unión Europea ocupa un asiento
como miembro permanente" gives the Union no PARTICIPATES_IN; nor does "the ministers of the
countries of the G20, in which the European Union holds a permanent seat". The list before the
clause still takes part."""
from __future__ import annotations

from tests.loaders.batches import pairs, read

ES = """Nota

Lima, 3 de mayo de 2019

Los ministros de relaciones exteriores de Chile y Perú, países del Foro del Pacífico, en el que la Unión Europea ocupa un asiento como miembro permanente, ampliaron su agenda.
"""

EN = """Note

Lima, 3 May 2019

The foreign ministers of Chile and Peru, countries of the Pacific Forum, in which the European Union holds a permanent seat, widened their agenda.
"""


def _taking_part(batch, doc: str) -> set[str]:
    return {s for s, _ in pairs(batch, "PARTICIPATES_IN", dst=f"event:{doc}:meeting")}


def test_a_member_named_in_a_relative_clause_takes_no_part_es():
    got = _taking_part(read(ES, "l"), "l")
    assert not any("ue" == i.split(":")[-1] or "union" in i for i in got)


def test_a_member_named_in_a_relative_clause_takes_no_part_en():
    got = _taking_part(read(EN, "e"), "e")
    assert not any(i.split(":")[-1] in ("ue", "eu") or "union" in i for i in got)


def test_the_list_before_the_clause_still_takes_part():
    got = _taking_part(read(ES, "l"), "l") | _taking_part(read(EN, "e"), "e")
    assert {"country:cl", "country:pe"} <= got
