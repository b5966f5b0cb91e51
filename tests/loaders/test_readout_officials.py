"""A readout of two persons, with no two states taking part, where "the two officials" or "both
ministers" commit to something: the persons who met are bound (loaders.commitments)."""
from tests.loaders.batches import bound, commitments, read

READOUT = """Readout of the Secretary's Meeting with Mexican Foreign Secretary Bárcena

Washington, 9 September 2025

Secretary of State Antony Blinken met with Mexican Foreign Secretary Alicia Bárcena in Washington on 9 September 2025. The two officials committed to expand legal pathways for labour migration.

Both officials agreed to convene a high-level dialogue on security before the end of 2025.

The officials noted the strength of the bilateral relationship.
"""


def test_the_two_officials_who_met_are_bound_by_what_they_committed_to():
    b = read(READOUT, "readout-blinken-barcena")
    c = commitments(b)
    pathways = next(i for t, i in c.items() if t.startswith("The two officials committed"))
    dialogue = next(i for t, i in c.items() if t.startswith("Both officials agreed"))
    assert bound(b, pathways) == {"person:antony-blinken", "person:alicia-barcena"}
    assert bound(b, dialogue) == {"person:antony-blinken", "person:alicia-barcena"}
    quotes = {e.sources[0].quote for e in b.edges.values() if e.type == "RESPONSIBLE_FOR" and e.target == dialogue}
    assert quotes == {"Both officials"}
    assert not any(t.startswith("The officials noted") for t in c)
