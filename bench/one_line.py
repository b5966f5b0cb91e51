"""A text on one line against the same sentences as paragraphs: facts found and extraction time.

    python -m bench.one_line --sentences 2000 4000

For each count N: N copies of one sentence on one line, and the same in paragraphs of ten
sentences; prints the characters, the passages, the PROPOSED edges and the seconds
`loaders.pipeline.extract` took. The text is written here (no real document).
"""
from __future__ import annotations

import argparse
import time

from loaders.pipeline import extract

SENTENCE = "La Delegación de México propuso continuar el diálogo."
HEADER = "Acta de la reunión\n"


def run(n: int, shape: str) -> tuple[int, int, int, float]:
    """(characters, passages, PROPOSED edges, seconds) for `n` sentences in `shape`
    ("line" or "paragraphs")."""
    body = " ".join([SENTENCE] * n) if shape == "line" else \
        "\n\n".join(" ".join([SENTENCE] * 10) for _ in range(n // 10))
    t = time.perf_counter()
    batch = extract(HEADER + body + "\n", "one-line")
    seconds = time.perf_counter() - t
    kinds = [e.type for e in batch.edges.values()]
    return len(body), kinds.count("IN_DOCUMENT"), kinds.count("PROPOSED"), seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, nargs="+", default=[2000, 4000])
    args = parser.parse_args()
    print("shape       sentences  chars    passages  PROPOSED  seconds")
    for n in args.sentences:
        for shape in ("line", "paragraphs"):
            chars, passages, proposed, seconds = run(n, shape)
            print(f"{shape:<11} {n:<10} {chars:<8} {passages:<9} {proposed:<9} {seconds:.1f}")


if __name__ == "__main__":
    main()
