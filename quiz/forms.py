"""Forms: one answer form per item (its fields depend on the item kind) and the teacher's quiz form."""

from __future__ import annotations

import uuid

from django import forms
from django.utils.safestring import mark_safe

from quiz.exam_drafts import Draft, fingerprint
from quiz.models import Quiz
from quiz.selectors import ordering_options
from quiz.services import MAX_STORED_ANSWER_CHARS, AnswerData
from studyguide.course.models import Item
from studyguide.text import clean_user_text
from studyguide.widgets import field_html, option_tag


class AnswerTextField(forms.CharField):
    """Free text: control characters dropped (newlines and tabs kept); over-long text refused, never cut."""

    def __init__(self, **kwargs):
        kwargs.setdefault("error_messages", {"required": "Write an answer before submitting."})
        super().__init__(**kwargs)

    def to_python(self, value):
        return super().to_python(clean_user_text(value))

    def validate(self, value):
        super().validate(value)
        if len(value) > MAX_STORED_ANSWER_CHARS:
            raise forms.ValidationError(
                f"Your answer is {len(value):,} characters long; the limit is {MAX_STORED_ANSWER_CHARS:,}. "
                "Shorten it and submit again (your text is kept below).",
                code="too_long",
            )


class ItemAnswerForm(forms.Form):
    """The answer to one item. ``require_answer`` is off in exam mode (blank items are allowed there)."""

    def __init__(
        self, *args, item: Item, require_answer: bool = True, with_key: bool = True, answer=None, **kw
    ):
        super().__init__(*args, **kw)
        self.item = item
        self.require_answer = require_answer
        self.options: list[str] = []
        kind = item.kind
        if kind in (Item.Kind.FREE_TEXT, Item.Kind.REFLECTION):
            self.fields["text"] = AnswerTextField(
                label="Your answer",
                required=require_answer,
                widget=forms.Textarea(attrs={"rows": 7 if kind == Item.Kind.REFLECTION else 5}),
            )
        elif kind == Item.Kind.SHORT_EXACT:
            self.fields["text"] = AnswerTextField(
                label="Your answer",
                required=require_answer,
                widget=forms.TextInput(attrs={"autocomplete": "off"}),
            )
        elif kind == Item.Kind.MULTIPLE_CHOICE:
            choices = [(str(c.pk), c.text) for c in item.choices.all()]
            if item.multiple:
                self.fields["choices"] = forms.MultipleChoiceField(
                    label="Pick every correct answer",
                    choices=choices,
                    required=require_answer,
                    widget=forms.CheckboxSelectMultiple,
                    error_messages={"required": "Pick at least one answer."},
                )
            else:
                self.fields["choices"] = forms.ChoiceField(
                    label="Pick one answer",
                    choices=choices,
                    required=require_answer,
                    widget=forms.RadioSelect,
                    error_messages={"required": "Pick an answer."},
                )
        elif kind == Item.Kind.ORDERING:
            self.options = ordering_options(item)
            positions = [("", "— leave out —")] + [(str(i), str(i)) for i in range(1, len(self.options) + 1)]
            saved = list(answer.order) if answer is not None and answer.order else None
            for k, text in enumerate(self.options):
                if saved is None:
                    initial = str(k + 1)
                else:
                    initial = str(saved.index(text) + 1) if text in saved else ""
                self.fields[f"pos_{k}"] = forms.ChoiceField(
                    label=text, choices=positions, required=False, initial=initial
                )
        if answer is not None and not self.is_bound:
            if "text" in self.fields:
                self.initial["text"] = answer.text
            if "choices" in self.fields:
                ids = [str(c) for c in answer.choice_ids]
                self.initial["choices"] = ids if item.multiple else (ids[0] if ids else None)
        if not with_key:
            # Exam forms: marks the item as present in a post, so an absent item never blanks a saved draft
            # while an emptied one (e.g. every checkbox unticked) is still stored.
            self.fields["seen"] = forms.CharField(widget=forms.HiddenInput, initial="1", required=False)
            # The draft version and the fingerprint of the answer this page shows (quiz.exam_services).
            self.fields["base"] = forms.IntegerField(
                widget=forms.HiddenInput,
                required=False,
                min_value=0,
                initial=getattr(answer, "draft_version", 0),
            )
            self.fields["orig"] = forms.CharField(
                widget=forms.HiddenInput,
                required=False,
                max_length=64,
                initial=fingerprint(self._shown_data()),
            )
        if with_key:
            self.fields["submission_key"] = forms.UUIDField(
                widget=forms.HiddenInput, initial=uuid.uuid4, required=False
            )

    # The answer box, the hidden fields and the options, written without Django's widget templates (the same
    # markup, studyguide/widgets.py).
    def text_html(self):
        return field_html(self["text"])

    def hidden_html(self):
        return mark_safe("".join(field_html(f) for f in self.hidden_fields()))  # noqa: S308 (each is safe)

    def choice_tags(self):
        """(option, its input's markup) for each option of a multiple-choice item."""
        return [(option, option_tag(option)) for option in self["choices"]]

    @property
    def position_fields(self):
        return [self[f"pos_{k}"] for k in range(len(self.options))]

    @property
    def kind(self) -> str:
        return self.item.kind

    def clean(self):
        data = super().clean()
        if self.item.kind == Item.Kind.ORDERING:
            self._check_positions(data)
        return data

    def _check_positions(self, data) -> None:
        """Two steps on one position would be ordered by where they happen to be listed, which is not what
        the student chose: say so instead (the page keeps their choices to fix)."""
        by_position: dict[str, list[str]] = {}
        for k, text in enumerate(self.options):
            if data.get(f"pos_{k}"):
                by_position.setdefault(data[f"pos_{k}"], []).append(text)
        shared = sorted(((int(p), texts) for p, texts in by_position.items() if len(texts) > 1))
        if shared:
            position, texts = shared[0]
            raise forms.ValidationError(
                "“%(steps)s” share position %(position)s: give each step its own position.",
                code="shared_position",
                params={"steps": "” and “".join(texts), "position": position},
            )
        if self.require_answer and not by_position:
            raise forms.ValidationError("Give a position to at least one step.")

    def _ordered(self, data) -> list[str]:
        ranked = []
        for k, text in enumerate(self.options):
            value = data.get(f"pos_{k}")
            if value:
                ranked.append((int(value), k, text))
        return [text for _pos, _k, text in sorted(ranked)]

    def _shown_data(self) -> AnswerData:
        """The answer an unbound form shows: what posting it untouched would send."""
        if self.item.kind == Item.Kind.MULTIPLE_CHOICE:
            raw = self.initial.get("choices") or []
            ids = [raw] if isinstance(raw, str) else list(raw)
            return AnswerData(choice_ids=sorted(int(i) for i in ids if i))
        if self.item.kind == Item.Kind.ORDERING:
            return AnswerData(
                order=self._ordered(
                    {f"pos_{k}": self.fields[f"pos_{k}"].initial for k in range(len(self.options))}
                )
            )
        return AnswerData(text=self.initial.get("text") or "")

    def draft(self) -> Draft:
        """A valid exam form's answer with the version it is based on (None when the post names none)."""
        resolve = self.data.get(self.add_prefix("resolve"), "")
        return Draft(
            data=self.answer_data(),
            base=self.cleaned_data.get("base"),
            orig=self.cleaned_data.get("orig") or "",
            resolve=int(resolve) if resolve.isdigit() else None,
        )

    def param_names(self) -> str:
        """The names this item posts on its own (htmx ``hx-params``): never the rest of the exam."""
        return ",".join([self.add_prefix(n) for n in self.fields] + [self.add_prefix("resolve")])

    def answer_data(self) -> AnswerData:
        data = self.cleaned_data
        kind = self.item.kind
        if kind == Item.Kind.MULTIPLE_CHOICE:
            raw = data.get("choices") or []
            ids = [raw] if isinstance(raw, str) else list(raw)
            return AnswerData(choice_ids=sorted(int(i) for i in ids if i))
        if kind == Item.Kind.ORDERING:
            return AnswerData(order=self._ordered(data))
        return AnswerData(text=data.get("text", ""))

    @property
    def submission_key(self):
        key = self.cleaned_data.get("submission_key") if hasattr(self, "cleaned_data") else None
        return key or uuid.uuid4()


