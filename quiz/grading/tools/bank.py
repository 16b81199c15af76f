"""The hand-written answer bank (``tests/quiz/answer_bank/<item>.yaml``) and the seed homework's answers.

Bank file format::

    item: ch2-q15
    auto_skip: {label_paste: "why this automatic answer is a right one for this item"}   # optional
    answers:
      - kind: paraphrase      # paraphrase | terse | partial | wrong | negated | swapped | other_item |
                              # salad | echo | buried | label_paste | extra
        expect: correct       # correct | partial | incorrect | not_correct (partial or incorrect)
        holdout: true         # optional: never tuned on; reported apart
        text: "..."

The seed homework has its own check (``tests/quiz/answer_bank/test_seed_homework.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from quiz.grading.levels import CORRECT, INCORRECT, PARTIAL

BANK_DIR = Path(__file__).resolve().parents[3] / "tests" / "quiz" / "answer_bank"
EXPECTATIONS = {CORRECT, PARTIAL, INCORRECT, "not_correct"}


@dataclass(frozen=True)
class BankAnswer:
    item: str
    kind: str
    expect: str
    text: str
    holdout: bool
    index: int  # position in its file


def expectation_met(expect: str, level: str) -> bool:
    if expect == "not_correct":
        return level != CORRECT
    return level == expect


def read_bank(bank_dir: Path | str = BANK_DIR) -> tuple[list[BankAnswer], dict[str, dict[str, str]]]:
    """Every bank answer, and per item the automatic transforms it opts out of (kind -> reason)."""
    answers: list[BankAnswer] = []
    skips: dict[str, dict[str, str]] = {}
    for path in sorted(Path(bank_dir).glob("ch2-*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        item = data.get("item") or path.stem
        if item != path.stem:
            raise ValueError(f"{path}: 'item' is {item!r}, the file name says {path.stem!r}")
        skips[item] = {str(k): str(v) for k, v in (data.get("auto_skip") or {}).items()}
        for i, a in enumerate(data.get("answers") or []):
            expect = a.get("expect")
            if expect not in EXPECTATIONS or not isinstance(a.get("text"), str) or not a.get("kind"):
                raise ValueError(f"{path}: answer {i} needs kind, text and expect in {sorted(EXPECTATIONS)}")
            answers.append(BankAnswer(item, str(a["kind"]), expect, a["text"], bool(a.get("holdout")), i))
    return answers, skips
