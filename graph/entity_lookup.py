"""The statement that finds the entities a saved query's `$actor` names, for the programs that
run a saved query on the embedded engine in steps (graph/actor_relations.py,
graph/commitments_of_actor.py).

The saved texts match an entity by its id, name, acronym or any alias, in any case; the
programs find those ids first with this one statement, built for the labels each searches. This
module must not run queries, and must not put a user's value into the text: the value is always
the parameter `$actor`, and the labels come from the programs' own constants.
"""
from __future__ import annotations

__all__ = ["find_ids"]


def find_ids(labels: str) -> str:
    """The Cypher text returning one column `id`: every node with one of `labels` (node labels
    joined by `|`, e.g. "Country|Body") whose id, name, acronym or an alias equals the parameter
    `$actor`, ignoring case. Raises ValueError when `labels` holds anything but label names and
    `|` (a label is never built from a user's value)."""
    if not labels or not all(part.isidentifier() for part in labels.split("|")):
        raise ValueError(f"not a list of node labels: {labels!r}")
    return (f"WITH toLower($actor) AS k_actor MATCH (a:{labels}) "
            "WHERE (toLower(a.id) = k_actor OR toLower(a.name) = k_actor "
            "OR toLower(coalesce(a.acronym, '')) = k_actor "
            "OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = k_actor)) "
            "RETURN a.id AS id")