def exam_forms(items, data=None, answers=None, autosave_url: str | None = None) -> list[ItemAnswerForm]:
    """One prefixed form per exam item (prefix = item id), bound to ``data`` or filled from saved drafts.

    With ``autosave_url`` every input carries htmx attributes that post its own item there (never the whole
    exam, so a stale tab cannot send answers it did not touch): text as you type (800 ms after the last
    keystroke), choices and positions on change. Only the item's status line is swapped.
    """
    answers = answers or {}
    forms_ = []
    for item in items:
        form = ItemAnswerForm(
            data,
            item=item,
            require_answer=False,
            with_key=False,
            answer=answers.get(item.pk),
            prefix=item.item_id,
        )
        if "text" in form.fields:
            form.fields["text"].label = f"Your answer to {item.source_ref}"
        if autosave_url:
            for f in form.fields.values():
                if isinstance(f.widget, forms.HiddenInput):
                    continue
                typing = isinstance(f.widget, (forms.Textarea, forms.TextInput))
                f.widget.attrs.update(
                    {
                        "hx-post": autosave_url,
                        "hx-trigger": "input changed delay:800ms" if typing else "change",
                        "hx-target": f"#status-{item.item_id}",
                        "hx-swap": "innerHTML",
                        "hx-params": form.param_names(),
                        "hx-sync": "closest section:queue last",
                    }
                )
        forms_.append(form)
    return forms_


