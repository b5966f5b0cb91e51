"""Loaders: turn a report or acta of a migration forum into a GraphBatch with exact provenance.

The pipeline is pure (text in, batch out); only `read.read_text` and `pipeline.load_file` touch
files. Rules and vocabularies live in data/*.yaml so a new forum needs data, not code.
"""
