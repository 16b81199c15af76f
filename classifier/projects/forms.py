from django import forms
from django.core.validators import RegexValidator

from classifier.projects import limits
from classifier.projects.models import CLASS_NAME_PATTERN

CLASS_NAME_HELP = "Letters, digits, spaces, - and _ (up to 40 characters), e.g. grizzly"
class_name_validator = RegexValidator(CLASS_NAME_PATTERN, "Use letters, digits, spaces, - or _ (up to 40).")


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class ProjectForm(forms.Form):
    name = forms.CharField(max_length=80, label="Project name")
    classes = forms.CharField(
        max_length=300,
        label="Class names, one per line (2 to 5)",
        widget=forms.Textarea(attrs={"rows": 5, "placeholder": "grizzly\nblack\nteddy"}),
        help_text=CLASS_NAME_HELP,
    )

    def clean_classes(self) -> list[str]:
        names = [n.strip() for n in self.cleaned_data["classes"].replace(",", "\n").splitlines() if n.strip()]
        if not limits.MIN_CLASSES <= len(names) <= limits.MAX_CLASSES:
            raise forms.ValidationError("Give 2 to 5 class names.")
        for n in names:
            class_name_validator(n)
        if len({n.lower() for n in names}) != len(names):
            raise forms.ValidationError("Each class needs its own name.")
        return names


class ClassForm(forms.Form):
    name = forms.CharField(max_length=40, label="New class", validators=[class_name_validator])


class UploadForm(forms.Form):
    """Several images, or zips of images. The files themselves are checked by the service, one by one."""

    files = forms.FileField(
        label="Images or a zip",
        widget=MultipleFileInput(attrs={"multiple": True, "accept": "image/*,.zip,application/zip"}),
        required=False,
    )


class TrainForm(forms.Form):
    epochs = forms.IntegerField(min_value=1, initial=3, label="Epochs")
    train_backbone = forms.BooleanField(
        required=False, label="Also fine-tune the backbone (much slower; the book's fine_tune)"
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cap = limits.current().max_epochs  # a setting: read when the form is made, not at import
        self.fields["epochs"] = forms.IntegerField(min_value=1, max_value=cap, initial=3, label="Epochs")


def cleaner_decisions(post, *, image_ids: set[int], class_ids: set[int]) -> dict[int, str]:
    """Read the cleaner's ``choice-<image id>`` fields; anything unknown counts as keep."""
    decisions = {}
    allowed = {"keep", "delete"} | {f"move:{c}" for c in class_ids}
    for key, value in post.items():
        if not key.startswith("choice-") or not key[7:].isdigit():
            continue
        image_id = int(key[7:])
        if image_id in image_ids and value in allowed:
            decisions[image_id] = value
    return decisions
