"""Where the project's data files are (ontology, read-only rules, language packs, the world, forum
packs, per-document curation, patterns, structure rules): `data/` of a checkout, or the copy a
wheel installs as the `actagraph/data` package data. Every module finds its data through
`data_file()`, so an installed wheel works as well as a checkout.

This module must not read or validate any file (the modules that own each file do); it only
answers where the folder is.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path


def _data_dir() -> Path:
    checkout = Path(__file__).resolve().parents[1] / "data"
    if (checkout / "ontology.yaml").is_file():
        return checkout
    installed = Path(str(resources.files("actagraph"))) / "data"
    if (installed / "ontology.yaml").is_file():
        return installed
    raise FileNotFoundError(f"actagraph's data files are missing: neither {checkout} nor "
                            f"{installed} holds ontology.yaml; reinstall the package")


DATA_DIR: Path = _data_dir()
"""The folder that holds the data files (a checkout's `data/`, else the installed copy)."""


def data_file(*parts: str) -> Path:
    """The path of a data file or folder, e.g. data_file("lang", "es") (it may not exist)."""
    return DATA_DIR.joinpath(*parts)
