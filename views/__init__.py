"""The app's presentation layer: diagrams, tables, exports and translations for actagraph.

Each module has one job (network.py draws the interactive diagram, static.py the Graphviz one,
briefing.py the one-file pack, ...). They take QueryResults and plain values and return strings
or bytes, so they are testable without Streamlit; only `views/pages/` and `views/panel.py` call
Streamlit. Nothing here writes to the graph.
"""
