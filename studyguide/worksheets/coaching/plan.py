"""The plan that coaching reads, derived from the worksheet's fields (``spec.FIELDS``), and its parsing from
JSON. Pure: no Django, no torch.

The plan is coarser than the worksheet: fields that feed the same plan key are joined (the three data fields
become ``data``), and ``experiment`` is the yes/no/unsure choice. The JSON interface takes the plan's keys
(and ``title``, which coaching ignores); ``JSON_KEYS`` are the ones its help names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field, fields, make_dataclass

from .. import spec


def _sources() -> dict[str, tuple[spec.FieldSpec, ...]]:
    out: dict[str, tuple[spec.FieldSpec, ...]] = {}
    for f in spec.FIELDS:
        if f.coached_as:
            out[f.coached_as] = (*out.get(f.coached_as, ()), f)
    return out


SOURCES = _sources()  # plan key -> the worksheet fields that feed it, in worksheet order

LIST_KEYS = frozenset(key for key, sources in SOURCES.items() if sources[0].kind == "list")
JSON_KEYS: tuple[str, ...] = tuple(key for key, sources in SOURCES.items() if any(f.listed for f in sources))
# Unlisted keys: the texts, then the yes/no/unsure choice, then the fields coaching ignores (the title). The
# plan checks its keys in this order, so a JSON worksheet with several bad values hears about the same one.
OPTIONAL_KEYS: tuple[str, ...] = tuple(
    sorted((key for key in SOURCES if key not in JSON_KEYS), key=lambda key: SOURCES[key][0].kind == "choice")
) + tuple(f.name for f in spec.FIELDS if not f.coached_as)

Plan = make_dataclass(
    "Plan",
    [
        (key, list[str], field(default_factory=list)) if key in LIST_KEYS else (key, str, field(default=""))
        for key in (*JSON_KEYS, *(key for key in OPTIONAL_KEYS if key in SOURCES))
    ],
)
Plan.__module__ = __name__
Plan.__doc__ = "A worksheet as coaching reads it: one attribute per plan key (strings; lists of strings)."


class PlanError(ValueError):
    pass


def plan_from_mapping(data: Mapping) -> Plan:
    """Validate a decoded JSON object and build a Plan. Unknown keys are an error (a typo would otherwise
    silently produce notes about an 'empty' field)."""
    if not isinstance(data, Mapping):
        raise PlanError(f"the worksheet must be a JSON object, not {type(data).__name__}")
    unknown = sorted(set(data) - set(JSON_KEYS) - set(OPTIONAL_KEYS))
    if unknown:
        raise PlanError(f"unknown key(s): {', '.join(unknown)}; expected some of: {', '.join(JSON_KEYS)}")
    kwargs: dict = {}
    for f in fields(Plan):
        value = data.get(f.name)
        if value is None:
            continue
        if f.name in LIST_KEYS:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise PlanError(f"'{f.name}' must be a list of strings")
            kwargs[f.name] = [v.strip() for v in value if v.strip()]
        else:
            if not isinstance(value, str):
                raise PlanError(f"'{f.name}' must be a string")
            kwargs[f.name] = value.strip()
    return Plan(**kwargs)


def plan_from_values(values: Mapping) -> Plan:
    """The coaching view of a worksheet's values; fields that share a plan key are joined, blank ones left
    out."""
    kwargs: dict = {}
    for key, sources in SOURCES.items():
        if key in LIST_KEYS:
            kwargs[key] = [row for f in sources for row in (values.get(f.name) or [])]
        elif len(sources) == 1:
            kwargs[key] = values.get(sources[0].name, "")
        else:
            parts = (values.get(f.name, "") for f in sources)
            kwargs[key] = "\n".join(p for p in parts if p and p.strip())
    return Plan(**kwargs)


def _fields_of(key: str) -> tuple[spec.FieldSpec, ...]:
    if key in SOURCES:
        return SOURCES[key]
    return (spec.BY_NAME[key],) if key in spec.BY_NAME else ()


def note_anchor(key: str) -> str:
    """The worksheet field a note about this plan key is shown next to: the first field feeding it."""
    sources = _fields_of(key)
    return sources[0].name if sources else "objective"


def key_label(key: str) -> str:
    """How the page names a plan key: its field's label, or the key itself when several fields feed it."""
    sources = _fields_of(key)
    if len(sources) == 1:
        return sources[0].label
    return key.capitalize() if sources else key
