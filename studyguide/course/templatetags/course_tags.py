from django import template
from django.utils.safestring import mark_safe

from studyguide.course.markup import inline, render

register = template.Library()


@register.filter
def note_markup(text: str) -> str:
    return mark_safe(render(text or ""))  # noqa: S308 (render() escapes all input first)


@register.filter
def inline_markup(text: str) -> str:
    """A prompt, choice or step with its `code` spans shown as code (everything else escaped)."""
    return mark_safe(inline(str(text or "")))  # noqa: S308 (inline() escapes all input first)
