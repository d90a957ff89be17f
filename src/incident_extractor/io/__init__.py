"""Reading inputs, cleaning text, and writing records."""
