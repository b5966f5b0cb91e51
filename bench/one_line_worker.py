"""One measurement of bench/one_line.py inside one source tree (run with that tree first on
sys.path).

Arguments: the number of sentences, the shape ("line" or "paragraphs"), optionally the sentence
to repeat (default SENTENCE). Prints one JSON line:
characters, passages, PROPOSED edges, nodes, edges, the seconds `loaders.pipeline.extract` took
(the bundled data files are read by a small warm-up extraction first, not timed), the process's
peak resident MB, and the SHA-256 of the batch's nodes and edges with their properties and
sources, so two trees that extract the same graph print the same digest. It only uses
interfaces every tree has (`loaders.pipeline.extract`, the batch's nodes and edges).
"""
from __future__ import annotations

import hashlib
import json
import resource
import sys
import time

SENTENCE = "La Delegación de México propuso continuar el diálogo."
HEADER = "Acta de la reunión\n"


def text_of(n: int, shape: str, sentence: str = SENTENCE) -> str:
    """The document: `n` copies of `sentence` on one line, or in paragraphs of ten."""
    body = " ".join([sentence] * n) if shape == "line" else \
        "\n\n".join(" ".join([sentence] * 10) for _ in range(n // 10))
    return HEADER + body + "\n"


def digest(batch) -> str:
    """SHA-256 of the batch's nodes and edges, in a fixed order."""
    def sources(xs):
        return [s.as_dict() for s in xs]
    nodes = sorted((n.id, n.kind, n.name, json.dumps(n.properties, sort_keys=True, default=str),
                    json.dumps(sources(n.sources))) for n in batch.nodes.values())
    edges = sorted((k, e.type, e.source, e.target,
                    json.dumps(e.properties, sort_keys=True, default=str),
                    json.dumps(sources(e.sources))) for k, e in batch.edges.items())
    return hashlib.sha256(json.dumps([nodes, edges]).encode("utf-8")).hexdigest()


def main() -> None:
    n, shape = int(sys.argv[1]), sys.argv[2]
    sentence = sys.argv[3] if len(sys.argv) > 3 else SENTENCE
    from loaders.pipeline import extract
    extract(text_of(20, "line", sentence), "warm-up")
    text = text_of(n, shape, sentence)
    t = time.perf_counter()
    batch = extract(text, "one-line")
    seconds = time.perf_counter() - t
    kinds = [e.type for e in batch.edges.values()]
    print(json.dumps({"sentences": n, "shape": shape, "chars": len(text),
                      "passages": kinds.count("IN_DOCUMENT"), "proposed": kinds.count("PROPOSED"),
                      "nodes": len(batch.nodes), "edges": len(batch.edges),
                      "seconds": round(seconds, 2),
                      "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                      "sha256": digest(batch)}))


if __name__ == "__main__":
    main()
