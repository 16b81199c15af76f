"""``python -m quiz.grading.tools eval|fit --data DIR``: see ``quiz.grading.tools.fitting``."""

import sys

from .fitting import main

sys.exit(main())
