"""A full disk at many positions: `load --replace` of the bundled report into a copy of a store
on a private tmpfs with FREE_KB kilobytes left, then `stats`; one JSON line per position: what
the load said, whether the next `stats` answered the graph from before, what files were left.

    python -m bench.disk_full_sweep 0,4,8,12,16,20 [--store PATH]

Uses the helpers of tests/graph/test_store_faults.py (needs `unshare -rm`). Measures; asserts
nothing.
"""
import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.chdir(REPO)
from tests.graph import test_store_faults as t
from tests.conftest import REPORT

base = Path(sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--store" else
            "/tmp/actagraph-disk-full/graph.lbug")
if not base.exists():
    base.parent.mkdir(parents=True, exist_ok=True)
    p = t.run("load", str(REPORT), db=base)
    assert p.returncode == 0, p.stderr
want = t._stats(base)
size = base.stat().st_size
frees = [int(x) for x in sys.argv[1].split(",")]
for free in frees:
    script = t._load_on_a_full_disk(base, free) + f"""
echo ---
{t._sh('--db', '/mnt/graph.lbug', 'stats')} 2>&1
echo "stats=$?"
echo ---
ls -la /mnt
"""
    t0 = time.time()
    proc = t.in_mount(script, size_mb=size // t.MB + 8)
    parts = proc.stdout.split("---")
    stats_ok = False
    try:
        s = parts[1].rsplit("stats=", 1)[0]
        stats_ok = "stats=0" in parts[1]
        body = s[s.index("{"):]
        same = json.JSONDecoder().raw_decode(body)[0] == want
    except Exception as e:
        same = f"ERR {e}"
    print(json.dumps({"free_kb": free, "secs": round(time.time() - t0, 1),
                      "load": parts[0].strip().splitlines()[-1:], "stderr": proc.stderr.strip()[-600:],
                      "stats_head": parts[1].strip().splitlines()[:2] if len(parts) > 1 else None,
                      "stats_ok": stats_ok, "same": same,
                      "ls": [l.split()[-1] + ":" + l.split()[4] for l in parts[2].strip().splitlines()[3:]] if len(parts) > 2 else None}),
          flush=True)
