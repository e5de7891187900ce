"""``python -m factsuite``: the same command line as the ``factsuite`` script."""

import sys

from factsuite.cli import main

sys.exit(main())
