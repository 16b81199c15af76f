"""Where trained project models live: folders directly inside ``CLASSIFIER_MODEL_DIR/projects``."""

from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings

FOLDER_PATTERN = re.compile(r"^job-[0-9]+$")


class UnsafeModelPath(ValueError):
    """A folder name that is not one of ours (it would leave the projects directory)."""


def projects_dir() -> Path:
    return Path(settings.CLASSIFIER_MODEL_DIR) / "projects"


def folder_for_job(job_id: int) -> str:
    return f"job-{int(job_id)}"


def model_folder(folder: str) -> Path:
    """The checked absolute path of a model folder: only names we generate, only inside projects_dir()."""
    if not FOLDER_PATTERN.match(folder):
        raise UnsafeModelPath(folder)
    base = projects_dir().resolve()
    path = (base / folder).resolve()
    if path.parent != base:
        raise UnsafeModelPath(folder)
    return path
