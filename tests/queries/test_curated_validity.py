"""Curated reference facts that hold for a period only (who held a presidency in 2017, whom a
person represented from 2014 to 2019) appear in the saved queries beside the stored documents
dated inside that period, marked curated with their reference, and never beside documents of
other years. Both engines, through the `store` fixture."""
from __future__ import annotations

from loaders.pipeline import extract, load_file
from loaders.reference import reference_batch
from queries.library import load_library
from tests.shared_documents import CASES

LIBRARY = load_library()
REPORT_ID = "informe-troikas-crm-csm-2017-03-30"

LATER = """Acta de la reunión de enlace

San Salvador, 14 de marzo de 2022

La Viceministra Liduvina Magarín presentó el informe de la red de protección consular.
"""


def _rows(store, name, **params):
    return LIBRARY[name].run(store, params).records()


def _presidency(rows):
    return {(r["member"], r["document"], bool(r["curated"])) for r in rows
            if r["unit_type"] == "presidency" and r["member"]}


def test_a_presidency_of_2017_is_not_shown_beside_documents_of_other_years(store):
    store.load(load_file(CASES / "01-aprobaron-sin-numeros.txt"))     # CRM, 2004: Honduras presides
    store.load(load_file(CASES / "02-ppt-distinta.txt"))              # CSM, 2019: Perú presides
    store.load(reference_batch())
    crm = _presidency(_rows(store, "forum_members", forum="CRM"))
    assert crm == {("Honduras", "01-aprobaron-sin-numeros", False)}
    csm = _presidency(_rows(store, "forum_members", forum="CSM"))
    assert ("Paraguay", None, True) not in csm and not [m for m in csm if m[0] == "Paraguay"]
    assert ("Perú", "02-ppt-distinta", False) in csm
    # membership holds at any time: still listed, marked curated, from the reference layer
    members = [r for r in _rows(store, "forum_members", forum="CRM")
               if r["unit_id"] == "conference:crm" and r["member"] == "Belice"]
    assert members and all(r["curated"] and r["reference"] and r["document"] == "reference"
                           for r in members)


def test_a_presidency_of_2017_is_shown_beside_the_2017_report(store, report_batch):
    store.load(load_file(CASES / "01-aprobaron-sin-numeros.txt"))
    store.load(report_batch)
    store.load(reference_batch())
    rows = [r for r in _rows(store, "forum_members", forum="CRM")
            if r["unit_type"] == "presidency" and r["member"] == "El Salvador"]
    assert [(r["document"], r["curated"], r["valid_from"], r["valid_until"]) for r in rows] == \
        [(REPORT_ID, True, "2017-01-01", "2017-12-31")]
    assert "2017" in rows[0]["reference"]
    assert ("Honduras", "01-aprobaron-sin-numeros", False) in \
        _presidency(_rows(store, "forum_members", forum="CRM"))


def _person(store, pid):
    [row] = [r for r in _rows(store, "people_posts") if r["id"] == pid]
    return row


def test_whom_a_person_represented_until_2019_is_not_shown_beside_a_2022_document(store):
    store.load(extract(LATER, "enlace-2022", curation=False))
    store.load(reference_batch())
    row = _person(store, "person:liduvina-magarin")
    assert row["curated"] == [] and row["curated_for"] == []
    assert "El Salvador" not in row["represents"]


def test_whom_a_person_represented_is_shown_beside_the_2017_report_as_curated(store, report_batch):
    store.load(extract(LATER, "enlace-2022", curation=False))
    store.load(report_batch)
    store.load(reference_batch())
    row = _person(store, "person:liduvina-magarin")
    assert row["curated"] == ["represents: El Salvador"]
    assert row["curated_for"] == [REPORT_ID]
    # what the report states stays apart from the curated fact
    assert "Presidencia Pro-Tempore de la CRM" in row["holds_post_in"]
    assert "El Salvador" not in row["represents"]
