"""Queue again the grading of every exam whose grading job has been pending too long (a worker died, or none
ran): the result page does this for the attempt a student opens; this does it for all of them."""

from django.core.management.base import BaseCommand

from quiz.exam_grading import exam_grading_resume_all


class Command(BaseCommand):
    help = "Queue again every exam grading job pending for longer than QUIZ_GRADING_STALE_SECONDS."

    def handle(self, *args, **opts):
        resumed = exam_grading_resume_all()
        self.stdout.write(
            f"{len(resumed)} exam grading job(s) queued again" + (f": {resumed}" if resumed else "")
        )
