"""Automatic adversarial answers built from an item's own key: each must NOT be graded correct.

- ``negated``: every sentence of the reference answer prefixed with "It is not true that";
- ``label_paste``: the key-point labels pasted as sentences;
- ``salad``: the key's content words (labels and phrasings) shuffled into one run with no sentence;
- ``echo``: the question given back as a statement;
- ``other_item``: the reference answer of an unrelated item;
- ``buried``: the reference answer in the middle of about 300 words of false claims (other items'
  misconceptions, stated as facts).

Swapped facts are written by hand in the answer bank (they need to know which facts can be swapped).
Deterministic: the shuffles are seeded by the item id.
"""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Mapping, Sequence

from quiz.grading import ItemKey, clean_answer, content_words, split_units

TRANSFORMS = ("negated", "label_paste", "salad", "echo", "other_item", "buried")
SALAD_WORDS = 12
BURIED_WORDS = 300


def _rng(key: ItemKey, name: str) -> random.Random:
    return random.Random(zlib.crc32(f"{key.item_id}:{name}".encode()))  # noqa: S311 (a fixed shuffle)


def _sentence(text: str) -> str:
    text = text.strip().rstrip(".;:")
    return text + "." if text else text


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def negated(key: ItemKey) -> str:
    ref = clean_answer(key.reference_answer)
    sentences = [u.text for u in split_units(ref) if u.kind == "sentence"]
    return " ".join(_sentence(f"It is not true that {_lower_first(s)}") for s in sentences)


def label_paste(key: ItemKey) -> str:
    return " ".join(_sentence(kp.label) for kp in key.key_points)


def salad(key: ItemKey) -> str:
    pool: list[str] = []
    for kp in key.key_points:
        for text in (kp.label, *kp.phrasings):
            pool.extend(content_words(text))
    words = list(dict.fromkeys(w for w in pool if re.fullmatch(r"[a-z][a-z0-9_]*", w)))
    rng = _rng(key, "salad")
    rng.shuffle(words)
    return " ".join(words[:SALAD_WORDS])


def echo(key: ItemKey) -> str:
    q = clean_answer(key.question).strip()
    q = re.sub(r"[?]+\s*$", "", q)
    return _sentence(f"This is about the question: {q}")


def other_item(key: ItemKey, keys: Sequence[ItemKey]) -> str:
    """The reference of the item half the bank away (neighbouring items are often on the same topic)."""
    ids = [k.item_id for k in keys]
    i = ids.index(key.item_id) if key.item_id in ids else 0
    return clean_answer(keys[(i + len(keys) // 2) % len(keys)].reference_answer)


def buried(key: ItemKey, keys: Sequence[ItemKey]) -> str:
    claims = [
        _sentence(mc.label) for k in keys if k.item_id != key.item_id for mc in k.misconceptions if mc.label
    ]
    rng = _rng(key, "buried")
    rng.shuffle(claims)
    before, after, n = [], [], 0
    for c in claims:
        if n >= BURIED_WORDS:
            break
        (before if len(before) <= len(after) else after).append(c)
        n += len(c.split())
    return " ".join([*before, clean_answer(key.reference_answer), *after])


def transforms(key: ItemKey, keys: Sequence[ItemKey] | Mapping[str, ItemKey]) -> dict[str, str]:
    """Every automatic adversarial answer of one item, by kind."""
    all_keys = list(keys.values()) if isinstance(keys, Mapping) else list(keys)
    return {
        "negated": negated(key),
        "label_paste": label_paste(key),
        "salad": salad(key),
        "echo": echo(key),
        "other_item": other_item(key, all_keys),
        "buried": buried(key, all_keys),
    }
