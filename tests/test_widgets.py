"""studyguide/widgets.py writes text inputs, hidden inputs, textareas and radio/checkbox options directly:
the markup must be what Django's widget templates write, in every state the forms are shown in."""

from __future__ import annotations

import pytest
from django import forms

from studyguide.widgets import field_html, option_tag

HOSTILE = ['<script>alert("x")</script>', 'it\'s & "quoted"\nsecond line', "  ", "émoji ✓", "0"]


class Sample(forms.Form):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 5, "data-x": '"><b>'}))
    line = forms.CharField(
        required=False, max_length=30, widget=forms.TextInput(attrs={"autocomplete": "off"})
    )
    hint = forms.CharField(help_text="A hint <b>here</b>", widget=forms.TextInput(attrs={"disabled": False}))
    flag = forms.CharField(required=False, widget=forms.TextInput(attrs={"readonly": True}))
    key = forms.UUIDField(widget=forms.HiddenInput, required=False)
    number = forms.IntegerField(widget=forms.HiddenInput, initial=12345, min_value=0)
    one = forms.ChoiceField(choices=[("1", "a <i>"), ("2", 'b "q"')], widget=forms.RadioSelect)
    many = forms.MultipleChoiceField(choices=[("1", "a"), ("2", "b")], widget=forms.CheckboxSelectMultiple)


def _forms():
    yield Sample()
    yield Sample(prefix="item-7", initial={"text": HOSTILE[0], "line": HOSTILE[1], "one": "2"})
    yield Sample(auto_id=False)
    yield Sample(data={})  # every required field in error: aria-invalid, aria-describedby
    for value in HOSTILE:
        data = {"text": value, "line": value * 10, "hint": value, "key": value, "number": value, "one": value}
        yield Sample(data=data)
        yield Sample(data={**data, "many": ["1", value]}, prefix="p")


@pytest.mark.parametrize("form", list(_forms()))
def test_fields_are_written_as_django_writes_them(form):
    for bound in form:
        assert field_html(bound) == str(bound), bound.name
        if bound.name in ("one", "many"):
            for option in bound:
                assert option_tag(option) == option.tag(), (bound.name, option.data["value"])


def test_other_widgets_are_left_to_django():
    class Other(forms.Form):
        pick = forms.ChoiceField(choices=[("a", "A")])
        amount = forms.DecimalField(localize=True, widget=forms.TextInput, initial=1234.5)
        shown = forms.CharField(show_hidden_initial=True, initial="x")

    for bound in Other():
        assert field_html(bound) == str(bound), bound.name


def test_the_answer_form_is_written_as_django_writes_it(course):
    from quiz.forms import ItemAnswerForm
    from studyguide.course.models import Item

    items = list(Item.objects.all())
    assert {i.kind for i in items} == set(Item.Kind.values)  # every kind of answer form
    for item in items:
        for form in (
            ItemAnswerForm(item=item),
            ItemAnswerForm(data={}, item=item),
            ItemAnswerForm(data={"text": HOSTILE[1]}, item=item, with_key=False, prefix=item.item_id),
        ):
            if "text" in form.fields:
                assert form.text_html() == str(form["text"])
            assert form.hidden_html() == "".join(str(f) for f in form.hidden_fields())
            if "choices" in form.fields:
                assert [tag for _option, tag in form.choice_tags()] == [o.tag() for o in form["choices"]]
