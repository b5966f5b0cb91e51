"""Why a saved query's answer is empty when the cause is the question: an entity parameter
(`type: entity`) whose value names nothing in the store.

Every saved query matches an entity by id, name, English name, acronym or alias (a commitment
also by its number); `app_entity_named` counts the nodes matching in any of those ways, so a value
it does not find cannot be what a query found. Used by the CLI and the app to say so in one line;
it must not print, render, or run anything but that saved query.
"""
from __future__ import annotations

from queries.library import SavedQuery, load_library

__all__ = ["absent_entities", "absent_note"]


def absent_entities(saved: SavedQuery, store, raw: dict | None) -> list[tuple[str, str]]:
    """(parameter name, value) of each entity parameter of `saved` whose value (from `raw`, else
    its default) names no entity of `store`, in the order the parameters are declared; blank
    values ("any") are left out. Raises QueryError as `saved.coerce` does for a bad value."""
    values = saved.coerce(raw)
    named = load_library()["app_entity_named"]
    out = []
    for p in saved.params:
        value = values.get(p.name)
        if p.type != "entity" or value is None or not str(value).strip():
            continue
        if not named.run(store, {"name": value}).rows[0][0]:
            out.append((p.name, value))
    return out


def absent_note(name: str, value: str) -> str:
    """The one line the CLI prints for an absent entity, e.g.
    "no actor or entity named 'Atlántida' is in the store (parameter actor)"."""
    return f"no actor or entity named {value!r} is in the store (parameter {name})"
