"""Running `actagraph ARGS` in tests: the CLI's main function in the test process where the
process itself is not what a test checks, a real subprocess where it is.

`load` writes from a forked child (its output would bypass an in-process capture) and `serve`
replaces the process, so those always run as `python -m actagraph.cli`. This module must not
decide what a test expects.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OWN_PROCESS = frozenset({"load", "serve"})
GLOBAL_OPTIONS_WITH_VALUE = ("--db", "--engine")


def verb(args) -> str | None:
    """The command word of an argument list, past the global options and their values.

    >>> verb(["--db", "x.lbug", "--engine", "embedded", "query", "documents"])
    'query'
    """
    rest = list(args)
    while rest and rest[0].startswith("--"):
        rest = rest[2:] if rest[0] in GLOBAL_OPTIONS_WITH_VALUE else rest[1:]
    return rest[0] if rest else None


def run_actagraph(args, env: dict[str, str | None], subprocess_only: bool = False,
                  timeout: float = 300) -> subprocess.CompletedProcess:
    """Run `actagraph ARGS` with the environment changed by `env` (a None value removes the
    variable); returns a CompletedProcess (returncode, stdout, stderr as text).

    In this process unless the verb is in OWN_PROCESS or `subprocess_only`; an exception that
    is a bug (anything but SystemExit) is raised, never hidden in an exit code."""
    args = [str(a) for a in args]
    if subprocess_only or verb(args) in OWN_PROCESS:
        full = {**os.environ, **{k: v for k, v in env.items() if v is not None}}
        for k in [k for k, v in env.items() if v is None]:
            full.pop(k, None)
        return subprocess.run([sys.executable, "-m", "actagraph.cli", *args], cwd=REPO, env=full,
                              capture_output=True, text=True, timeout=timeout)
    from click.testing import CliRunner
    from actagraph.cli import main
    here = os.getcwd()
    os.chdir(REPO)                       # relative paths mean what they mean to the subprocess
    try:
        result = CliRunner().invoke(main, args, env=env)
    finally:
        os.chdir(here)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return subprocess.CompletedProcess(["actagraph", *args], result.exit_code, result.stdout,
                                       result.stderr)
