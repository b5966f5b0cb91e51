"""A deterministic synthetic corpus with the shape of the real report.

Every meeting is one GraphBatch (what stores load). Meeting 0 is the template itself (the real
report's batch when the loader exists, else a built-in stand-in with the report's composition),
so saved queries whose default parameters name the report or its entities stay anchored at every
corpus size. Meetings 1..N-1 are clones of the template with:

* document-local nodes (passages, statements, commitments, events, ... anything with `doc`)
  re-keyed to the meeting's document id;
* shared entities kept canonical (the same ~40 countries, forums, organisations and bodies
  recur across meetings), some countries swapped for others of the pool so meetings differ;
* persons varied: most are replaced by persons drawn from a pool that grows with N;
* provenance (Source.document) and edge `doc` rewritten to the meeting.

Same (seed, N) -> same batches, byte for byte.
"""
from __future__ import annotations

import hashlib
import random
from collections import Counter
from dataclasses import replace
from pathlib import Path

from graph.batch import GraphBatch, Source, passage_id

REPO = Path(__file__).resolve().parents[1]
REPORT = REPO / "data" / "sources" / "informe-troikas-crm-csm-2017-03-30.txt"
SEED = 20170330

COUNTRIES = [
    ("ar", "Argentina"), ("bz", "Belice"), ("bo", "Bolivia"), ("br", "Brasil"), ("ca", "Canadá"),
    ("cl", "Chile"), ("co", "Colombia"), ("cr", "Costa Rica"), ("ec", "Ecuador"),
    ("sv", "El Salvador"), ("us", "Estados Unidos"), ("gt", "Guatemala"), ("gy", "Guyana"),
    ("hn", "Honduras"), ("mx", "México"), ("ni", "Nicaragua"), ("pa", "Panamá"),
    ("py", "Paraguay"), ("pe", "Perú"), ("do", "República Dominicana"), ("sr", "Surinam"),
    ("uy", "Uruguay"), ("ve", "Venezuela"),
]
CONFERENCES = [("crm", "Conferencia Regional sobre Migración", "CRM"),
               ("csm", "Conferencia Suramericana sobre Migraciones", "CSM")]
ORGANIZATIONS = [("oim", "Organización Internacional para las Migraciones", "OIM"),
                 ("cepal", "Comisión Económica para América Latina y el Caribe", "CEPAL"),
                 ("unodc", "Oficina de las Naciones Unidas contra la Droga y el Delito", "UNODC"),
                 ("oea", "Organización de los Estados Americanos", "OEA"),
                 ("acnur", "Alto Comisionado de las Naciones Unidas para los Refugiados", "ACNUR")]
BODIES = [("troika-crm", "Troika de la CRM", "troika", "crm"),
          ("troika-csm", "Troika de la CSM", "troika", "csm"),
          ("ppt-crm", "Presidencia Pro-Témpore de la CRM", "presidency", "crm"),
          ("ppt-csm", "Presidencia Pro-Témpore de la CSM", "presidency", "csm"),
          ("st-crm", "Secretaría Técnica de la CRM", "secretariat", "crm"),
          ("st-csm", "Secretaría Técnica de la CSM", "secretariat", "csm"),
          ("rrocm", "Red Regional de Organizaciones Civiles para las Migraciones", "network", "crm"),
          ("gt-trata", "Red de Funcionarios de Enlace contra la Trata", "network", "crm")]
TOPICS = ["trata de personas", "migrantes extrarregionales", "cambio climático",
          "niñez migrante", "retorno y reintegración", "pacto mundial"]
PLACES = ["San Salvador", "Asunción", "Ciudad de Panamá", "Santiago", "Tegucigalpa"]
FIRST = ["Ana", "Juan", "Liduvina", "Carlos", "María", "José", "Lucía", "Pedro", "Elena", "Jorge",
         "Sofía", "Diego", "Valeria", "Andrés", "Paula", "Ricardo", "Camila", "Luis", "Marta", "Raúl"]
LAST = ["Durán", "Livieres", "Magarín", "Pérez", "González", "Rodríguez", "López", "Martínez",
        "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Cruz", "Morales",
        "Ortiz", "Castro", "Vargas"]
POSTS = ["Viceministra", "Ministro", "Director de Migración", "Asesora Regional", "Coordinador"]
WORDS = ("migración gobernanza diálogo cooperación región procesos consultivos posición común "
         "negociaciones pacto mundial segura regular ordenada derechos humanos protección "
         "seguimiento propuesta coordinación troika presidencia reunión consenso insumo "
         "documento acuerdo compromiso").split()

SHAPE_DEFAULT = {"passages": 70, "shared": 25, "agreements": 11, "tasks": 3, "events": 10,
                 "statements": 60, "persons": 8}


