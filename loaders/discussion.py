"""Report vs acta: which report passages discuss each acta agreement, and what matches nothing.

An agreement is linked (DISCUSSED_IN) to the report decisions and decision-like passages that
share a rare *anchor* with it and score well as a search would rank them; a discrepancy is the
absence of such a link, read back from the graph by `unmatched`, never stored as a property.
Weights live in data/patterns.yaml `discussion`. This module must not create commitments; it
only links those commitments made.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from graph.batch import GraphBatch
from loaders.commitments import CommitmentSpan
from loaders.context import Context
from loaders.patterns import ACTORS, Patterns
from loaders.read import fold_same_length
from loaders.spans import Coverage, sentences
from loaders.tagging import Item


@dataclass(frozen=True, eq=False)
class DiscussionRules:
    """data/patterns.yaml `discussion`, compiled."""

    stop: frozenset
    synonyms: tuple            # (compiled folded phrase, replacement)
    cues: re.Pattern           # a passage that records a proposal or decision
    entity_kinds: frozenset    # kinds whose mentions count (the keys of `entity_weight`)
    cfg: dict
    anchor_synonyms: tuple = ()   # `anchor.synonyms`, applied to hyphen-joined folded text
    anchor_stop: frozenset = frozenset()    # `anchor.stopwords`, light-stemmed


@lru_cache(maxsize=None)
def _discussion_rules(patterns: Patterns) -> DiscussionRules:
    cfg = patterns.discussion
    return DiscussionRules(
        frozenset(fold_same_length(w) for w in cfg["stopwords"]),
        tuple((re.compile(r"\b%s\b" % fold_same_length(k)), fold_same_length(v)) for k, v in (cfg.get("synonyms") or {}).items()),
        re.compile("|".join(f"(?:{c})" for c in cfg["cues"])),
        frozenset(cfg["entity_weight"]), cfg,
        tuple((re.compile(r"\b%s\b" % fold_same_length(k)), fold_same_length(v))
              for k, v in {**(cfg.get("synonyms") or {}),
                           **(cfg["anchor"].get("synonyms") or {})}.items()),
        frozenset(_light_stem(fold_same_length(w), cfg["anchor"]["stem_chars"])
                  for w in cfg["anchor"].get("stopwords") or ()))


def _stem(word: str, n: int) -> str:
    """A crude Spanish stem: plural and gender endings off, then the first `n` letters."""
    for end in ("es", "s", "a", "o"):
        if len(word) > n and word.endswith(end):
            word = word[: -len(end)]
            break
    return word[:n]


def _terms(text: str, rules: DiscussionRules, items=(), offset: int = 0, head: int = 0) -> Counter:
    """Content-word stems, adjacent stem pairs (the wording) and linked entities of a span.

    With `head`, the first `head` content words (an agreement states its action first: "Crear
    un mecanismo de diálogo ...") are marked so the caller can weigh them more ("^" prefix).
    The words of a mention are replaced by its entity (and a date by its week), so a name counts
    once, as what it names, whatever words the passage uses for it.
    """
    cfg = rules.cfg
    chars = list(fold_same_length(text.replace("*", " ")))
    terms: Counter = Counter()
    for it in items:
        if it.kind == "Date":
            v = it.date.value
            if (v.end - v.start).days <= cfg["date_max_days"]:
                # same ISO week: "el último viernes de abril" meets "la última semana de abril"
                terms.update({"@week:%d-%d" % d.isocalendar()[:2] for d in (v.start, v.end)})
        elif it.kind in rules.entity_kinds:
            terms.update({f"@{i}" for i in it.ids})
        else:
            continue
        for k in range(max(0, it.start - offset), min(len(chars), it.end - offset)):
            chars[k] = " "
    folded = "".join(chars)
    for rx, canon in rules.synonyms:
        folded = rx.sub(canon, folded)
    words = [_stem(w, cfg["stem_chars"]) for w in re.findall(r"[a-z]+", folded)
             if len(w) >= cfg["min_token_chars"] and w not in rules.stop]
    terms.update(words)
    terms.update(f"{a}_{b}" for a, b in zip(words, words[1:]))
    terms.update(f"^{w}" for w in words[:head])
    return terms


def _span_items(ctx: Context, mentions_by_block: dict, start: int, end: int) -> list:
    """Every mention (nested ones too), collective and date inside [start, end)."""
    out = []
    for b in ctx.structure.blocks_between(start, end):
        for it in ctx.items_by_block.get(b.ordinal, []) + mentions_by_block.get(b.ordinal, []):
            if start <= it.start and it.end <= end:
                out.append(it)
    return out


class _Ranking:
    """What rank_discussions scores with, built once per document: the candidates, the terms of
    each candidate sentence, their rarity and norms. Scoring one agreement against some
    candidates costs their sentences' terms only, not every candidate's."""

    def __init__(self, ctx: Context, spans: list[CommitmentSpan], mentions=()):
        rules = _discussion_rules(ctx.patterns)
        self.ctx, self.rules, self.cfg = ctx, rules, rules.cfg
        cfg = self.cfg
        self.acta = [c for c in spans if c.group != "report"]
        decisions = [c for c in spans if c.group == "report"]
        self.nested = _nested_items(mentions)
        candidates: list[tuple[str, int, int]] = [(d.id, d.start, d.end) for d in decisions]
        coverage = Coverage((d.start, d.end) for d in decisions)
        for b in ctx.structure.blocks:
            if b.section in ("acta", "0") or b.kind not in ("paragraph", "item"):
                continue
            if coverage.covered(b.start, b.end) >= 0.5 * (b.end - b.start):
                continue
            if not rules.cues.search(fold_same_length(b.text.replace("*", ""))):
                continue
            candidates.append((f"passage:{ctx.doc}:{b.ordinal}", b.start, b.end))
        self.candidates = candidates
        self.units: list[list[tuple[Counter, float]]] = [[] for _ in candidates]
        if not self.acta or not candidates:
            return
        flat: list[Counter] = []          # the terms of every candidate sentence
        for k, (cid, s, e) in enumerate(candidates):
            parts = [(s, e)] if cid.startswith("commitment:") else \
                sentences(ctx.text, s, e, ctx.patterns.abbreviations)
            for a, b in parts:
                terms = _terms(ctx.text[a:b], rules, _span_items(ctx, self.nested, a, b), a)
                flat.append(terms)
                self.units[k].append((terms, 0.0))
        n = len(flat)
        df = Counter(t for terms in flat for t in terms)
        kinds = {nid: node.kind for nid, node in ctx.batch.nodes.items()}
        kinds.update({eid: ent.kind for eid, ent in ctx.gazetteer.entities.items()})

        @lru_cache(maxsize=None)
        def weight(t: str) -> float:
            if df.get(t, 0) > cfg["max_df"] * n:
                return 0.0              # in most candidates: tells nothing about which one
            idf = max(0.0, math.log((n + 1) / (df.get(t, 0) + 0.5)))
            if t.startswith("@"):
                kind = "Date" if t.startswith("@week:") else kinds.get(t[1:], "")
                return idf * cfg["entity_weight"].get(kind, 1.0)
            return idf * (cfg["pair_weight"] if "_" in t else 1.0)

        self.weight = weight
        norms = [math.sqrt(sum(weight(t) ** 2 for t in terms)) or 1.0 for terms in flat]
        self.ref = sum(norms) / len(norms)  # a typical sentence: damping below 0.5 spares long ones
        it = iter(norms)
        self.units = [[(terms, next(it)) for terms, _ in unit] for unit in self.units]

    def scores(self, c: CommitmentSpan, ks) -> list[float]:
        """Agreement `c`'s score against each candidate index of `ks`, in that order: the best
        of the candidate's sentences, 0.0 when none shares a weighted term with it."""
        ctx, cfg, weight = self.ctx, self.cfg, self.weight
        own = _terms(ctx.text[c.start:c.end], self.rules,
                     _span_items(ctx, self.nested, c.start, c.end), c.start, cfg["head_words"])
        head = {t[1:] for t in own if t.startswith("^")}
        own_w = {t: weight(t) * (cfg["head_weight"] if t in head else 1.0)
                 for t in own if not t.startswith("^")}
        own_norm = math.sqrt(sum(v * v for v in own_w.values())) or 1.0
        d = cfg["length_damping"]
        out = []
        for k in ks:
            best = 0.0
            for terms, norm in self.units[k]:
                shared = sum(v * weight(t) for t, v in own_w.items() if t in terms)
                if shared:
                    best = max(best, shared / (own_norm * norm ** (2 * d) * self.ref ** (1 - 2 * d)))
            out.append(best)
        return out


def _nested_items(mentions) -> dict[int, list[Item]]:
    """The mentions found inside another (`via`), as items by block ordinal."""
    nested: dict[int, list[Item]] = {}
    for m in mentions:
        if m.via:
            nested.setdefault(m.ordinal, []).append(Item(m.kind, (m.entity,), m.start, m.end))
    return nested


def rank_discussions(ctx: Context, spans: list[CommitmentSpan], mentions=()
                     ) -> dict[str, list[tuple[float, str, int, int]]]:
    """Every acta agreement's candidates, best first: [(score, candidate id, start, end)].

    Candidates are the report's recorded decisions and the passages that record a proposal or a
    decision (a cue of data/patterns.yaml `discussion.cues`). A candidate is scored by its best
    sentence, like a search engine: shared content-word stems, stem pairs and linked entities
    (same bodies, events, instruments, topics, organisations; dates in the same week), each
    weighted by its rarity among all candidate sentences and by its kind, the agreement's first
    words (its action) weighing more; normalised as a cosine (`length_damping` 0.5;
    lower spares long sentences). Every agreement against every candidate: its cost is their
    product (the loader ranks only the candidates that hold an anchor, anchor_discussions).
    """
    ranking = _Ranking(ctx, spans, mentions)
    if not ranking.acta or not ranking.candidates:
        return {}
    every = range(len(ranking.candidates))
    out = {}
    for c in ranking.acta:
        out[c.id] = _ranked(ranking, c, every)
    return out


def _ranked(ranking: _Ranking, c: CommitmentSpan, ks) -> list[tuple[float, str, int, int]]:
    """Candidates `ks` (indices, ascending) as (score, id, start, end), best first, ties by start
    then by index."""
    scored = [(score, *ranking.candidates[k])
              for k, score in zip(ks, ranking.scores(c, ks))]
    scored.sort(key=lambda x: (-x[0], x[2]))
    return scored


def leaf_spans(spans: list) -> list:
    """The spans (objects with `start`, `end`) that hold no other span of the list, in the
    list's order; of two equal spans, each holds the other. Sorted once: O(n log n)."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i].start, spans[i].end))
    leaf = [True] * len(spans)
    least_end_after = math.inf      # the least end of the spans starting after this start
    j = len(order)
    while j > 0:
        i = j - 1
        while i > 0 and spans[order[i - 1]].start == spans[order[j - 1]].start:
            i -= 1
        group = order[i:j]          # one start, ends ascending
        for p, g in enumerate(group):
            others = group[1:2] if p == 0 else group[:1]     # the least end of the others
            if least_end_after <= spans[g].end or any(spans[o].end <= spans[g].end for o in others):
                leaf[g] = False
        least_end_after = min(least_end_after, spans[group[0]].end)
        j = i
    return [s for s, keep in zip(spans, leaf) if keep]


def _light_stem(word: str, n: int) -> str:
    """A light Spanish stem for anchors: plural, then gender ending off, then `n` letters at
    most ("calendarios", "calendario" → "calendar"; "aprovechar", "aprovechando" → "aprovech")."""
    for end in ("es", "s"):
        if len(word) > 4 and word.endswith(end):
            word = word[: -len(end)]
            break
    if len(word) > 4 and word[-1] in "ao":
        word = word[:-1]
    return word[:n]


def _anchor_terms(text: str, rules: DiscussionRules, items=(), offset: int = 0,
                  head: int = 0, skip=frozenset()) -> set:
    """What may anchor a span to another: light stems of its content words, adjacent stem pairs,
    the entities of the `anchor.entity_kinds` it names and the weeks of its short dates. The
    words of actors' names (who speaks, who is charged) are no anchor. With `head`, only the
    first `head` content words count (an agreement states its action and object first)."""
    acfg = rules.cfg["anchor"]
    kinds = set(acfg["entity_kinds"])
    chars = list(fold_same_length(text.replace("*", " ")))
    out: set = set()
    for it in items:
        if it.kind == "Date":
            v = it.date.value
            if (v.end - v.start).days <= rules.cfg["date_max_days"]:
                out.update("@week:%d-%d" % d.isocalendar()[:2] for d in (v.start, v.end))
        elif it.kind in kinds:
            out.update(f"@{i}" for i in it.ids if i not in skip)
        if it.kind in ACTORS or it.kind == "Date":
            for k in range(max(0, it.start - offset), min(len(chars), it.end - offset)):
                chars[k] = " "
    folded = re.sub(r"(?<=[a-z])-(?=[a-z])", "", "".join(chars))
    for rx, canon in rules.anchor_synonyms:
        folded = rx.sub(canon, folded)
    words = [_light_stem(w, acfg["stem_chars"]) for w in re.findall(r"[a-z]+", folded)
             if len(w) >= rules.cfg["min_token_chars"] and w not in rules.stop]
    words = [w for w in words if w not in rules.anchor_stop]
    if head:
        words = words[:head]
    out.update(words)
    out.update(f"{a}_{b}" for a, b in zip(words, words[1:]))
    return out


def anchor_discussions(ctx: Context, spans: list[CommitmentSpan], mentions=()
                       ) -> dict[str, list[tuple[float, str, int, int]]]:
    """Every acta agreement's anchored candidates, best first: [(score, candidate id, start, end)].

    An agreement's *anchors* are its `anchor.count` rarest anchor terms (ties kept; see
    _anchor_terms, its first `anchor.head_words` content words only) by document frequency over
    the report's passages, among those `anchor.min_df`..`anchor.max_df` passages hold and at
    most `anchor.max_agreements` agreements share: what singles it out ("grupo ad-hoc",
    "calendario", a week).
    A candidate of rank_discussions (a report decision or a decision-like passage) that holds an
    anchor is kept, scored by the weight (idf) of the anchors it holds plus its rank_discussions
    score; an agreement that shares no anchor with any candidate keeps none. The candidates
    holding an anchor are looked up by term, and only they are ranked: the same lists as
    filtering rank_discussions' full ranking, at the cost of the candidates kept.
    """
    rules = _discussion_rules(ctx.patterns)
    acfg = rules.cfg["anchor"]
    ranking = _Ranking(ctx, spans, mentions)
    if not ranking.acta or not ranking.candidates:
        return {}
    nested = ranking.nested
    skip = frozenset(i for i, ent in ctx.gazetteer.entities.items()
                     if ent.subtype in acfg["skip_subtypes"])
    passages = [b for b in ctx.structure.blocks
                if b.section not in ("acta", "0") and b.kind in ("paragraph", "item")]
    df: Counter = Counter()
    for b in passages:
        df.update(_anchor_terms(ctx.text[b.start:b.end], rules,
                                _span_items(ctx, nested, b.start, b.end), b.start, skip=skip))
    n = len(passages) or 1
    max_df = acfg["max_df"] if acfg["max_df"] >= 1 else acfg["max_df"] * n
    acta_df: Counter = Counter()       # what many agreements share singles none of them out
    for c in leaf_spans(ranking.acta):
        acta_df.update(_anchor_terms(ctx.text[c.start:c.end], rules,
                                     _span_items(ctx, nested, c.start, c.end), c.start, skip=skip))
    cand_terms: dict[str, set] = {}    # by candidate id, as the candidate first holding it reads
    holders: dict[str, list[int]] = {}  # term -> indices of the candidates holding it, ascending
    for k, (cid, s, e) in enumerate(ranking.candidates):
        if cid not in cand_terms:
            cand_terms[cid] = _anchor_terms(ctx.text[s:e], rules,
                                            _span_items(ctx, nested, s, e), s, skip=skip)
        for t in cand_terms[cid]:
            holders.setdefault(t, []).append(k)
    out = {}
    for c in ranking.acta:
        own = _anchor_terms(ctx.text[c.start:c.end], rules,
                            _span_items(ctx, nested, c.start, c.end), c.start, acfg["head_words"],
                            skip)
        pool = sorted((t for t in own if acfg["min_df"] <= df[t] <= max_df
                       and acta_df[t] <= acfg["max_agreements"]), key=lambda t: (df[t], t))
        if not pool:
            out[c.id] = []
            continue
        cut = df[pool[min(len(pool), acfg["count"]) - 1]]
        anchors = {t: math.log((n + 1) / df[t]) for t in pool if df[t] <= cut}
        ks = sorted({k for t in anchors for k in holders.get(t, ())})
        kept = []
        for score, cid, s, e in _ranked(ranking, c, ks):
            held = [w for t, w in anchors.items() if t in cand_terms[cid]]
            kept.append((sum(held) / sum(anchors.values()) + acfg["score_weight"] * score, cid, s, e))
        kept.sort(key=lambda x: (-x[0], x[2]))
        out[c.id] = kept
    return out


def link_discussions(ctx: Context, spans: list[CommitmentSpan], mentions=()) -> None:
    """DISCUSSED_IN from each acta agreement to the report passages/decisions that discuss it.

    An agreement keeps its best `max_per_agreement` anchored candidates (anchor_discussions)
    that reach a share `anchor.relative` of its best; none when no candidate holds one of its
    anchors (it is then "not discussed": see unmatched).
    """
    cfg = ctx.patterns.discussion
    acfg = cfg["anchor"]
    for cid_acta, kept in anchor_discussions(ctx, spans, mentions).items():
        chosen = [k for k in kept[:cfg["max_per_agreement"]]
                  if k[0] >= acfg["relative"] * kept[0][0]]
        for score, cid, s, e in chosen:
            ctx.edge("DISCUSSED_IN", cid_acta, cid, [ctx.source(s, e)])


def unmatched(batch: GraphBatch) -> dict[str, list[str]]:
    """The report-vs-acta discrepancies, read from the graph as the saved queries read them.

    A discrepancy is the *absence* of DISCUSSED_IN (no property marks it):
    `acta_not_discussed`: acta agreements with no DISCUSSED_IN of their own nor through the
    agreement they are a task of (PART_OF); `report_not_in_acta`: report decisions
    (acta_group "report") that no DISCUSSED_IN points to.
    """
    discussed = {e.source for e in batch.edges.values() if e.type == "DISCUSSED_IN"}
    matched = {e.target for e in batch.edges.values() if e.type == "DISCUSSED_IN"}
    parent = {e.source: e.target for e in batch.edges.values() if e.type == "PART_OF"
              and batch.nodes.get(e.target) is not None and batch.nodes[e.target].kind == "Commitment"}
    commitments = sorted((n for n in batch.nodes.values() if n.kind == "Commitment"),
                         key=lambda n: (n.sources[0].start if n.sources else 0, n.id))
    acta = [n.id for n in commitments if n.properties.get("acta_group") != "report"]
    report = [n.id for n in commitments if n.properties.get("acta_group") == "report"]
    return {"acta_not_discussed": [a for a in acta if a not in discussed
                                   and parent.get(a) not in discussed],
            "report_not_in_acta": [r for r in report if r not in matched]}
