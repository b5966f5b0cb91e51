"""Curated reference facts stay with the forum and the period they belong to: a store holding
only another forum's documents (a CSM declaration of 2025) lists no curated CRM body, no curated
person or event that no stored document names, and a presidency held in 2017 is shown beside a
2017 document only when that document names the forum. Both engines, through the `store`
fixture; the documents are written here in the project's own words."""
from __future__ import annotations

from loaders.pipeline import extract
from loaders.reference import reference_batch
from queries.library import load_library

LIBRARY = load_library()

CSM_2025 = """Declaración de Lima

Lima, 20 de noviembre de 2025

La XXV Conferencia Suramericana sobre Migraciones se realizó los días 19 y 20 de noviembre de 2025
en la ciudad de Lima, bajo la Presidencia Pro Tempore del Perú, con la participación de Argentina,
Chile y Colombia. La Viceministra Carmen Rojas presentó el informe de la Conferencia.
"""

CRM_2017 = """Acta de la reunión de enlace de la CRM

San José, 10 de mayo de 2017

Los Viceministros de Costa Rica y Panamá, reunidos en la ciudad de San José el 10 de mayo de 2017,
revisaron el plan de trabajo de la Conferencia Regional sobre Migración.
"""

CSM_2017 = """Acta de la reunión técnica de la CSM

Asunción, 12 de junio de 2017

Los Viceministros de Paraguay y Uruguay, reunidos en la ciudad de Asunción el 12 de junio de 2017,
revisaron el plan de trabajo de la Conferencia Suramericana sobre Migraciones.
"""


def _rows(store, name, **params):
    return LIBRARY[name].run(store, params).records()


def test_a_store_of_a_csm_declaration_lists_nothing_curated_that_it_does_not_name(store):
    batch = extract(CSM_2025, "csm-lima-2025", curation=False)
    store.load(batch)
    store.load(reference_batch())
    people = {r["id"] for r in _rows(store, "people_posts")}
    assert "person:liduvina-magarin" not in people
    assert people and people <= set(batch.nodes)
    events = {r["id"] for r in _rows(store, "events")}
    assert "event:csm-lima-2025:meeting" in events
    assert events <= set(batch.nodes)
    bodies = {r["id"] for r in _rows(store, "forum_bodies", subtype="")}
    assert not [b for b in bodies if b.startswith("body:crm")]
    assert "body:csm-ppt" in bodies


def _presidents(store, forum):
    return {(r["member"], r["document"]) for r in _rows(store, "forum_members", forum=forum)
            if r["unit_type"] == "presidency" and r["member"] and r["curated"]}


def test_a_presidency_of_2017_is_matched_by_forum_not_by_year(store):
    store.load(extract(CRM_2017, "crm-enlace-2017", curation=False))
    store.load(reference_batch())
    # a 2017 document of the CRM: El Salvador's curated presidency of the CRM, not Paraguay's of the CSM
    assert ("El Salvador", "crm-enlace-2017") in _presidents(store, "CRM")
    assert not [p for p in _presidents(store, "CSM") if p[0] == "Paraguay"]
    store.load(extract(CSM_2017, "csm-tecnica-2017", curation=False))
    assert _presidents(store, "CSM") == {("Paraguay", "csm-tecnica-2017")}
    assert ("El Salvador", "csm-tecnica-2017") not in _presidents(store, "CRM")
