"""`python -m analysis` runs the command-line interface."""

import sys

from analysis.cli import main

sys.exit(main())
