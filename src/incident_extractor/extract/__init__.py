"""From annotated Docs to validated incident records."""
