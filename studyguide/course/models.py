from django.db import models


class StudyNote(models.Model):
    """A concise note, in our own words, on one section of chapter 2."""

    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(max_length=200)
    order = models.PositiveIntegerField(default=0)
    summary = models.CharField(max_length=300, blank=True)
    body = models.TextField(help_text="Markdown subset: paragraphs, '- ' bullets, **bold**, `code`.")
    source_hash = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        ordering = ["order", "slug"]

    def __str__(self) -> str:
        return self.title


class Item(models.Model):
    class Kind(models.TextChoices):
        FREE_TEXT = "free_text", "Free text"
        MULTIPLE_CHOICE = "multiple_choice", "Multiple choice"
        ORDERING = "ordering", "Ordering"
        SHORT_EXACT = "short_exact", "Short exact answer"
        REFLECTION = "reflection", "Reflection (teacher-graded)"

    item_id = models.CharField("id", max_length=40, unique=True)
    source_ref = models.CharField(max_length=120)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    prompt = models.TextField()
    reference_answer = models.TextField()
    note = models.ForeignKey(
        StudyNote, on_delete=models.SET_NULL, null=True, blank=True, related_name="items"
    )
    variant_of = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="variants"
    )
    order = models.PositiveIntegerField(default=0)
    points_needed = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="Free text: full credit once this many key points are covered ('name any three' items).",
    )
    multiple = models.BooleanField(default=False, help_text="Multiple choice: several answers are correct.")
    steps = models.JSONField(default=list, blank=True, help_text="Ordering: the steps in the correct order.")
    distractors = models.JSONField(default=list, blank=True, help_text="Ordering: steps that do not belong.")
    accepted = models.JSONField(default=list, blank=True, help_text="Short exact: accepted answers.")
    checklist = models.JSONField(
        default=list, blank=True, help_text="Reflection: what a good answer contains."
    )
    book_wording = models.TextField(
        blank=True, help_text="The book's own wording, imported by a class that owns the book. Never shipped."
    )
    # Bumped whenever the key (key points, misconceptions, choices, order) changes: answers graded under an
    # older key version are candidates for a regrade.
    key_version = models.PositiveIntegerField(default=1)
    source_hash = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        ordering = ["order", "item_id"]

    def __str__(self) -> str:
        return f"{self.item_id}: {self.prompt[:60]}"

    @property
    def auto_graded(self) -> bool:
        return self.kind != self.Kind.REFLECTION


class KeyPoint(models.Model):
    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="key_points")
    order = models.PositiveIntegerField(default=0)
    label = models.CharField(max_length=120)
    detail = models.TextField()
    phrasings = models.JSONField(default=list, blank=True, help_text="Accepted phrasings and synonyms.")
    optional = models.BooleanField(
        default=False,
        help_text="Worth knowing but not asked for: shown with the key, never graded.",
    )

    class Meta:
        ordering = ["item", "order"]

    def __str__(self) -> str:
        return self.label


class Misconception(models.Model):
    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="misconceptions")
    order = models.PositiveIntegerField(default=0)
    label = models.CharField(max_length=160)
    phrasings = models.JSONField(default=list, blank=True)
    patterns = models.JSONField(
        default=list,
        blank=True,
        help_text="Regular expressions for wrong ideas that phrasings cannot tell apart.",
    )
    penalty = models.FloatField(
        null=True, blank=True, help_text="Credit lost at full strength (0–1); empty: default."
    )
    feedback = models.TextField()

    class Meta:
        ordering = ["item", "order"]

    def __str__(self) -> str:
        return self.label


class Choice(models.Model):
    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="choices")
    order = models.PositiveIntegerField(default=0)
    text = models.CharField(max_length=300)
    correct = models.BooleanField(default=False)
    why = models.TextField(blank=True)

    class Meta:
        ordering = ["item", "order"]

    def __str__(self) -> str:
        return self.text
