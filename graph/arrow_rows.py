"""A batch's rows as Arrow tables typed by the ontology, for LadybugDB's `LOAD FROM $table`.

The embedded store writes a document's node and edge rows by scanning an Arrow table inside its
transaction (`LOAD FROM $rows MERGE ...`) instead of `UNWIND $rows`: the engine then reads typed
columns, where an UNWIND parameter is a list of maps whose type signature the driver builds in
Python value by value (436,000 calls for 11,000 rows, measured; BENCHMARKS.md, "Embedded load
through LOAD FROM"). The column types come from data/ontology.yaml, so a column that is null in
every row still has its type, and each value is converted as the old `CAST(row.p AS TYPE)` did
for the values a batch holds (an int where a string is declared becomes its text).

Column names carry the prefix COLUMN_PREFIX: LOAD FROM binds every column as a variable, and a
property name (`n`, `date`, `text`) must not shadow the statement's own variables or functions.

What this module must not do: touch an engine, or change a value beyond the declared type's
conversion (text, numbers and lists are written as the batch holds them).
"""
from __future__ import annotations

import pyarrow as pa

COLUMN_PREFIX = "c_"

ARROW_TYPES = {"STRING": pa.string(), "INT64": pa.int64(), "DOUBLE": pa.float64(),
               "BOOLEAN": pa.bool_(), "STRING[]": pa.list_(pa.string())}


def column(name: str) -> str:
    """The Arrow column (and LOAD FROM variable) that carries property `name`."""
    return COLUMN_PREFIX + name


def _as_type(value, typ: str):
    """`value` converted to the ontology type `typ` (None stays None); ValueError/TypeError
    when it cannot be (as CAST would fail)."""
    if value is None:
        return None
    if typ == "STRING":
        return value if isinstance(value, str) else str(value)
    if typ == "INT64":
        return value if isinstance(value, int) and not isinstance(value, bool) else int(value)
    if typ == "DOUBLE":
        return float(value)
    if typ == "BOOLEAN":
        return bool(value)
    return [x if isinstance(x, str) else str(x) for x in value]


def rows_table(rows: list[dict], types: dict[str, str]) -> pa.Table:
    """An Arrow table of `rows` (dicts), one column per property of `types` (name -> ontology
    type, e.g. "STRING[]"), in that order, each named by column(). A property missing from a row
    is null. ArrowInvalid / ValueError / TypeError when a value cannot take its type."""
    arrays, names = [], []
    for name, typ in types.items():
        values = [row.get(name) for row in rows]
        try:
            arrays.append(pa.array(values, type=ARROW_TYPES[typ]))
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            arrays.append(pa.array([_as_type(v, typ) for v in values], type=ARROW_TYPES[typ]))
        names.append(column(name))
    return pa.Table.from_arrays(arrays, names=names)
