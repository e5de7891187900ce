"""``python -m factsuite``: the same command line as the ``factsuite`` script."""

import sys

from factsuite.hook import main  # the console script's entry point

sys.exit(main())
