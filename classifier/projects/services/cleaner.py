"""Apply the cleaner's choices: delete or move the images the student marked; keep everything else."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from classifier.projects.models import Project, ProjectClass, ProjectImage

KEEP = "keep"
DELETE = "delete"
MOVE_PREFIX = "move:"


@dataclass
class CleanReport:
    deleted: int = 0
    moved: int = 0
    missing: int = 0  # already gone (another tab cleaned them first)


def cleaner_apply(*, project: Project, decisions: dict[int, str]) -> CleanReport:
    """``decisions`` maps image ids to ``keep``, ``delete`` or ``move:<class id>``. Ids outside the project
    and classes of other projects are ignored; only what the student chose changes."""
    report = CleanReport()
    classes = {k.pk: k for k in ProjectClass.objects.filter(project=project)}
    with transaction.atomic():
        project = Project.objects.select_for_update().get(pk=project.pk)
        images = {im.pk: im for im in ProjectImage.objects.filter(project=project, pk__in=list(decisions))}
        for image_id, choice in decisions.items():
            if choice == KEEP:
                continue
            image = images.get(image_id)
            if image is None:
                report.missing += 1
                continue
            if choice == DELETE:
                image.delete()  # its files go once this commits (classifier/projects/cleanup.py)
                report.deleted += 1
            elif choice.startswith(MOVE_PREFIX):
                suffix = choice[len(MOVE_PREFIX) :]
                target = classes.get(int(suffix)) if suffix.isdigit() else None
                if target is not None and target.pk != image.klass_id:
                    image.klass = target
                    image.save(update_fields=["klass"])
                    report.moved += 1
        if report.deleted or report.moved:
            project.save(update_fields=["updated_at"])
    return report
