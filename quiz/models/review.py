"""Teacher-review models (grade decisions log, regrade requests, adapted cut-offs)."""
