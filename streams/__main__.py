"""``python -m streams``: the same as the ``streams`` console script."""

import sys

from streams.cli import main

sys.exit(main())
