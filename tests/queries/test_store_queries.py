"""The store's own reads are saved query files (queries/store/), and no product module outside the
engines' write machinery holds Cypher text."""
from __future__ import annotations

import re

from graph.readonly import check_read_only
from queries.library import STORE_QUERIES_DIR, load_library, store_query
from tests.conftest import REPO

# Modules allowed to hold Cypher text, each for a reason: the engines write (the store contract's
# writes, deletes and their bookkeeping reads are the engines' job), LadybugDB's program answering
# the saved `neighbourhood`, `actor_relations`, `commitments_of_actor` and `edge_counts` (with the
# one statement finding the entity `$actor` names that two of them share), the ones answering
# `documents`, `responsibility_register`, `shortest_path` and `sources_of` on both, the ones reading
# `network_relations` and the review list a page of relationships at a time on both, the
# syntax-error messages' example, and the page where users type theirs.
ENGINE_MODULES = {"graph/embedded_store.py", "graph/neo4j_store.py", "graph/neo4j_load.py",
                  "graph/bulk_load.py", "graph/embedded_neighbourhood.py", "graph/document_counts.py",
                  "graph/actor_relations.py", "graph/commitments_of_actor.py", "graph/entity_lookup.py",
                  "graph/sources_of.py", "graph/edge_counts.py", "graph/responsibility_register.py",
                  "graph/shortest_path.py", "graph/edge_pages.py",
                  "graph/query_syntax.py", "views/pages/cypher.py"}
CYPHER = re.compile(r"\b(?:OPTIONAL )?MATCH \(")


def test_store_queries_load_checked_unlisted_and_apart_from_the_library():
    store = load_library(STORE_QUERIES_DIR)
    assert sorted(store) == ["answer_check", "document_hash", "kinds_of", "node_count",
                             "stored_documents"]
    for q in store.values():
        assert not q.listed
        check_read_only(q.cypher)
        assert "ORDER BY" in q.cypher
    assert not set(store) & set(load_library())
    assert [p.name for p in store_query("kinds_of").params] == ["ids"]
    assert store_query("kinds_of").coerce({"ids": ["a", "b"]}) == {"ids": ["a", "b"]}


def test_cypher_text_only_in_queries_and_the_engines():
    found = set()
    for folder in ("graph", "actagraph", "views", "loaders"):
        for path in (REPO / folder).rglob("*.py"):
            if CYPHER.search(path.read_text(encoding="utf-8")):
                found.add(str(path.relative_to(REPO)))
    if CYPHER.search((REPO / "app.py").read_text(encoding="utf-8")):
        found.add("app.py")
    assert found - ENGINE_MODULES == set()
    assert "graph/store.py" not in found
