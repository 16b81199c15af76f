"""A form field written out as Django's own widget templates would write it, without rendering them.

Rendering a widget goes through the form renderer's template engine (the widget's template, then
``attrs.html`` and, for inputs, ``input.html``): on the practice card and the spaced-review page the answer
box and its hidden key were about a tenth of the request. Here the attributes and the value still come from
Django (``BoundField.build_widget_attrs`` and ``Widget.get_context``: required, ``aria-invalid``,
``aria-describedby``, ids, prefixes, the bound or initial value), and only the writing of the tag is done in
Python, the way those templates write it. Anything else (another widget, a custom renderer, a localized or
hidden-initial field) is rendered by Django as before. ``tests/test_widgets.py`` compares both, hostile
values included.
"""

from __future__ import annotations

from django.forms.boundfield import BoundField, BoundWidget
from django.forms.renderers import DjangoTemplates
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

_INPUTS = {
    "django/forms/widgets/text.html",
    "django/forms/widgets/hidden.html",
    "django/forms/widgets/input.html",
}
_TEXTAREA = "django/forms/widgets/textarea.html"
# A radio or checkbox option written by .tag() (no label around it) is input.html too.
_OPTIONS = {"django/forms/widgets/radio_option.html", "django/forms/widgets/checkbox_option.html"}


def _attrs(attrs: dict) -> str:
    """As django/forms/widgets/attrs.html: False leaves an attribute out, True writes its bare name."""
    return "".join(
        f" {conditional_escape(name)}"
        if value is True
        else f' {conditional_escape(name)}="{conditional_escape(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


def _input(widget: dict) -> str:
    """As django/forms/widgets/input.html."""
    value = widget["value"]
    shown = "" if value is None else f' value="{conditional_escape(value)}"'
    return (
        f'<input type="{conditional_escape(widget["type"])}" name="{conditional_escape(widget["name"])}"'
        f"{shown}{_attrs(widget['attrs'])}>"
    )


def _default_renderer(renderer) -> bool:
    # Django's own form renderer finds its own widget templates first, so what it writes is known.
    return type(renderer) is DjangoTemplates


def field_html(bound: BoundField) -> SafeString:
    """``str(bound)`` for a text input, hidden input or textarea (the same markup), written directly."""
    field, widget = bound.field, bound.field.widget
    template = widget.template_name
    if (
        (template not in _INPUTS and template != _TEXTAREA)
        or field.localize
        or field.show_hidden_initial
        or not _default_renderer(bound.form.renderer)
    ):
        return SafeString(str(bound))
    # BoundField.as_widget, without the rendering.
    attrs = bound.build_widget_attrs({}, widget)
    if bound.auto_id and "id" not in widget.attrs:
        attrs.setdefault("id", bound.auto_id)
    context = widget.get_context(bound.html_name, bound.value(), attrs)["widget"]
    if template == _TEXTAREA:
        value = context["value"]
        html = (
            f'<textarea name="{conditional_escape(context["name"])}"{_attrs(context["attrs"])}>\n'
            f"{conditional_escape(value) if value else ''}</textarea>"
        )
    else:
        html = _input(context)
    return mark_safe(html)  # noqa: S308 (every value above is escaped)


def option_tag(option: BoundWidget) -> SafeString:
    """``option.tag`` for a radio button or checkbox (one option of a choice field), written directly."""
    if option.template_name not in _OPTIONS or not _default_renderer(option.renderer):
        return SafeString(option.tag())
    return mark_safe(_input(option.data))  # noqa: S308 (every value is escaped)
