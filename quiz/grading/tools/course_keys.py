"""Grader keys straight from the course content file (no database): what the offline tools grade with.

The site builds its keys from the database rows that ``load_course`` writes from the same file
(``quiz.keys.item_key_from``); a test checks that both give the same ``ItemKey`` for every item.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from quiz.grading import ItemKey, KeyPoint, Misconception

CONTENT_FILE = Path(__file__).resolve().parents[3] / "studyguide" / "course" / "content" / "chapter02.yaml"


def item_key_from_entry(entry: Mapping) -> ItemKey:
    """The grader's key of one free-text item entry of the content file (optional key points left out)."""
    points = [p for p in entry.get("key_points") or [] if not p.get("optional")]
    optional = [p for p in entry.get("key_points") or [] if p.get("optional")]
    return ItemKey(
        item_id=entry["id"],
        question=entry["prompt"].strip(),
        reference_answer=entry["reference_answer"].strip(),
        key_points=tuple(
            KeyPoint(label=p["label"], detail=p["detail"], phrasings=tuple(p.get("phrasings") or ()))
            for p in points
        ),
        misconceptions=tuple(
            Misconception(
                label=m["label"],
                feedback=m["feedback"],
                phrasings=tuple(m.get("phrasings") or ()),
                patterns=tuple(m.get("patterns") or ()),
                penalty=m.get("penalty"),
            )
            for m in entry.get("misconceptions") or []
        ),
        credit_key_points=True,
        points_needed=entry.get("points_needed"),
        optional_points=tuple(
            KeyPoint(label=p["label"], detail=p["detail"], phrasings=tuple(p.get("phrasings") or ()))
            for p in optional
        ),
    )


def course_item_keys(path: Path | str = CONTENT_FILE) -> dict[str, ItemKey]:
    """Keys of every free-text item of the content file, by item id (the file is validated first)."""
    from studyguide.course.schema import read_content  # pure: yaml and the schema check only

    data = read_content(Path(path))
    return {e["id"]: item_key_from_entry(e) for e in data["items"] if e.get("kind") == "free_text"}


def course_items(path: Path | str = CONTENT_FILE) -> dict[str, Mapping]:
    """Every item entry of the content file by id (any kind)."""
    from studyguide.course.schema import read_content

    return {e["id"]: e for e in read_content(Path(path))["items"]}