# -- the stand-in template (used until loaders/pipeline.py exists) ------------------------------
def _shared_pool() -> list[tuple[str, str, str, dict]]:
    """(id, kind, name, props) of the canonical entities every meeting draws from (~40)."""
    out = [(f"country:{c}", "Country", n, {"aliases": [n]}) for c, n in COUNTRIES]
    out += [(f"conference:{c}", "Conference", n, {"acronym": a}) for c, n, a in CONFERENCES]
    out += [(f"organization:{c}", "Organization", n, {"acronym": a}) for c, n, a in ORGANIZATIONS]
    out += [(f"body:{c}", "Body", n, {"subtype": s}) for c, n, s, _ in BODIES]
    return out


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def synthetic_template(doc: str = "informe-sintetico", seed: int = SEED,
                       shape: dict | None = None) -> GraphBatch:
    """A report-shaped batch: passages, ~25 shared entities mentioned, agreements, tasks, events,
    statements and persons, ~400 edges. Used when the real loader is not available."""
    shape = {**SHAPE_DEFAULT, **(shape or {})}
    rng = random.Random(seed)
    b = GraphBatch(doc)
    pool = _shared_pool()
    shared = rng.sample(pool[:23], 15) + pool[23:25] + rng.sample(pool[25:30], 3) + rng.sample(pool[30:], 5)
    shared = shared[:shape["shared"]]
    actors = [s for s in shared]

    # Passages and the document text they tile.
    texts, spans, pos = [], [], 0
    plan: list[list[int]] = []          # which shared entities each passage names
    for p in range(1, shape["passages"] + 1):
        names = rng.sample(range(len(shared)), rng.randint(0, 2))
        body = " ".join(_sentence(rng, rng.randint(8, 18)) for _ in range(rng.randint(3, 6)))
        mention_txt = ", ".join(shared[i][2] for i in names)
        t = f"{body} {mention_txt}." if names else body
        texts.append(t)
        spans.append((pos, pos + len(t)))
        plan.append(names)
        pos += len(t) + 2
    text = "\n\n".join(texts)
    b.add_node(doc, "Document", doc, title=f"Informe {doc}", text=text, doc=doc,
               sha256=hashlib.sha256(text.encode()).hexdigest(), date="2017-03-30",
               place="San Salvador", path=f"{doc}.txt")
    pids = []
    for p, (t, (s, e)) in enumerate(zip(texts, spans), start=1):
        section = str(1 + (p - 1) * 8 // shape["passages"])
        pid = passage_id(doc, p)
        pids.append((pid, section, p, s, e, t))
        b.add_node(pid, "Passage", f"§{p}", doc=doc, section=section, paragraph=p, char_start=s,
                   char_end=e, text=t, ordinal=p)
        b.add_edge("IN_DOCUMENT", pid, doc)

    def src(p_index: int, quote_len: int = 40) -> Source:
        pid, section, p, s, e, t = pids[p_index]
        return Source(doc, section, p, s, min(e, s + quote_len), t[:quote_len])

    # Shared entities, mentioned where the plan says (derived MENTIONS carry these sources).
    for i, (nid, kind, name, props) in enumerate(shared):
        where = [p for p, names in enumerate(plan) if i in names] or [rng.randrange(len(pids))]
        b.add_node(nid, kind, name, [src(p) for p in where], curated=True, **props)
    countries = [s[0] for s in shared if s[1] == "Country"]
    conferences = [s[0] for s in shared if s[1] == "Conference"]
    bodies = [s[0] for s in shared if s[1] == "Body"]
    for c in countries:
        b.add_edge("MEMBER_OF", c, rng.choice(conferences), [src(rng.randrange(len(pids)))],
                   role=rng.choice(["member", "troika_member"]))
    for bd in bodies:
        b.add_edge("PART_OF", bd, rng.choice(conferences), [src(rng.randrange(len(pids)))])
    for i, topic in enumerate(TOPICS[:4]):
        b.add_node(f"topic:{i}", "Topic", topic, [src(rng.randrange(len(pids)))])
    for i, place in enumerate(PLACES[:2]):
        b.add_node(f"place:{i}", "Place", place, [src(rng.randrange(len(pids)))])
    b.add_node("instrument:pmm", "Instrument", "Pacto Mundial sobre Migración",
               [src(rng.randrange(len(pids)))], subtype="compact", acronym="PMM")

    # Persons (shared nodes; the clones vary them).
    persons = []
    for i in range(shape["persons"]):
        pid_ = f"person:{FIRST[i].lower()}-{LAST[i].lower()}"
        persons.append(pid_)
        b.add_node(pid_, "Person", f"{FIRST[i]} {LAST[i]}", [src(rng.randrange(len(pids)))],
                   post=rng.choice(POSTS))
        b.add_edge("REPRESENTS", pid_, rng.choice(countries + conferences))
        if i < 4:
            b.add_edge("HOLDS_POST", pid_, rng.choice(bodies))
    all_actors = [a[0] for a in actors] + persons

    # Dates and events.
    dates = []
    for i in range(4):
        d = f"2017-0{3 + i}-{10 + i}"
        b.add_node(f"date:{d}", "Date", d, [src(rng.randrange(len(pids)))], date=d,
                   precision="day")
        dates.append(f"date:{d}")
    events = []
    for i in range(shape["events"]):
        p = rng.randrange(len(pids))
        eid = f"event:{doc}:{i}"
        events.append(eid)
        b.add_node(eid, "Event", f"Reunión {i}", [src(p)], doc=doc, date=rng.choice(dates)[5:])
        b.add_edge("MENTIONS", pids[p][0], eid, [src(p)])
        b.add_edge("HELD_ON", eid, rng.choice(dates))
        if i % 2 == 0:
            b.add_edge("HELD_IN", eid, f"place:{i % 2}")
        b.add_edge("ORGANISES", rng.choice(all_actors), eid, [src(p)])
        for a in rng.sample(all_actors, 2):
            b.add_edge("PARTICIPATES_IN", a, eid, [src(p)])
    b.add_edge("PART_OF", events[1], events[0])

    # Agreements (acta) and tasks under them.
    agreements = []
    for i in range(shape["agreements"] + shape["tasks"]):
        p = rng.randrange(len(pids))
        task = i >= shape["agreements"]
        number = f"{i - shape['agreements'] + 1}.1" if task else str(i + 1)
        cid = f"commitment:{doc}:acta:{number}"
        b.add_node(cid, "Commitment", f"Acuerdo {number}", [src(p, 80)], doc=doc, number=number,
                   text=_sentence(rng, 25), acta_group=rng.choice(["general", "compact"]))
        b.add_edge("MENTIONS", pids[p][0], cid, [src(p)])
        b.add_edge("DISCUSSED_IN", cid, pids[rng.randrange(len(pids))][0])
        for a in rng.sample(all_actors, rng.randint(1, 3)):
            b.add_edge("RESPONSIBLE_FOR", a, cid, [src(p)])
        b.add_edge("CONCERNS", cid, f"topic:{rng.randrange(4)}")
        if rng.random() < 0.5:
            b.add_edge("DUE", cid, rng.choice(dates + events[:3]))
        if rng.random() < 0.4:
            b.add_edge("DELIVERABLE", cid, rng.choice(["instrument:pmm"] + events[:3]))
        if task:
            b.add_edge("PART_OF", cid, agreements[i - shape["agreements"]])
        agreements.append(cid)
    b.add_edge("SUPPORTED", countries[0], agreements[0])

    # Statements.
    for i in range(shape["statements"]):
        p = rng.randrange(len(pids))
        sid = f"statement:{doc}:{i}"
        b.add_node(sid, "Statement", f"Intervención {i}", [src(p, 120)], doc=doc,
                   text=_sentence(rng, 30))
        b.add_edge("MENTIONS", pids[p][0], sid, [src(p)])
        b.add_edge("SAID", rng.choice(all_actors), sid, [src(p, 120)])
        r = rng.random()
        if r < 0.2:
            b.add_edge("PROPOSED", rng.choice(all_actors), sid, [src(p)])
        elif r < 0.35:
            b.add_edge("SUPPORTED", rng.choice(all_actors), sid, [src(p)])
        elif r < 0.4:
            b.add_edge("OBJECTED", rng.choice(all_actors), sid, [src(p)])
        if rng.random() < 0.3:
            b.add_edge("CONCERNS", sid, f"topic:{rng.randrange(4)}")
    return b


# -- the template: the real report when the loader exists ---------------------------------------
def real_report_batch() -> GraphBatch | None:
    try:
        from loaders.pipeline import load_file
    except ImportError:
        return None
    return load_file(REPORT)


def template_batch(prefer_real: bool = True) -> tuple[GraphBatch, str]:
    """(template, origin) where origin is "report" or "synthetic"."""
    if prefer_real:
        try:
            b = real_report_batch()
        except Exception:  # noqa: BLE001 - a loader still being written must not stop the bench
            b = None
        if b is not None:
            return b, "report"
    return synthetic_template(), "synthetic"


def composition(batch: GraphBatch) -> dict:
    """Nodes by kind, edges by type (derived MENTIONS included), shared vs document-local."""
    kinds = Counter(n.kind for n in batch.nodes.values())
    edges = Counter(e.type for e in list(batch.edges.values()) + batch.derived_mentions())
    shared = sum(1 for n in batch.nodes.values() if not n.properties.get("doc") and n.kind != "Document")
    return {"nodes": sum(kinds.values()), "edges": sum(edges.values()),
            "shared_entities": shared, "local_nodes": sum(kinds.values()) - shared,
            "by_kind": dict(sorted(kinds.items())), "by_type": dict(sorted(edges.items()))}


# -- the corpus ---------------------------------------------------------------------------------
class Corpus:
    """`Corpus(template).meeting(i)` is meeting i; `.batches(n)` the first n."""

    def __init__(self, template: GraphBatch, seed: int = SEED, n_hint: int = 1000):
        self.template = template
        self.seed = seed
        self.doc = template.document
        pool_ids = {p[0] for p in _shared_pool()}
        self.countries = sorted({i for i in pool_ids if i.startswith("country:")} |
                                {n.id for n in template.nodes.values() if n.kind == "Country"})
        self._pool_nodes = {p[0]: p for p in _shared_pool()}
        self.person_pool = max(200, 20 * n_hint)

    def _new_id(self, old: str, doc: str) -> str:
        if self.doc in old:
            return old.replace(self.doc, doc)
        return f"{old}@{doc}"

    def meeting(self, i: int) -> GraphBatch:
        if i == 0:
            return self.template
        rng = random.Random(self.seed * 1_000_003 + i)
        doc = f"synth-{i:04d}"
        t = self.template
        idmap: dict[str, str] = {}
        # Countries: swap about a third for others of the pool (no two onto the same one).
        present = [n.id for n in t.nodes.values() if n.kind == "Country"]
        free = [c for c in self.countries if c not in present]
        rng.shuffle(free)
        for c in present:
            if free and rng.random() < 0.33:
                idmap[c] = free.pop()
        for n in t.nodes.values():
            if n.id in idmap:
                continue
            if n.kind == "Document":
                idmap[n.id] = doc
            elif n.properties.get("doc"):
                idmap[n.id] = self._new_id(n.id, doc)
            elif n.kind == "Person" and rng.random() < 0.8:
                idmap[n.id] = f"person:synth-{rng.randrange(self.person_pool):06d}"
        b = GraphBatch(doc)

        def fix(sources):
            return [replace(s, document=doc) if s.document == self.doc else s for s in sources]

        for n in t.nodes.values():
            nid = idmap.get(n.id, n.id)
            props = dict(n.properties)
            name = n.name
            if "doc" in props and props["doc"]:
                props["doc"] = doc
            if n.kind == "Document":
                text = props.get("text") or ""
                text = f"Reunión sintética {i}\n\n{text}"
                props.update(text=text, title=f"{props.get('title') or doc} ({i})",
                             sha256=hashlib.sha256(text.encode()).hexdigest(), path=f"{doc}.txt")
                name = doc
            elif n.kind == "Country" and nid != n.id:
                p = self._pool_nodes.get(nid)
                name = p[2] if p else nid
                props["aliases"] = [name]
            elif n.kind == "Person" and nid != n.id:
                k = int(nid.rsplit("-", 1)[1])
                name = f"{FIRST[k % len(FIRST)]} {LAST[(k // len(FIRST)) % len(LAST)]} {k}"
                props["aliases"] = None
            b.add_node(nid, n.kind, name, fix(n.sources), **props)
        for e in t.edges.values():
            props = dict(e.properties)
            if props.get("doc") == self.doc:
                props["doc"] = doc
            if props.get("on_behalf_of") in idmap:
                props["on_behalf_of"] = idmap[props["on_behalf_of"]]
            b.add_edge(e.type, idmap.get(e.source, e.source), idmap.get(e.target, e.target),
                       fix(e.sources), **props)
        return b

    def batches(self, n: int):
        for i in range(n):
            yield self.meeting(i)


def corpus(n: int, seed: int = SEED, template: GraphBatch | None = None) -> list[GraphBatch]:
    """The first n meetings (deterministic for a given seed and template)."""
    t = template or template_batch()[0]
    return list(Corpus(t, seed, n_hint=n).batches(n))


if __name__ == "__main__":  # a quick look at the shape
    import json
    import sys
    t, origin = template_batch()
    print(origin, json.dumps(composition(t), indent=1))
    c = Corpus(t)
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    nodes, edges = set(), set()
    for b in c.batches(n):
        nodes |= set(b.nodes)
        edges |= {e.id for e in list(b.edges.values()) + b.derived_mentions()}
    print(f"N={n}: {len(nodes)} distinct nodes, {len(edges)} distinct edges")
