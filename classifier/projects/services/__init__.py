"""Writes for student projects, by room: projects and classes, images, training jobs, the cleaner."""
