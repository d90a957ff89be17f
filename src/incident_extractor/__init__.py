"""incident-extractor: news articles in, structured incident records out."""

__version__ = "0.1.0"
SCHEMA_VERSION = "1.0"
