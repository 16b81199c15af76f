"""The question bank and the study notes as each worker keeps them in memory (``studyguide.versioned``).

Items with their keys and rendered study notes are read on most student pages and change only when the
course is loaded or edited in the admin. Every write to them (``save()``/``delete()`` of a note, item, key
point, misconception or choice, and ``course_load`` as a whole) bumps the ``course`` token, so each worker
rebuilds what it kept on its next request.
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save

from studyguide.versioned import Versioned

COURSE = Versioned("course")


def _changed(sender, **kwargs) -> None:
    COURSE.bump()


def connect() -> None:
    """Called once by the course app."""
    from .models import Choice, Item, KeyPoint, Misconception, StudyNote

    for model in (StudyNote, Item, KeyPoint, Misconception, Choice):
        post_save.connect(_changed, sender=model, dispatch_uid=f"course-cache-save-{model.__name__}")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"course-cache-delete-{model.__name__}")
