#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "studyguide.settings")
    # numpy's OpenBLAS reads this once, when numpy is first imported. Its default, a thread per core, made the
    # grader's small matrix products spin a second thread that competed with ONNX Runtime's: grading a real
    # answer took about 1.7x as long at p50 on 2 busy cores (the grading task worker, grader_eval, the bench).
    # gunicorn's web workers get the same from OMP_NUM_THREADS in gunicorn.conf.py.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
