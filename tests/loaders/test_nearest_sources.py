"""The nearest statement of a date, asked through a document's index, is the one a pass over
every statement gives: same source for every offset, overlapping, nested, equal and repeated
spans included (loaders.commitments.nearest_sources)."""
import random

from graph.batch import Source
from loaders.commitments import nearest_sources


def test_the_index_answers_as_a_pass_over_every_source():
    rng = random.Random(20261201)
    for _ in range(300):
        sources = []
        for k in range(rng.randint(1, 12)):
            start = rng.randint(0, 200)
            sources.append(Source("d", "1", k, start, start + rng.randint(0, 30), "x" * k))
        index = {}
        for at in range(-5, 240, 3):
            assert nearest_sources(sources, at, index) == nearest_sources(sources, at), (sources, at)


def test_a_list_that_grew_is_indexed_again():
    first = Source("d", "1", 1, 0, 5, "enero")
    sources, index = [first], {}
    assert nearest_sources(sources, 100, index) == [first]
    later = Source("d", "1", 9, 90, 95, "enero")
    sources.append(later)
    assert nearest_sources(sources, 100, index) == [later]
