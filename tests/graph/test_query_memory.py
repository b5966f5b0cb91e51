"""A query stopped for memory leaves the store answering: the next, small query gets its rows.

On the embedded engine the read worker whose buffer pool filled is replaced (at 1,000 meetings
one such query left every later query of the process out of memory); on Neo4j each query has
its own transaction, whose memory the server takes back.
"""
from __future__ import annotations

import pytest

from graph.store import QueryMemoryError
from tests.graph.test_store_contract import small_batch

# every pair of 300 long names, sorted: about 90,000 rows of 2,000 characters (some 180 MB),
# more than a 16 MB buffer pool or a 128 MB Neo4j transaction may hold
PAIRS_SORTED = ("MATCH (a:Country), (b:Country) RETURN a.name + b.name AS pair "
                "ORDER BY pair DESC SKIP 3")
COUNTRIES = "MATCH (n:Country) RETURN count(n) AS n"


def _long_names(count: int):
    b = small_batch()
    for i in range(count):
        b.add_node(f"country:long{i}", "Country", f"Land {i} " + "y" * 1000, [])
    return b


def test_a_small_query_answers_after_one_stopped_for_memory(store):
    store.load(_long_names(300))
    held = store.run(COUNTRIES).rows[0][0]
    assert held == 301          # the small batch's own country and the 300 long names
    if store.engine == "embedded":
        from graph.query_worker import WorkerPool
        store._pool.close()
        store._pool = WorkerPool(store.path, size=1, buffer_pool_mb=16)
    with pytest.raises(QueryMemoryError) as err:
        store.run(PAIRS_SORTED, timeout=60)
    assert "more memory than a query may use" in str(err.value)
    for _ in range(2):
        assert store.run(COUNTRIES).rows == [[301]]
    assert store.run("MATCH (n:Country {id: 'country:long7'}) RETURN n.name AS name"
                     ).rows[0][0].startswith("Land 7 yyy")


def test_the_embedded_worker_stopped_for_memory_is_replaced(tmp_path):
    from graph.embedded_store import EmbeddedStore
    from graph.query_worker import RETIRED, WorkerPool
    store = EmbeddedStore(tmp_path / "g.lbug")
    try:
        store.load(_long_names(300))
        store._pool = WorkerPool(store.path, size=1, buffer_pool_mb=16)
        assert store.run(COUNTRIES).rows == [[301]]
        (first,) = store._pool._idle
        with pytest.raises(QueryMemoryError) as err:
            store.run(PAIRS_SORTED, timeout=60)
        assert RETIRED in str(err.value)
        assert not first.alive() and store._pool._idle == []
        assert store.run(COUNTRIES).rows == [[301]]
        (second,) = store._pool._idle
        assert second.proc.pid != first.proc.pid
    finally:
        store.close()
