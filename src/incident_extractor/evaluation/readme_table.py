"""The README's score table from a saved JSON report, without running the extractor again.

    incidents evaluate GOLD... --by-file --format json --output eval-out/dev.json
    python -m incident_extractor.evaluation.readme_table eval-out/dev.json
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Optional, Sequence

from incident_extractor.evaluation.report import markdown_table, sections_of_object


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m incident_extractor.evaluation.readme_table", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("report", help="JSON written by `incidents evaluate --format json` (with or without --by-file)")
    args = parser.parse_args(argv)
    try:
        with open(args.report, encoding="utf-8") as handle:
            scores = json.load(handle)
    except (OSError, json.JSONDecodeError) as error:
        print(f"readme_table: {args.report}: {error}", file=sys.stderr)
        return 2
    sys.stdout.write(markdown_table(sections_of_object(scores)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
