"""``python -m quiz.grading.tools eval|fit --data DIR``: see ``quiz.grading.tools``."""

import sys

from .cli import main

sys.exit(main())
