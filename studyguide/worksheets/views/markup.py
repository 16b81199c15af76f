"""The edit page's repeated live markup (a field's hidden versions, a list's rows, a choice's options), built
in Python rather than by the template language, which resolved five variables and an ``{% if %}`` for every
row of every field on every request. Each function gives byte for byte what the template markup it replaced
gave, escaped the same way (``conditional_escape``); the field's frame around it is still the template's
(``worksheets/edit.html#field``, rendered once per process)."""

from __future__ import annotations

from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

from .. import spec

_OOB = mark_safe(' hx-swap-oob="true"')


def field_meta(name: str, base: int, orig: str, *, oob: bool = False) -> SafeString:
    """The hidden version and fingerprint a field's saves are based on; autosave replaces it out of band.
    The version is written as a bare integer (the save parses it back with int(), so it is never grouped)."""
    name = conditional_escape(name)
    return mark_safe(  # noqa: S308 (the name and fingerprint are escaped, the version is an int)
        f'<span id="meta-{name}"{_OOB if oob else ""}>'
        f'<input type="hidden" name="base_{name}" value="{int(base)}">'
        f'<input type="hidden" name="orig_{name}" value="{conditional_escape(orig)}"></span>\n'
    )


def list_rows(f: spec.FieldSpec, items: list) -> SafeString:
    """A list field's rows, one text input each; the first carries the id its label points to. A row's number
    in its aria-label stays below 1000 (spec.LIST_MAX_ITEMS plus three blank rows), so no locale groups it."""
    name = conditional_escape(f.name)
    label = conditional_escape(f.label)
    rows = []
    for counter, item in enumerate(items, 1):
        first = f' id="id_{name}"' if counter == 1 else ""
        rows.append(
            f'\n        <li><input type="text" name="{name}" value="{conditional_escape(item)}"{first} '
            f'aria-describedby="help-{name}" aria-label="{label} row {counter}"></li>\n      '
        )
    return mark_safe("".join(rows))  # noqa: S308 (every piece above is escaped)


def choice_options(f: spec.FieldSpec, value) -> SafeString:
    """A choice field's options, the stored (or typed) value selected."""
    return mark_safe(  # noqa: S308 (every piece is escaped)
        "".join(
            f'<option value="{conditional_escape(code)}"{" selected" if code == value else ""}>'
            f"{conditional_escape(label)}</option>"
            for code, label in f.choices
        )
    )
