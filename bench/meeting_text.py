"""Synthetic meeting text of a chosen size, for growth benchmarks of extraction and loading.

Two shapes, both deterministic for a (shape, size, seed):

* `paragraphs`: a report with a title, a date, numbered sections of short paragraphs (Spanish
  and English, countries speaking, agreements recorded, dates named) until the size is
  reached, and a closing "Acuerdos" section with one numbered agreement per section;
* `paragraph`: the same sentences run together as ONE paragraph (a single line), the shape
  that a document whose line breaks were lost, or a pasted transcript, has.

The wording is the project's own; it imitates the register of intergovernmental reports and
is not taken from any real document. This module only writes text: it must not extract nor
touch a store.
"""
from __future__ import annotations

import random

SEED = 20261129

COUNTRIES_ES = ["Argentina", "Belice", "Bolivia", "Brasil", "Canadá", "Chile", "Colombia",
                "Costa Rica", "Ecuador", "El Salvador", "Guatemala", "Honduras", "México",
                "Nicaragua", "Panamá", "Paraguay", "Perú", "República Dominicana", "Uruguay"]
COUNTRIES_EN = ["Argentina", "Belize", "Brazil", "Canada", "Chile", "Colombia", "Costa Rica",
                "Ecuador", "Guatemala", "Honduras", "Mexico", "Panama", "Paraguay", "Peru",
                "the United States", "Uruguay"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

SENTENCES_ES = [
    "{c1} señala que la cooperación regional en materia de protección consular ha mejorado "
    "desde la reunión celebrada el {d} en {c2}.",
    "La delegación de {c1} propone intercambiar información sobre los flujos migratorios "
    "extrarregionales con {c2} antes del {d}.",
    "Se acuerda que {c1} prepare un informe sobre buenas prácticas de retorno asistido, que "
    "será presentado a la Presidencia Pro Tempore a más tardar el {d}.",
    "{c1} comenta que los puntos focales de la red de trata de personas se reunirán en {c2} "
    "durante el mes de {m}.",
    "La Secretaría Técnica recuerda que el plan de trabajo vence el {d} y que {c1} y {c2} "
    "han enviado sus observaciones.",
    "{c1} y {c2} se comprometen a compartir sus estadísticas de niñas, niños y adolescentes "
    "migrantes no acompañados.",
]
SENTENCES_EN = [
    "{c1} noted that the working group on labour migration met in {c2} on {d}.",
    "The delegation of {c1} proposed a joint workshop with {c2} on border management, to be "
    "held before {d}.",
    "It was agreed that {c1} would circulate a draft of the regional guidelines by {d}.",
    "{c1} reported on its new visa policy and thanked {c2} for its technical assistance.",
    "The Technical Secretariat informed the meeting that the budget for {m} had been approved "
    "by the member countries.",
    "{c1} committed to host the next meeting of the focal points in {m}.",
]
AGREEMENTS = [
    "Encargar a la Secretaría Técnica la preparación de un calendario de reuniones virtuales "
    "hasta el {d}.",
    "Solicitar a {c1} que coordine el grupo de trabajo ad hoc sobre migración y cambio "
    "climático.",
    "Realizar un taller regional sobre protección de personas refugiadas en {c1} en {m}.",
    "Intercambiar información de contacto de los puntos focales de {c1} y {c2}.",
]


def _date(rng: random.Random, english: bool) -> str:
    day, month, year = rng.randint(1, 28), rng.randrange(12), rng.randint(2015, 2025)
    if english:
        return f"{day} {MONTHS_EN[month]} {year}"
    return f"{day} de {MONTHS_ES[month]} de {year}"


def _fill(template: str, rng: random.Random, english: bool) -> str:
    pool = COUNTRIES_EN if english else COUNTRIES_ES
    c1, c2 = rng.sample(pool, 2)
    month = (MONTHS_EN if english else MONTHS_ES)[rng.randrange(12)]
    return template.format(c1=c1, c2=c2, d=_date(rng, english), m=month)


def _sentence(rng: random.Random) -> str:
    english = rng.random() < 0.5
    return _fill(rng.choice(SENTENCES_EN if english else SENTENCES_ES), rng, english)


def _agreement(rng: random.Random) -> str:
    return _fill(rng.choice(AGREEMENTS), rng, False)


HEADER = ("Informe de la Reunión Intersesional de la Conferencia Regional sobre Migración\n\n"
          "12 de marzo de 2024\n\n")


def meeting_text(size: int, shape: str = "paragraphs", seed: int = SEED) -> str:
    """About `size` characters (never fewer, at most one paragraph more) of meeting text.

    `shape` is "paragraphs" (numbered sections of paragraphs of 2–4 sentences, then a closing
    section with one numbered agreement per section) or "paragraph" (title, date, then all the
    sentences, agreements included, as one line). Raises ValueError on another shape.
    """
    if shape not in ("paragraphs", "paragraph"):
        raise ValueError(f"unknown shape {shape!r}: paragraphs or paragraph")
    rng = random.Random(f"{seed}:{shape}")
    if shape == "paragraph":
        parts, n = [], len(HEADER)
        while n < size:
            s = _agreement(rng) if rng.random() < 0.1 else _sentence(rng)
            parts.append(s)
            n += len(s) + 1
        return HEADER + " ".join(parts) + "\n"
    out, n, section, closing = [HEADER], len(HEADER), 0, []
    while n < size:
        section += 1
        chunk = [f"{section}. Diálogo sobre la agenda regional, parte {section}\n\n"]
        for _ in range(rng.randint(3, 6)):
            chunk.append(" ".join(_sentence(rng) for _ in range(rng.randint(2, 4))) + "\n\n")
        closing.append(_agreement(rng))
        piece = "".join(chunk)
        out.append(piece)
        n += len(piece) + len(closing[-1]) + 8
    out.append(f"{section + 1}. Acuerdos y cierre\n\nLos países miembros acuerdan:\n\n")
    out.extend(f"{i}. {a}\n" for i, a in enumerate(closing, 1))
    return "".join(out)


if __name__ == "__main__":     # python -m bench.meeting_text SIZE [SHAPE] > file.txt
    import sys
    print(meeting_text(int(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "paragraphs"),
          end="")
