"""Parsing of worksheet saves (autosave of one field, or the whole form) and of teacher comments.

A field takes part in a save only if both its value and its ``base_<name>`` (the version the browser's copy
is based on) are posted. ``orig_<name>`` is a fingerprint of the value the browser last loaded or saved: a
field whose value still matches it was not touched and is skipped, so a stale but untouched field can never
overwrite someone else's edit nor raise a conflict. ``resolve_<name>`` (the version the user has seen in a
conflict panel) replaces the base: "save my text over that version".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django import forms

from . import spec


@dataclass
class ParsedSave:
    submitted: dict = field(default_factory=dict)  # every posted field, as typed (shown back on errors)
    values: dict = field(default_factory=dict)  # valid and touched: to be saved
    bases: dict = field(default_factory=dict)
    origs: dict = field(default_factory=dict)
    errors: dict = field(default_factory=dict)

    @property
    def names(self) -> list[str]:
        return list(self.submitted)


def _int(value, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def parse_save(post) -> ParsedSave:
    parsed = ParsedSave()
    for name in spec.EDITABLE:
        if f"base_{name}" not in post or name not in post:
            continue
        if name in spec.LIST_FIELDS:
            value = spec.clean_list(post.getlist(name))
        else:
            value = spec.normalise_text(post.get(name, ""))
            if spec.BY_NAME[name].kind == "line":
                value = " ".join(value.split())
        parsed.submitted[name] = value
        resolve = post.get(f"resolve_{name}")
        parsed.bases[name] = _int(resolve) if resolve else _int(post.get(f"base_{name}"))
        orig = post.get(f"orig_{name}", "")
        parsed.origs[name] = orig
        if not resolve and orig and spec.fingerprint(value) == orig:
            continue  # untouched since the browser loaded it: never written, never a conflict
        error = spec.validate(name, value)
        if error:
            parsed.errors[name] = error
            continue
        if name == "title" and not value:
            value = spec.UNTITLED
        parsed.values[name] = value
    return parsed


class CommentForm(forms.Form):
    field = forms.ChoiceField(
        choices=[("general", "Whole worksheet")] + [(f.name, f.label) for f in spec.FIELDS]
    )
    body = forms.CharField(
        label="Comment", max_length=spec.COMMENT_LIMIT, widget=forms.Textarea(attrs={"rows": 3}), strip=True
    )
