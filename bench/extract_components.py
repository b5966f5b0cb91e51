"""Extraction only, one document of one size and shape in this process: CPU seconds of each
pipeline component (loaders.pipeline.COMPONENTS) and of parse_document, optionally a cProfile
dump (CPU clock) of the whole extraction. CPU, not wall-clock, seconds: on a shared machine a
niced process can get 4 % of a core, and wall time then measures the machine.

    nice -n 1 python -m bench.extract_components paragraph 100000 [PSTATS]

Measures; asserts nothing.
"""
import json
import os
import resource
import sys
import time

sys.path.insert(0, os.getcwd())
shape, size = sys.argv[1], int(sys.argv[2])
prof = sys.argv[3] if len(sys.argv) > 3 else None
from bench.meeting_text import meeting_text
from loaders import pipeline
import loaders.structure as structure
times = {}
def timed(name, fn):
    def w(*a, **k):
        t0 = time.process_time()
        try:
            return fn(*a, **k)
        finally:
            times[name] = times.get(name, 0.0) + time.process_time() - t0
    w.__name__ = name
    return w
pipeline.extract(meeting_text(5_000, shape, seed=1), "warm")
pipeline.COMPONENTS = tuple(timed(c.__name__, c) for c in pipeline.COMPONENTS)
structure.parse_document = timed("parse_document", structure.parse_document)
text = meeting_text(size, shape)
times.clear()
t0 = time.perf_counter(); c0 = time.process_time()
if prof:
    import cProfile
    pr = cProfile.Profile(time.process_time); pr.enable()
batch = pipeline.extract(text, f"g-{shape}-{size}")
if prof:
    pr.disable(); pr.dump_stats(prof)
out = {"shape": shape, "chars": len(text), "wall_s": time.perf_counter() - t0,
       "cpu_s": time.process_time() - c0, "nodes": len(batch.nodes), "edges": len(batch.edges),
       "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
       "components": {k: round(v, 3) for k, v in sorted(times.items(), key=lambda kv: -kv[1])}}
print(json.dumps(out))
