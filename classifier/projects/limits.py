"""The limits of student projects, read from settings when used (so tests and env overrides apply)."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings

from classifier.projects.archive import ZipLimits

MIN_CLASSES = 2
MAX_CLASSES = 5


@dataclass(frozen=True)
class Limits:
    max_projects_per_user: int
    max_images_per_class: int
    max_images_per_project: int
    max_bytes_per_user: int
    max_files_per_upload: int
    max_file_bytes: int
    max_pixels: int
    image_max_side: int
    min_images_per_class: int
    max_epochs: int

    @property
    def max_file_mb(self) -> int:
        return self.max_file_bytes // (1024 * 1024)


def current() -> Limits:
    return Limits(
        max_projects_per_user=settings.CLASSIFIER_PROJECT_MAX_PROJECTS_PER_USER,
        max_images_per_class=settings.CLASSIFIER_PROJECT_MAX_IMAGES_PER_CLASS,
        max_images_per_project=settings.CLASSIFIER_PROJECT_MAX_IMAGES_PER_PROJECT,
        max_bytes_per_user=settings.CLASSIFIER_PROJECT_MAX_BYTES_PER_USER,
        max_files_per_upload=settings.CLASSIFIER_PROJECT_MAX_FILES_PER_UPLOAD,
        max_file_bytes=settings.CLASSIFIER_MAX_UPLOAD_BYTES,
        max_pixels=settings.CLASSIFIER_MAX_PIXELS,
        image_max_side=settings.CLASSIFIER_PROJECT_IMAGE_MAX_SIDE,
        min_images_per_class=settings.CLASSIFIER_TRAINING_MIN_IMAGES_PER_CLASS,
        max_epochs=settings.CLASSIFIER_TRAINING_MAX_EPOCHS,
    )


def zip_limits() -> ZipLimits:
    return ZipLimits(
        max_zip_bytes=settings.CLASSIFIER_ZIP_MAX_BYTES,
        max_entries=settings.CLASSIFIER_ZIP_MAX_ENTRIES,
        max_total_bytes=settings.CLASSIFIER_ZIP_MAX_UNCOMPRESSED_BYTES,
        max_entry_bytes=settings.CLASSIFIER_MAX_UPLOAD_BYTES,
        max_ratio=settings.CLASSIFIER_ZIP_MAX_RATIO,
    )
