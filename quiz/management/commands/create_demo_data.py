"""Fill the "Demo cohort" with realistic answers so the review pages are alive on first run.

Needs `load_course`, `create_quizzes` and `create_demo_accounts` first (``make run`` does that in debug
mode). Idempotent: students who already sat the demo check are left alone. Every answer below was written
for this project (varied quality, with a few near-paraphrases as in a real class so that answer groups show
up: some right, some partial, some wrong, one blank) and is graded by the real grader through the ordinary
quiz services."""

import uuid
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from quiz import exam_grading, exam_services, services
from quiz.models import Answer, Attempt, Quiz
from quiz.review.services import ReviewError, regrade_request_create
from studyguide.accounts.models import Cohort, Membership
from studyguide.course.models import Item

DEMO_COHORT = "Demo cohort"
DEMO_QUIZ_TITLE = "Demo cohort — chapter 2 check"
EXTRA_STUDENTS = [
    ("demo_amira", "Amira", "Haddad"),
    ("demo_ben", "Ben", "Okafor"),
    ("demo_chloe", "Chloé", "Martin"),
    ("demo_dev", "Dev", "Raman"),
    ("demo_ewa", "Ewa", "Nowak"),
]

# item id -> answers, one per student in order (the list wraps around when there are more students).
EXAM_ANSWERS: dict[str, list[str]] = {
    "ch2-q10": [
        "A fastai class that stores the DataLoader objects you pass it: usually one for training and one for "
        "validation, reachable as dls.train and dls.valid. Each of them hands the model mini-batches of "
        "inputs "
        "with their labels.",
        "It wraps a training DataLoader and a validation DataLoader together so the learner can get batches "
        "from both.",
        "DataLoaders loads the images from the disk.",
        "It is the PyTorch DataLoader class that fastai uses to read the data.",
        "An object that keeps the train and valid loaders; you normally get it from a DataBlock and give it "
        "to the "
        "learner.",
        "It gives batches of data to the model while it trains.",
        "It is just PyTorch's DataLoader class.",
        "",
    ],
    "ch2-q12": [
        "It decides which items go to the validation set and which to the training set, for example "
        "RandomSplitter(valid_pct=0.2, seed=42) keeps a random 20% aside for validation.",
        "The splitter says how to split the data into a training set and a validation set.",
        "It splits the dataset into mini-batches for the GPU.",
        "It uses a seed so that the split is the same every time.",
        "Splits the images into train and valid, by default 20 percent for validation picked at random.",
        "It cuts every image into smaller pieces.",
        "It says how the data is split into a training set and a validation set.",
        "It separates the labels from the inputs.",
    ],
    "ch2-q16": [
        "Making random changes to the training images each time they are used (flips, rotations, warps, "
        "brightness "
        "and contrast changes) that keep the label the same. The model sees more variety, so it generalises "
        "better "
        "and overfits less, which matters most when there is not much data.",
        "Creating changed copies of the images, like rotating or flipping them, so the model does not "
        "overfit.",
        "Data augmentation is resizing all the images to one size so they fit in a batch.",
        "It means collecting more data from the internet to make the dataset bigger.",
        "Random transformations such as flipping or changing the brightness, so the network learns what "
        "matters "
        "instead of memorising the pictures.",
        "We use it to get more training data for free.",
        "It makes random changes to the images, like flips and rotations, so the model does not overfit.",
        "Squish and pad are augmentation methods that create new images.",
    ],
    "ch2-q17": [
        "item_tfms run on each item on its own, on the CPU, before batching (typically Resize so every "
        "image has "
        "the same size), while batch_tfms run on a whole mini-batch at once on the GPU, which is where "
        "augmentation "
        "such as aug_transforms usually happens.",
        "item_tfms are applied to single images and batch_tfms to a whole batch on the GPU.",
        "item_tfms are for the training set and batch_tfms are for the validation set.",
        "batch_tfms is faster because it uses the GPU.",
        "Item transforms resize each picture so they can be stacked; batch transforms do the augmentation "
        "on many "
        "images together.",
        "They are the same thing but batch_tfms applies to the whole dataset.",
        "item_tfms are applied to each image separately, batch_tfms to the whole batch on the GPU.",
        "Not sure, one of them is used for data augmentation.",
    ],
    "ch2-q18": [
        "A table of actual labels (rows) against predicted labels (columns) over the validation set. The "
        "diagonal "
        "counts the correct predictions and every other cell a kind of mistake, so you see which classes "
        "get mixed "
        "up and how often.",
        "It shows for each true class how many images were predicted as each class, so you see where the "
        "model "
        "gets confused.",
        "It is a single number that tells you the accuracy of the model.",
        "A 2x2 table of true positives, false positives, false negatives and true negatives.",
        "A grid where the diagonal is what the model got right.",
        "It shows which categories the model confuses with each other.",
        "It is one number showing how accurate the model is.",
        "Rows are the real classes and columns are the predicted ones.",
    ],
    "ch2-q25": [
        "Data the model meets in production that differs in an important way from what it was trained on, "
        "such as "
        "night-time camera frames when it only saw daytime photos. Its predictions on that data can be wrong "
        "without any warning.",
        "Data that is unlike the training data, so the model may behave unpredictably.",
        "Any data that was not in the training set.",
        "Images that come from a different website than the one we downloaded ours from.",
        "When real-world inputs look different from the training images, like drawings or blurry video, and "
        "the "
        "model cannot handle them.",
        "Data with wrong labels.",
        "Data that was not part of the training set.",
        "An input that differs from what the model learned, like a photo of a cat given to the bear "
        "classifier.",
    ],
}