def collect_drafts(forms_: list[ItemAnswerForm]) -> tuple[dict, dict[str, list[str]]]:
    """(drafts by item for the valid forms, error messages by item id for the invalid ones)."""
    drafts, errors = {}, {}
    for form in forms_:
        if form.is_bound and not any(form.add_prefix(name) in form.data for name in form.fields):
            continue  # the item was not in this post: keep its saved draft
        if form.is_valid():
            drafts[form.item] = form.draft()
        else:
            errors[form.item.item_id] = [e for errs in form.errors.values() for e in errs]
    return drafts, errors


class QuizForm(forms.ModelForm):
    """A teacher's quiz for one of their cohorts."""

    items = forms.ModelMultipleChoiceField(
        queryset=Item.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text="Main questions are ticked by default; quick-check variants can be added.",
    )

    class Meta:
        model = Quiz
        fields = [
            "title",
            "description",
            "cohort",
            "mode",
            "time_limit_minutes",
            "review_policy",
            "anonymous_grading",
        ]
        labels = {
            "time_limit_minutes": "Time limit (minutes)",
            "review_policy": "When students see their grades",
        }
        help_texts = {
            "time_limit_minutes": "Exam mode only; empty for no limit. Late submissions are kept and marked.",
            "review_policy": "Exam mode. Practice mode always gives feedback right after each answer.",
        }
        widgets = {"description": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, teacher, **kwargs):
        super().__init__(*args, **kwargs)
        from studyguide.accounts.selectors import cohorts_taught_by

        self.fields["cohort"].queryset = cohorts_taught_by(teacher)
        self.fields["cohort"].required = True
        self.fields["cohort"].empty_label = None
        self.fields["items"].queryset = Item.objects.order_by("order", "item_id")
        self.fields["items"].label_from_instance = lambda i: (
            f"{i.source_ref} · {i.get_kind_display()} — {i.prompt[:80]}"
        )
        if not self.is_bound:
            self.initial["items"] = list(
                Item.objects.filter(variant_of__isnull=True).values_list("pk", flat=True)
            )

    def clean_title(self):
        title = clean_user_text(self.cleaned_data["title"]).strip()
        if not title:
            raise forms.ValidationError("Give the quiz a title.")
        return title
