"""Saved Cypher queries (one a file) and the library that loads, checks and runs them."""
