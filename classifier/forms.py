import functools

from django import forms

from classifier.labs import CORRUPTIONS, SEVERITIES
from classifier.models import Flag


class UploadForm(forms.Form):
    image = forms.FileField(
        label="Photo",
        widget=forms.ClearableFileInput(attrs={"accept": "image/*", "capture": "environment"}),
    )
    # Size, format and pixel limits are checked once, where the bytes are decoded (safe_image.load_upload).


class ShiftForm(forms.Form):
    corruption = forms.ChoiceField(choices=[(k, v[0]) for k, v in CORRUPTIONS.items()], initial="night")
    severity = forms.TypedChoiceField(choices=[(s, str(s)) for s in SEVERITIES], coerce=int, initial=3)


class FlagForm(forms.Form):
    correct_label = forms.ChoiceField(label="What is it really?", required=False)
    note = forms.CharField(
        label="Note for your teacher",
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, vocab=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["correct_label"].choices = (
            [("", "—")] + [(v, v) for v in vocab] + [(Flag.NOT_A_BEAR, "not a bear")]
        )


class ThresholdForm(forms.Form):
    """The gate threshold slider, in % of bear mass (the page snaps it to 0.1 % steps)."""

    threshold = forms.FloatField(min_value=0.0, max_value=100.0, required=False)


class PromoteForm(forms.Form):
    caption = forms.CharField(label="Caption for students (optional)", max_length=200, required=False)


class RenderedField:
    """A field of an unbound form rendered once: ``{{ field }}`` and ``{{ field.label_tag }}`` give exactly
    what the bound field gives."""

    def __init__(self, bound: forms.BoundField):
        self.html = str(bound)  # safe HTML, as the bound field renders it
        self.label_tag = bound.label_tag()

    def __str__(self) -> str:
        return self.html

    def __html__(self) -> str:
        return self.html


@functools.lru_cache(maxsize=16)
def unbound_page_forms(vocab: tuple[str, ...]) -> dict[str, dict[str, RenderedField]]:
    """The classifier page's empty shift and flag forms, rendered once per process and model vocabulary:
    rendering their widgets through the form templates took a quarter of the page. Nothing in them depends
    on the request (the CSRF token is the page's own tag)."""
    return {
        name: {field.name: RenderedField(field) for field in form}
        for name, form in (("shift_form", ShiftForm()), ("flag_form", FlagForm(vocab=vocab)))
    }
