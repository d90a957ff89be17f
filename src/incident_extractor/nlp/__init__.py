"""Loading the spaCy model and building the extraction pipeline."""
