"""Scoring extracted incidents against gold rows: the project's own measure of every field.

gold (read gold rows) -> predictions (records from a run or a file) -> metrics (one outcome per
document and field) -> tally (counts per metric and file) -> report (table / json / markdown).
The gate (`evaluation.gate`) pins per-field floors on the project's own gold file.
"""
