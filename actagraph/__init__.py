"""actagraph: meeting reports and actas as a knowledge graph of actors, forums and commitments."""
__version__ = "0.1.0"
