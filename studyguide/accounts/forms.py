from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm

from .models import Cohort


class SignUpForm(UserCreationForm):
    email = forms.EmailField(
        required=False, max_length=254, help_text="Optional; needed only to reset a forgotten password."
    )

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "email")

    def clean_username(self):
        username = self.cleaned_data["username"]
        if get_user_model().objects.filter(username__iexact=username).exists():
            raise forms.ValidationError("That username is taken. Please choose another.")
        return username


class CohortForm(forms.ModelForm):
    class Meta:
        model = Cohort
        fields = ["name"]
        labels = {"name": "Cohort name"}
        help_texts = {"name": "For example “Fastai study group, spring term”."}

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if not name:
            raise forms.ValidationError("Give the cohort a name.")
        if any(ord(ch) < 32 for ch in name):
            raise forms.ValidationError("The name contains control characters.")
        return name


class JoinCohortForm(forms.Form):
    code = forms.CharField(
        label="Join code",
        max_length=32,
        help_text="The 8-character code your teacher gave you.",
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )
