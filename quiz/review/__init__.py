"""Teacher review: the review queue and decisions, answer groups, release, regrades, statistics and export.

Its models live in ``quiz.review.models`` but belong to the ``quiz`` app (same tables; ``quiz.models``
imports them). Quiz taking stays in ``quiz/``; this package reads and decides on what students wrote.
"""
