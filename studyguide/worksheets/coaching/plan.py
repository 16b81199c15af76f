"""The plan that coaching reads, and its parsing from JSON. Pure: no Django, no torch."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields


@dataclass
class Plan:
    """A plan in the shape of the JSON input; the web worksheet maps onto it (``data`` joins its three data
    fields, ``experiment`` is the yes/no/unsure choice)."""

    objective: str = ""
    metric: str = ""
    levers: list[str] = field(default_factory=list)
    uncontrollables: list[str] = field(default_factory=list)
    data: str = ""
    modeler: str = ""
    simulator: str = ""
    optimizer: str = ""
    baseline: str = ""
    rollout: str = ""
    risks: str = ""
    horizon: str = ""
    constraints: str = ""
    monitoring: str = ""
    went_really_well: str = ""
    experiment: str = ""


JSON_KEYS = (
    "objective",
    "metric",
    "levers",
    "uncontrollables",
    "data",
    "modeler",
    "simulator",
    "optimizer",
    "baseline",
    "rollout",
    "risks",
)
OPTIONAL_KEYS = ("horizon", "constraints", "monitoring", "went_really_well", "experiment", "title")


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
        if f.name in ("levers", "uncontrollables"):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise PlanError(f"'{f.name}' must be a list of strings")
            kwargs[f.name] = [v.strip() for v in value if v.strip()]
        else:
            if not isinstance(value, str):
                raise PlanError(f"'{f.name}' must be a string")
            kwargs[f.name] = value.strip()
    return Plan(**kwargs)
