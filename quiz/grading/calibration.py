"""Per-item level cut-offs shipped with the grader (pure): fitted offline on a teacher's labels.

``item_cutoffs.json`` beside this module holds derived numbers only (never answers or labels): a default pair
for authored (course) items and a pair per item, each with the fingerprint of the key it was fitted on. It is
written by ``python -m quiz.grading.tools calibrate`` (see ``quiz.grading.tools.cutoffs``); a test checks
that every fingerprint matches the current course file, so a key change is followed by a refit.

Live grading and teacher review read cut-offs through the same resolution (``quiz.review`` puts cut-offs
adapted to its own teachers' decisions in front of these), so both give one level.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .model import GraderModel
from .types import ItemKey

DEFAULT_CUTOFFS_PATH = Path(__file__).resolve().parent / "item_cutoffs.json"


def key_fingerprint(key: ItemKey) -> str:
    """A short hash of everything in a key that changes scores (cut-offs fitted on another key are stale)."""
    payload = asdict(key)
    payload.pop("item_id", None)
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=list)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class ShippedCutoffs:
    default: tuple[float, float] | None
    items: dict[str, tuple[float, float]] = field(default_factory=dict)
    fingerprints: dict[str, str] = field(default_factory=dict)
    meta: dict = field(default_factory=dict)

    @classmethod
    def from_json_dict(cls, data: dict) -> ShippedCutoffs:
        default = data.get("default")
        items = {
            k: (float(v["cutoffs"][0]), float(v["cutoffs"][1])) for k, v in data.get("items", {}).items()
        }
        fingerprints = {k: str(v.get("key", "")) for k, v in data.get("items", {}).items()}
        for lo, hi in [*items.values(), *([tuple(default)] if default else [])]:
            if not 0.0 <= lo <= hi <= 1.0:
                raise ValueError(f"bad cut-offs {(lo, hi)}")
        return cls(
            default=(float(default[0]), float(default[1])) if default else None,
            items=items,
            fingerprints=fingerprints,
            meta=dict(data.get("meta", {})),
        )


_lock = threading.Lock()
_cache: dict[Path, ShippedCutoffs] = {}


def load_shipped_cutoffs(path: Path | None = None) -> ShippedCutoffs:
    """The shipped cut-offs (cached per path); an absent file means no per-item cut-offs."""
    # the default is resolved once at import: resolving a path is a system call per answer graded
    p = Path(path).resolve() if path is not None else DEFAULT_CUTOFFS_PATH
    with _lock:
        cached = _cache.get(p)
        if cached is None:
            if p.is_file():
                cached = ShippedCutoffs.from_json_dict(json.loads(p.read_text(encoding="utf-8")))
            else:
                cached = ShippedCutoffs(default=None)
            _cache[p] = cached
        return cached


def cutoffs_for(
    key: ItemKey, model: GraderModel, shipped: ShippedCutoffs | None = None
) -> tuple[float, float]:
    """The cut-offs an item's answers are graded with when nothing else is given: the item's shipped pair,
    else the shipped default for authored keys, else the model's global pair (Mohler-style keys)."""
    if not key.credit_key_points:
        return model.cutoffs
    shipped = shipped or load_shipped_cutoffs()
    return shipped.items.get(key.item_id) or shipped.default or model.cutoffs
