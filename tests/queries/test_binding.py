"""Parameter values are bound, never pasted into the query text.

Values full of quotes, backslashes, braces, `$`, comment markers and non-ASCII text must give
exactly what a plain lookup over the stored values gives, and never an error.
"""
from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from queries.library import load_library
from tests.queries import handmade

LIBRARY = load_library()
NASTY = ["'", '"', "\\", "\\'", "{", "}", "${q}", "$q", "`", "//", "/*", "*/", ";", "')",
         "' OR 1=1 //", "\"}) DETACH DELETE n //", "'}) RETURN 1 UNION MATCH (n) RETURN n //",
         "%", "_", ".*", "\n", "\t", "ñ", "Á", "中文", "🙂", "\u00a0", "\x00"]
# Letters whose lower case is the same in Python, Java and LadybugDB (no special casing).
ALPHABET = ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -:_.,"
            "'\"\\{}$`%*()[];/#@!?áéíóúñÁÉÍÓÚÑüÜçÇ€中文🙂\n\t")
NAMES = [n.name for n in handmade.build().nodes.values()] + list(handmade.build().nodes)

values = st.one_of(
    st.text(alphabet=ALPHABET, min_size=1, max_size=25),
    st.sampled_from(NASTY),
    st.builds(lambda a, b, c: a + b + c, st.sampled_from(NASTY), st.sampled_from(NAMES),
              st.sampled_from(NASTY)),
    st.sampled_from(NAMES),
    st.builds(lambda n: n.upper(), st.sampled_from(NAMES)),
)
SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def _entities(store) -> list[dict]:
    res = store.run("MATCH (n) WHERE NOT n.kind IN ['Passage', 'Document'] RETURN n.id AS id, "
                    "n.kind AS kind, n.name AS name, n.name_en AS name_en, "
                    "n.acronym AS acronym, n.aliases AS aliases ORDER BY id")
    return res.records()


@SETTINGS
@given(value=values)
def test_entity_search_matches_a_plain_lookup(handmade_store, value):
    assume(value != "")
    got = LIBRARY["entity_search"].run(handmade_store, {"q": value})
    q = value.lower()

    def hit(n):
        texts = [n["id"], n["name"], n["name_en"] or "", n["acronym"] or ""] + (n["aliases"] or [])
        return any(q in t.lower() for t in texts)
    expected = sorted(n["id"] for n in _entities(handmade_store) if hit(n))
    assert sorted(r[0] for r in got.rows) == expected


@SETTINGS
@given(value=values)
def test_sources_of_matches_a_plain_lookup(handmade_store, value):
    assume(value != "")
    got = LIBRARY["sources_of"].run(handmade_store, {"id": value})
    direct = handmade_store.run(
        "MATCH (x) WHERE x.id = $v OR (x.kind <> 'Passage' AND toLower(x.name) = toLower($v)) "
        "RETURN x.id AS id ORDER BY id", {"v": value})
    edges = handmade_store.run("MATCH ()-[r]->() WHERE r.id = $v RETURN r.id AS id", {"v": value})
    assert {r[1] for r in got.rows} == {r[0] for r in direct.rows} | {r[0] for r in edges.rows}


@SETTINGS
@given(value=values)
def test_actor_queries_never_error_and_find_only_that_actor(handmade_store, value):
    assume(value != "")
    for name in ("commitments_of_actor", "statements_of_actor", "actor_relations", "neighbourhood"):
        res = LIBRARY[name].run(handmade_store, {"actor": value})
        if value.lower() not in {n.lower() for n in NAMES} and value not in NAMES:
            # an unknown actor matches nothing (a pasted value could have matched everything)
            known_alias = any(value.lower() == a.lower()
                              for n in handmade.build().nodes.values()
                              for a in (n.properties.get("aliases") or [])
                              + [n.properties.get("acronym") or ""])
            if not known_alias:
                assert res.rows == [], (name, value)


def test_injection_attempt_is_just_text(handmade_store):
    before = handmade_store.stats()
    for value in NASTY:
        for name, param in (("entity_search", "q"), ("sources_of", "id"),
                            ("commitments_of_actor", "actor"), ("forum_members", "forum"),
                            ("focal_points", "body"), ("positions", "actor")):
            res = LIBRARY[name].run(handmade_store, {param: value})
            assert res.rows == [] or name in ("entity_search", "positions", "focal_points")
    assert handmade_store.stats() == before


def test_exact_names_are_found_whatever_their_case(handmade_store):
    res = LIBRARY["commitments_of_actor"].run(handmade_store, {"actor": "SECRETARÍA TÉCNICA DE LA CRM"})
    assert [r[4] for r in res.rows] == ["11"]
    res = LIBRARY["forum_members"].run(handmade_store, {"forum": "proceso puebla"})
    assert {r[0] for r in res.rows} == {"Conferencia Regional sobre Migración"}
