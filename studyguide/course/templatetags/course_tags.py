from django import template
from django.utils.safestring import mark_safe

from studyguide.course.markup import render

register = template.Library()


@register.filter
def note_markup(text: str) -> str:
    return mark_safe(render(text or ""))  # noqa: S308 (render() escapes all input first)
