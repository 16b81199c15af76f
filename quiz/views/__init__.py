"""Quiz-taking views (being split by journey)."""

from .practice import *  # noqa: F403
