"""The one error a loader raises about its input.

Every problem a person must fix in a source or data file is reported as `file:line: what`, one
line, so an editor or CI log can jump to it. This module must not know about any file format.
"""
from __future__ import annotations

from graph.errors import UserError


class SourceError(UserError, ValueError):
    """A source or data file cannot be used as it is; the message points at the line to fix."""

    def __init__(self, file: str, line: int, what: str):
        self.file, self.line, self.what = str(file), int(line), " ".join(str(what).split())
        super().__init__(f"{self.file}:{self.line}: {self.what}")
