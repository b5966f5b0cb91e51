"""A meeting held during or on the margins of a forum's session is no part of that forum ("held
during the 78th session of the General Assembly", "al margen del periodo de sesiones de la
Asamblea General"), while "a session of the Assembly" that the meeting is stays one. A release's
date line does not date a meeting the text says was held on another day ("This week, we met",
"la semana pasada se reunieron"); with no such words it still does."""
from __future__ import annotations

from tests.loaders.batches import pairs, read


def _part_of(batch, doc: str) -> set[str]:
    return {t for _, t in pairs(batch, "PART_OF", src=f"event:{doc}:meeting")}


def _held_on(batch, doc: str) -> set[str]:
    return {t for _, t in pairs(batch, "HELD_ON", src=f"event:{doc}:meeting")}


EN_WEEK = """Leaders' joint statement

This week, we, the presidents of Chile and Peru, met on the occasion of our first summit, held
during the 78th session of the United Nations General Assembly in New York City, and commit to the
following.

We will meet again next year.

September 21, 2023

President Ana Example of Chile
"""

ES_WEEK = """Declaración conjunta

La semana pasada, los presidentes de Chile y Perú se reunieron al margen del periodo de sesiones
de la Asamblea General de las Naciones Unidas en Nueva York.

Los presidentes acordaron reunirse de nuevo.

21 de septiembre de 2023
"""


def test_a_meeting_during_a_session_of_a_forum_is_no_part_of_it():
    assert not _part_of(read(EN_WEEK, "e"), "e")
    assert not _part_of(read(ES_WEEK, "s"), "s")


def test_the_date_line_does_not_date_a_meeting_held_another_day():
    assert _held_on(read(EN_WEEK, "e"), "e") == set()
    assert _held_on(read(ES_WEEK, "s"), "s") == set()


def test_the_date_line_still_dates_a_meeting_said_with_no_other_time():
    text = EN_WEEK.replace("This week, we", "We")
    assert _held_on(read(text, "t"), "t") == {"date:2023-09-21"}
    text_es = ES_WEEK.replace("La semana pasada, los", "Los")
    assert _held_on(read(text_es, "u"), "u") == {"date:2023-09-21"}


def test_a_session_of_a_forum_stays_part_of_it():
    text = ("Informe\n\nLima, 3 de mayo de 2019\n\nSe celebró en Lima la sesión plenaria de la "
            "Conferencia Regional sobre Migración, con la presencia de Chile.\n")
    assert _part_of(read(text, "p"), "p")
    text_en = ("Report\n\nLima, 3 May 2019\n\nThe plenary session of the Regional Conference on "
               "Migration was held in Lima, attended by Chile.\n")
    assert _part_of(read(text_en, "q"), "q")


FRAMEWORK_EN = """Joint Statement of the Foreign Ministers of Chile and Peru

New York, 21 September 2025

The Foreign Ministers of Chile and Peru met in New York in the framework of the 80th session of the United Nations General Assembly.
"""

FRAMEWORK_ES = """Comunicado conjunto de los Cancilleres de Chile y Perú

Nueva York, 21 de septiembre de 2025

Los Cancilleres de Chile y Perú se reunieron en Nueva York en el marco del 80º período de sesiones de la Asamblea General de las Naciones Unidas.
"""

FRAMEWORK_OWN_EN = """Joint Communiqué of the Vice-Ministers

San José, 4 June 2025

The Vice-Ministers of Costa Rica and Panama met in San José in the framework of the Regional Conference on Migration.
"""


def test_a_meeting_in_the_framework_of_a_session_of_a_forum_is_no_part_of_it():
    assert not _part_of(read(FRAMEWORK_EN, "fe"), "fe")
    assert not _part_of(read(FRAMEWORK_ES, "fs"), "fs")


def test_a_meeting_in_the_framework_of_a_forum_itself_is_part_of_it():
    assert _part_of(read(FRAMEWORK_OWN_EN, "fo"), "fo")