# Earlier practice tries (weaker), for "progress over attempts": student index -> [(item id, text)].
PRACTICE_ANSWERS: dict[int, list[tuple[str, str]]] = {
    0: [("ch2-q16", "Flipping and rotating the images."), ("ch2-q18", "It shows how accurate the model is.")],
    1: [
        (
            "ch2-q18",
            "A table showing which classes the model mixes up, with real classes against predicted ones.",
        ),
        ("ch2-q25", "Data from a different domain."),
    ],
    2: [("ch2-q10", "It holds the data."), ("ch2-q12", "It splits the data.")],
}
REGRADE_REASON = (
    "I wrote that the rows are the real classes and the columns the predictions, and that it shows which "
    "classes "
    "get mixed up. I think that covers the question."
)


class Command(BaseCommand):
    help = "Fill the Demo cohort with varied, graded answers (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--extra-students", type=int, default=len(EXTRA_STUDENTS), help="Extra demo students (no login)."
        )

    def handle(self, *args, extra_students: int, **options):
        cohort = Cohort.objects.filter(name=DEMO_COHORT).order_by("pk").first()
        if cohort is None:
            raise CommandError("No “Demo cohort”: run `manage.py create_demo_accounts --password ...` first.")
        items = {i.item_id: i for i in Item.objects.filter(item_id__in=list(EXAM_ANSWERS))}
        missing = sorted(set(EXAM_ANSWERS) - set(items))
        if missing:
            raise CommandError(
                f"Items missing from the question bank ({', '.join(missing)}): run load_course first."
            )
        teacher = cohort.teachers.order_by("pk").first()
        self._add_extra_students(cohort, max(0, min(extra_students, len(EXTRA_STUDENTS))))
        quiz = Quiz.objects.filter(cohort=cohort, title=DEMO_QUIZ_TITLE).first()
        if quiz is None:
            quiz = services.quiz_create(
                teacher=teacher,
                title=DEMO_QUIZ_TITLE,
                items=[items[i] for i in EXAM_ANSWERS],
                mode=Quiz.Mode.EXAM,
                cohort=cohort,
                description="Six free-text questions from chapter 2 (demo data).",
                review_policy=Quiz.ReviewPolicy.AFTER_RELEASE,
            )
        students = [
            m.student
            for m in Membership.objects.filter(cohort=cohort).select_related("student").order_by("pk")
        ]
        embedder = None
        done = 0
        for index, student in enumerate(students):
            if Attempt.objects.filter(quiz=quiz, student=student).exists():
                continue
            if embedder is None:
                embedder = services.get_embedder()
            self._practice(index, student, embedder)
            self._exam(index, student, quiz, items, embedder)
            done += 1
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data: {done} student(s) filled in “{cohort.name}” "
                f"({len(students) - done} already had answers); quiz “{quiz.title}”."
            )
        )

    def _add_extra_students(self, cohort, n: int) -> None:
        User = get_user_model()
        for username, first, last in EXTRA_STUDENTS[:n]:
            user, created = User.objects.get_or_create(
                username=username, defaults={"first_name": first, "last_name": last}
            )
            if created:
                user.set_unusable_password()
                user.save(update_fields=["password"])
            Membership.objects.get_or_create(cohort=cohort, student=user)

    def _practice(self, index: int, student, embedder) -> None:
        tries = PRACTICE_ANSWERS.get(index)
        if not tries:
            return
        when = timezone.now() - timedelta(days=3)
        attempt = services.practice_attempt_start(student=student)
        for item_id, text in tries:
            item = Item.objects.get(item_id=item_id)
            answer, _ = services.practice_answer_submit(
                attempt=attempt,
                item=item,
                data=services.AnswerData(text=text),
                submission_key=uuid.uuid4(),
                embedder=embedder,
                now=when,
            )
            Answer.objects.filter(pk=answer.pk).update(created_at=when)
        services.practice_attempt_finish(attempt=attempt, now=when)
        Attempt.objects.filter(pk=attempt.pk).update(started_at=when)
        if index == 1:  # one student disagrees with a grade: it shows up first in the teacher's queue
            answer = Answer.objects.filter(attempt=attempt, item__item_id="ch2-q18").first()
            if answer is not None:
                try:
                    regrade_request_create(student=student, answer=answer, reason=REGRADE_REASON)
                except ReviewError:
                    pass

    def _exam(self, index: int, student, quiz, items, embedder) -> None:
        when = timezone.now() - timedelta(days=1, minutes=7 * index)
        attempt = services.attempt_start(quiz=quiz, student=student, now=when)
        drafts = {}
        for item_id, texts in EXAM_ANSWERS.items():
            drafts[items[item_id]] = services.AnswerData(text=texts[index % len(texts)])
        with transaction.atomic():
            Attempt.objects.filter(pk=attempt.pk).update(started_at=when)
        submitted = when + timedelta(minutes=25)
        # graded here with the embedder already loaded, as the task worker would grade it
        exam_services.exam_submit(attempt=attempt, drafts=drafts, now=submitted, queue_grading=False)
        exam_grading.exam_grade(attempt_id=attempt.pk, embedder=embedder, now=submitted)
        Answer.objects.filter(attempt=attempt).update(created_at=when + timedelta(minutes=10))
