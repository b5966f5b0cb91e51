"""One document's embedded load split into extraction, writing and checkpoint, wall-clock and
CPU seconds, in one process (after a 5,000-character warm-up load into the same fresh store).

    nice -n 2 python -m bench.load_split paragraphs 10000

Measures; asserts nothing.
"""
import json
import os
import sys
import tempfile
import time

sys.path.insert(0, os.getcwd())
shape = sys.argv[1]; size = int(sys.argv[2])
from bench.meeting_text import meeting_text
from loaders.pipeline import extract
from graph.embedded_store import EmbeddedStore
def clocks(): return time.perf_counter(), time.process_time()
warm = extract(meeting_text(5_000, shape, seed=1), "warm")
w0, c0 = clocks(); batch = extract(meeting_text(size, shape), f"g-{shape}-{size}"); w1, c1 = clocks()
out = {"shape": shape, "size": size, "extract_wall": w1 - w0, "extract_cpu": c1 - c0,
       "loadavg": open("/proc/loadavg").read().split()[:3]}
ck = {"wall": 0.0, "cpu": 0.0, "n": 0}
orig = EmbeddedStore._checkpoint
def timed(self, conn):
    a, b = clocks(); orig(self, conn); c, d = clocks()
    ck["wall"] += c - a; ck["cpu"] += d - b; ck["n"] += 1
EmbeddedStore._checkpoint = timed
with tempfile.TemporaryDirectory() as tmp:
    store = EmbeddedStore(os.path.join(tmp, "g.lbug"))
    store.ensure_schema(); store.load(warm)
    ck.update(wall=0.0, cpu=0.0, n=0)
    w0, c0 = clocks()
    with store.writing():
        store.load(batch)
    w1, c1 = clocks()
    store.close()
out.update(load_wall=w1 - w0, load_cpu=c1 - c0, checkpoint_wall=ck["wall"], checkpoint_cpu=ck["cpu"],
           checkpoints=ck["n"], write_wall=w1 - w0 - ck["wall"], write_cpu=c1 - c0 - ck["cpu"])
print(json.dumps({k: (round(v, 2) if isinstance(v, float) else v) for k, v in out.items()}))
