"""Demo accounts for the load test: LOADTEST_USERS students (load001, load002, ...) in one cohort, all with
the password given. Run with the load test's environment (its own database):
``python scripts/loadtest/prepare.py N PASSWORD``."""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "studyguide.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402

from studyguide.accounts.models import Cohort, Membership  # noqa: E402


def main(n: int, password: str) -> None:
    User = get_user_model()
    cohort, _ = Cohort.objects.get_or_create(name="Load test")
    for i in range(1, n + 1):
        user, created = User.objects.get_or_create(username=f"load{i:03d}")
        if created:
            user.set_password(password)
            user.save()
        Membership.objects.get_or_create(cohort=cohort, student=user)
    print(f"{n} load-test students in cohort {cohort.name!r}")


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
