"""Our spaCy components. Importing this package registers their factories."""
