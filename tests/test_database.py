import os

import pytest
from django.db import connection


@pytest.mark.django_db
def test_runs_on_the_expected_database_vendor():
    # `make test` runs the suite twice; the second run must really be on PostgreSQL.
    expected = os.environ.get("EXPECT_DB_VENDOR", "sqlite")
    assert connection.vendor == expected
