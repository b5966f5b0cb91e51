"""The statement that finds the entities `$actor` names (graph/entity_lookup.py): by id, name,
acronym or alias in any case, never by a part of a name, and labels only from the programs."""
from __future__ import annotations

import pytest

from graph.batch import GraphBatch, Source
from graph.entity_lookup import find_ids

TEXT = ("La Comisión Económica para América Latina (CEPAL) y la República de Chile acordaron "
        "un plan; ECLAC lo presentará.")


def lookup_batch() -> GraphBatch:
    b = GraphBatch("d1")
    b.add_node("d1", "Document", "d1", title="Doc", text=TEXT, sha256="0", doc="d1")
    at = TEXT.index("Comisión")
    b.add_node("organization:cepal", "Organization", "Comisión Económica para América Latina",
               [Source("d1", "1", 1, at, at + 38, TEXT[at:at + 38])], acronym="CEPAL",
               aliases=["ECLAC"])
    at = TEXT.index("Chile")
    b.add_node("country:cl", "Country", "Chile", [Source("d1", "1", 1, at, at + 5, "Chile")],
               aliases=["República de Chile"])
    return b


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    from graph.embedded_store import EmbeddedStore
    store = EmbeddedStore(tmp_path_factory.mktemp("lookup") / "g.lbug")
    with store.writing():
        store.load(lookup_batch())
    yield store
    store.close()


@pytest.mark.parametrize("actor, found", [
    ("Chile", "country:cl"), ("CHILE", "country:cl"), ("Country:CL", "country:cl"),
    ("república de chile", "country:cl"),
    ("CEPAL", "organization:cepal"), ("cepal", "organization:cepal"),
    ("eclac", "organization:cepal"), ("Comisión Económica para América Latina", "organization:cepal"),
])
def test_an_entity_is_found_by_id_name_acronym_or_alias_in_any_case(stored, actor, found):
    rows = stored.run(find_ids("Country|Organization"), {"actor": actor}).rows
    assert [r[0] for r in rows] == [found]


@pytest.mark.parametrize("actor", ["Chil", "Chile y Perú", "chile ", "Comisión Económica", "ECLA"])
def test_a_part_of_a_name_or_more_than_it_finds_nothing(stored, actor):
    assert stored.run(find_ids("Country|Organization"), {"actor": actor}).rows == []


def test_only_the_labels_asked_are_searched(stored):
    assert stored.run(find_ids("Organization"), {"actor": "Chile"}).rows == []
    assert stored.run(find_ids("Country"), {"actor": "CEPAL"}).rows == []


@pytest.mark.parametrize("labels", ["", "Country) DETACH DELETE (a", "Country|", "Country;Body"])
def test_labels_that_are_not_label_names_are_refused(labels):
    with pytest.raises(ValueError):
        find_ids(labels)
