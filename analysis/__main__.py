"""Command line: `python -m analysis score FILE [--year Y] [--format table|csv|json]`."""
import sys

from analysis.cli.main import main

sys.exit(main())
