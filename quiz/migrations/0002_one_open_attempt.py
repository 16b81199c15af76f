from django.db import migrations, models
from django.utils import timezone


def close_duplicate_open_attempts(apps, schema_editor):
    """Before the constraint: where the old race left several open attempts at one quiz, keep the newest one
    open (the one ``attempt_start`` resumed) and close the others as submitted. Their answers are kept."""
    Attempt = apps.get_model("quiz", "Attempt")
    seen = set()
    for attempt in Attempt.objects.filter(status="in_progress").order_by("-started_at", "-pk"):
        key = (attempt.quiz_id, attempt.student_id)
        if key in seen:
            Attempt.objects.filter(pk=attempt.pk).update(status="submitted", submitted_at=timezone.now())
        seen.add(key)


class Migration(migrations.Migration):

    dependencies = [
        ("quiz", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(close_duplicate_open_attempts, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="attempt",
            constraint=models.UniqueConstraint(
                condition=models.Q(("status", "in_progress")),
                fields=("quiz", "student"),
                name="one_open_attempt_per_student_and_quiz",
            ),
        ),
    ]
