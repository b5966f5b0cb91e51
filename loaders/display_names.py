"""The names a document's graph shows for the shared entities it mentions, in the document's
language: an English document shows "New Zealand", "Philippines" and "International
Organization for Migration" where the gazetteer has those names (`name_en`), not the Spanish
names the gazetteer keeps as its default ("Nueva Zelanda", "Filipinas").

Only the display name changes: the id stays the one every document shares, and the other name
stays an alias, so lookups by either name still find the entity. A store holding documents in
both languages shows the name of the document loaded last, as for every shared property. This
In an English document a shared organisation, body, forum or instrument also keeps the forms the
text writes it in as aliases. This module must not add, drop or re-identify nodes, nor touch
document-local ones or persons.
"""
from __future__ import annotations

from loaders.context import Context


def name_in_document_language(ctx: Context) -> None:
    """The pipeline component: in an English document (the reader's language, else the text's),
    every shared node with an English name is named by it; its former name becomes an alias."""
    language = ctx.read.language if ctx.read is not None and ctx.read.language else None
    if language is None:
        from loaders.reading.metadata import detect_language
        language = detect_language(ctx.text)
    if language != "en":
        return
    for node in ctx.batch.nodes.values():
        english = node.properties.get("name_en")
        if not english or english == node.name or node.properties.get("doc") or node.kind == "Person":
            continue
        aliases = node.properties.get("aliases") or []
        node.properties["aliases"] = list(dict.fromkeys(list(aliases) + [node.name]))
        node.name = english
    for node in ctx.batch.nodes.values():
        if node.kind in WRITTEN_FORM_KINDS and not node.properties.get("doc"):
            _written_forms_as_aliases(node)


# shared nodes whose forms as the English text writes them are kept as aliases: their shared names
# are Spanish and one English name ("RCM Pro-Tempore Presidency" for "the Presidency Pro-Témpore")
WRITTEN_FORM_KINDS = ("Organization", "Body", "Conference", "Instrument")


def _written_forms_as_aliases(node) -> None:
    """Each form a mention of `node` writes it in (its sources' quotes, on one line) that is none
    of its names nor aliases (folded) becomes an alias; an acronym alone (no blank) does not."""
    from loaders.read import fold_same_length
    aliases = list(node.properties.get("aliases") or [])
    have = {" ".join(fold_same_length(str(n)).split()) for n in [node.name, *aliases,
                                                                  node.properties.get("acronym") or ""]}
    for src in node.sources:
        form = " ".join(str(src.quote).split())
        key = fold_same_length(form)
        if " " in form and key not in have:
            have.add(key)
            aliases.append(form)
    if aliases:
        node.properties["aliases"] = aliases
