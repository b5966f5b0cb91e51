"""The blocks ending at or before an offset, walked back by bisection, are those a filter of
every block gives, last first, at every offset: for a parsed document whose blocks follow the
text and for a list of blocks out of order (loaders.structure.DocumentStructure.blocks_ending_by)."""
import random

from bench.meeting_text import meeting_text
from loaders.structure import parse_document


def _by_filter(doc, at):
    return [b for b in reversed(doc.blocks) if b.end <= at]


def test_blocks_ending_by_gives_what_a_filter_of_every_block_gives():
    rng = random.Random(20261202)
    for shape, seed in (("paragraphs", 5), ("paragraph", 6)):
        doc = parse_document(meeting_text(4_000, shape, seed=seed), f"ending-{shape}")
        assert len(doc.blocks) > 1 or shape == "paragraph"
        for at in list(range(-3, len(doc.text) + 3, 7)) + [b.end for b in doc.blocks]:
            assert list(doc.blocks_ending_by(at)) == _by_filter(doc, at), (shape, at)
        shuffled = parse_document(meeting_text(4_000, shape, seed=seed), f"ending-{shape}-out")
        shuffled.blocks = rng.sample(shuffled.blocks, len(shuffled.blocks))
        for at in range(-3, len(shuffled.text) + 3, 11):
            assert list(shuffled.blocks_ending_by(at)) == _by_filter(shuffled, at), (shape, at)


def test_the_nearest_block_before_an_offset_comes_first():
    doc = parse_document("Primer párrafo.\n\nSegundo párrafo.\n\nTercer párrafo.\n", "ending-three")
    third = doc.blocks[-1]
    first = next(doc.blocks_ending_by(third.start))
    assert first.text.startswith("Segundo")
