"""Acta agreements against report candidates without a pass over every pair: the agreements
that hold no other (loaders.discussion.leaf_spans) are those a pass over every pair finds, and
the anchored candidates looked up by term (anchor_discussions) are those a filter of the full
ranking (rank_discussions) keeps, in the same order with the same scores."""
import math
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import loaders.pipeline as pipeline
from bench.meeting_text import meeting_text
from loaders.discussion import (_anchor_terms, _discussion_rules, _span_items, anchor_discussions,
                                leaf_spans, rank_discussions)
from loaders.read import normalise
from loaders.tagging import Item

REPORT = Path(__file__).resolve().parents[2] / "data" / "sources" / "informe-troikas-crm-csm-2017-03-30.txt"


@dataclass(eq=False)
class Span:
    start: int
    end: int


def _leaves_by_pass(spans):
    return [c for c in spans if not any(o is not c and c.start <= o.start and o.end <= c.end
                                        for o in spans)]


def test_leaf_spans_are_those_a_pass_over_every_pair_finds():
    rng = random.Random(20261201)
    for _ in range(400):
        spans = []
        for _ in range(rng.randint(0, 14)):
            start = rng.randint(0, 40)
            spans.append(Span(start, start + rng.randint(0, 12)))
        if spans and rng.random() < 0.3:
            twin = rng.choice(spans)
            spans.append(Span(twin.start, twin.end))
        assert leaf_spans(spans) == _leaves_by_pass(spans), spans


def test_nested_and_equal_spans_are_no_leaves():
    outer, inner, twin_a, twin_b, alone = Span(0, 50), Span(10, 20), Span(60, 70), Span(60, 70), Span(80, 81)
    assert leaf_spans([outer, inner, twin_a, twin_b, alone]) == [inner, alone]


def _anchored_by_pass(ctx, spans, mentions):
    """anchor_discussions as a pass over every agreement's full ranking (rank_discussions):
    every ranked candidate read, kept when it holds an anchor."""
    ranking = rank_discussions(ctx, spans, mentions)
    if not ranking:
        return {}
    rules = _discussion_rules(ctx.patterns)
    acfg = rules.cfg["anchor"]
    nested = {}
    for m in mentions:
        if m.via:
            nested.setdefault(m.ordinal, []).append(Item(m.kind, (m.entity,), m.start, m.end))
    skip = frozenset(i for i, ent in ctx.gazetteer.entities.items()
                     if ent.subtype in acfg["skip_subtypes"])

    def terms(a, b, head=0):
        return _anchor_terms(ctx.text[a:b], rules, _span_items(ctx, nested, a, b), a, head, skip)

    passages = [b for b in ctx.structure.blocks
                if b.section not in ("acta", "0") and b.kind in ("paragraph", "item")]
    df = Counter()
    for b in passages:
        df.update(terms(b.start, b.end))
    n = len(passages) or 1
    max_df = acfg["max_df"] if acfg["max_df"] >= 1 else acfg["max_df"] * n
    acta_df = Counter()
    for c in _leaves_by_pass([c for c in spans if c.group != "report"]):
        acta_df.update(terms(c.start, c.end))
    by_id = {c.id: c for c in spans}
    out = {}
    for cid_acta, scored in ranking.items():
        c = by_id[cid_acta]
        own = terms(c.start, c.end, acfg["head_words"])
        pool = sorted((t for t in own if acfg["min_df"] <= df[t] <= max_df
                       and acta_df[t] <= acfg["max_agreements"]), key=lambda t: (df[t], t))
        if not pool:
            out[cid_acta] = []
            continue
        cut = df[pool[min(len(pool), acfg["count"]) - 1]]
        anchors = {t: math.log((n + 1) / df[t]) for t in pool if df[t] <= cut}
        kept = []
        for score, cid, s, e in scored:
            held = [w for t, w in anchors.items() if t in terms(s, e)]
            if held:
                kept.append((sum(held) / sum(anchors.values()) + acfg["score_weight"] * score,
                             cid, s, e))
        kept.sort(key=lambda x: (-x[0], x[2]))
        out[cid_acta] = kept
    return out


def _at_discussion(text, doc_id, monkeypatch):
    """The context, commitment spans and mentions the pipeline hands to link_discussions."""
    seen = []
    monkeypatch.setattr(pipeline, "link_discussions",
                        lambda ctx, spans, mentions=(): seen.append((ctx, list(spans), list(mentions))))
    pipeline.extract(text, doc_id)
    return seen[0]


def test_anchored_candidates_are_those_the_full_ranking_keeps(monkeypatch):
    rng = random.Random(20261202)
    texts = [(normalise(REPORT.read_text(encoding="utf-8")), REPORT.stem)]
    texts += [(meeting_text(12_000, "paragraphs", seed=seed), f"synthetic-{seed}") for seed in (3, 4)]
    linked = 0
    for text, doc_id in texts:
        ctx, spans, mentions = _at_discussion(text, doc_id, monkeypatch)
        assert any(c.group == "report" for c in spans) and any(c.group != "report" for c in spans)
        for trial in range(4):
            some = spans if trial == 0 else [c for c in spans if rng.random() < 0.7]
            anchored = anchor_discussions(ctx, some, mentions)
            assert anchored == _anchored_by_pass(ctx, some, mentions), (doc_id, trial)
            linked += sum(1 for kept in anchored.values() if kept)
    assert linked > 0
