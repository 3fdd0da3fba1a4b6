"""``python -m newsclaims``: see :mod:`newsclaims.cli`."""

import sys

from newsclaims.cli import main

sys.exit(main())
