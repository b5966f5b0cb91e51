"""What reading a file gives: the one normalised text and the document's own metadata.

Every offset any later step stores (passages, sources, quotes) indexes `ReadDocument.text`; this
module only describes that value. It must not read files or guess meaning.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

FORMATS = ("pdf", "docx", "md", "html", "txt")


@dataclass(frozen=True)
class TableRow:
    """One row of a table as it sits in the text: the row's span, each cell's span, and the
    column names (the table's header row, or () when the table has none). Offsets index
    ReadDocument.text; `header` is True for the header row itself."""

    start: int
    end: int
    cells: tuple[tuple[int, int], ...]
    columns: tuple[str, ...]
    header: bool = False


@dataclass(frozen=True)
class ReadDocument:
    """A document as read: text, format, page spans and its own title, date and language.

    `pages` holds the (start, end) character span of each page in `text`, in order, () when the
    format has no pages; `date` is ISO (YYYY-MM-DD); `language` an ISO 639-1 code or None when
    the text is too short to tell; `sha256` is the hash of the file's bytes.
    """

    text: str
    format: str
    pages: tuple[tuple[int, int], ...]
    title: str | None
    date: str | None
    language: str | None
    sha256: str
    path: str = ""
    tables: tuple[TableRow, ...] = field(default=())

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding character `offset`, or None when the format has no pages."""
        if not self.pages:
            return None
        starts = [s for s, _ in self.pages]
        return max(1, bisect_right(starts, offset))

    @property
    def page_count(self) -> int | None:
        return len(self.pages) or None
