"""Graph stores and the data model they share; knows nothing of reports or of the app."""
