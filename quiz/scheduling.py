"""Spaced review with FSRS (PyPI ``fsrs``): a thin, pure wrapper (no Django).

A card's state is kept as ``fsrs.Card.to_dict()`` in ``ReviewCard.card``. The grader's level proposes
the rating (incorrect -> Again, partial -> Hard, correct -> Good); the student may pick another one
before confirming.
"""

from __future__ import annotations

from datetime import datetime

from fsrs import Card, Rating, Scheduler

from quiz.grading import levels

RATINGS = ("again", "hard", "good", "easy")
RATING_LABELS = {"again": "Again", "hard": "Hard", "good": "Good", "easy": "Easy"}
_RATING = {"again": Rating.Again, "hard": Rating.Hard, "good": Rating.Good, "easy": Rating.Easy}
PROPOSED_RATING = {levels.INCORRECT: "again", levels.PARTIAL: "hard", levels.CORRECT: "good"}
# Levels that put an item into the review queue.
QUEUE_LEVELS = frozenset({levels.INCORRECT, levels.PARTIAL})

# No fuzzing: due dates are reproducible (tests, and students comparing notes see the same schedule).
_scheduler = Scheduler(enable_fuzzing=False)


def proposed_rating(level: str) -> str:
    """The rating suggested by a grade level; pending/unknown levels suggest "hard" (the student decides)."""
    return PROPOSED_RATING.get(level, "hard")


def new_card(card_id: int, now: datetime) -> dict:
    """A fresh card, due now. ``card_id`` is given so fsrs does not derive (and sleep for) a unique one."""
    return Card(card_id=int(card_id), due=now).to_dict()


def review(card: dict | None, rating: str, now: datetime, card_id: int = 0) -> tuple[dict, datetime]:
    """Apply one rating; returns (new card dict, next due datetime)."""
    if rating not in _RATING:
        raise ValueError(f"unknown rating {rating!r}")
    current = Card.from_dict(card) if card else Card(card_id=int(card_id), due=now)
    updated, _log = _scheduler.review_card(current, _RATING[rating], review_datetime=now)
    return updated.to_dict(), updated.due


def preview(card: dict | None, now: datetime, card_id: int = 0) -> dict[str, datetime]:
    """Next due date for each rating (shown next to the rating buttons)."""
    return {r: review(card, r, now, card_id)[1] for r in RATINGS}
