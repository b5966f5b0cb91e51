"""The bounded source read: special files refused, reads stop at the limit (issue 19, item 3)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest

from loaders import source_bytes
from loaders.errors import SourceError
from loaders.read import read_text
from loaders.source_bytes import read_source_bytes
from tests.conftest import REPO, REPORT


def test_a_regular_file_comes_back_whole():
    assert read_source_bytes(REPORT) == REPORT.read_bytes()


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(SourceError) as err:
        read_source_bytes(fifo)            # open() of a FIFO with no writer would block forever
    assert str(err.value) == f"{fifo}:1: is not a regular file (a FIFO), not a document"


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/dev/urandom"])
def test_devices_are_refused(device):
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    with pytest.raises(SourceError) as err:
        read_source_bytes(device)
    assert "not a regular file (a device)" in str(err.value)


def test_a_socket_is_refused(tmp_path):
    path = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(path))
        with pytest.raises(SourceError) as err:
            read_source_bytes(path)
    assert "not a regular file" in str(err.value)


def test_the_read_stops_at_the_limit_whatever_size_the_file_claims(monkeypatch):
    """/proc files are regular files that claim 0 bytes and hold more."""
    claims_zero = "/proc/self/maps"
    if not os.path.exists(claims_zero) or os.stat(claims_zero).st_size != 0:
        pytest.skip("needs a /proc file that claims size 0")
    monkeypatch.setattr(source_bytes, "MAX_MEGABYTES", 0.0001)      # 100 bytes
    with pytest.raises(SourceError) as err:
        read_source_bytes(claims_zero)
    assert "over the 0.0001 MB limit" in str(err.value)


def test_a_file_over_the_limit_is_refused(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    big.write_text("acta " * 100)
    monkeypatch.setattr(source_bytes, "MAX_MEGABYTES", 0.0001)
    with pytest.raises(SourceError) as err:
        read_text(big)
    assert "over the" in str(err.value)


def test_missing_and_folder(tmp_path):
    with pytest.raises(SourceError, match="no such file"):
        read_source_bytes(tmp_path / "nope.txt")
    with pytest.raises(SourceError, match="is a folder"):
        read_source_bytes(tmp_path)


@pytest.mark.slow      # `actagraph load` in a subprocess; `make test` runs it
@pytest.mark.parametrize("special", ["fifo", "/dev/zero"])
def test_cli_load_of_a_special_file_is_one_line_and_stores_nothing(tmp_path, special):
    path = tmp_path / "pipe.txt" if special == "fifo" else special
    if special == "fifo":
        os.mkfifo(path)
    db = tmp_path / "graph.lbug"
    env = {**os.environ, "ACTAGRAPH_DB": str(db)}
    env.pop("NEO4J_URI", None)
    proc = subprocess.run([sys.executable, "-m", "actagraph.cli", "load", str(path)], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines() == [
        f"actagraph: {path}:1: is not a regular file "
        f"({'a FIFO' if special == 'fifo' else 'a device'}), not a document"]
    assert not db.exists()


def test_the_app_upload_limit_is_the_loaders_limit(monkeypatch):
    """`actagraph serve` gives Streamlit the loader's limit; .streamlit/config.toml holds the same
    default for a plain `streamlit run`, so the upload box never offers what the loader refuses."""
    import tomllib
    from pathlib import Path
    monkeypatch.setattr(source_bytes, "MAX_MEGABYTES", 20.0)
    assert source_bytes.upload_limit_mb() == 20
    monkeypatch.setattr(source_bytes, "MAX_MEGABYTES", 7.5)
    assert source_bytes.upload_limit_mb() == 7
    config = Path(__file__).resolve().parents[2] / ".streamlit" / "config.toml"
    assert tomllib.loads(config.read_text(encoding="utf-8"))["server"]["maxUploadSize"] == 20
    cli = (Path(__file__).resolve().parents[2] / "actagraph" / "cli.py").read_text(encoding="utf-8")
    assert '"--server.maxUploadSize", str(upload_limit_mb())' in cli
