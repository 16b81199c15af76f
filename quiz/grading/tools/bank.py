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

The seed (``../shared/seed/chapter02-homework.md``) is one student's homework; only its answers are read here,
never shipped. Its teacher levels live in ``tests/quiz/answer_bank/seed_levels.yaml`` (levels only).
"""

from __future__ import annotations

import re
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


def read_seed_levels(bank_dir: Path | str = BANK_DIR) -> dict[str, str]:
    path = Path(bank_dir) / "seed_levels.yaml"
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    levels = data.get("levels", data)
    return {str(k): str(v) for k, v in levels.items() if v in (CORRECT, PARTIAL, INCORRECT)}


_QUESTION_RE = re.compile(r"^\s{0,3}(\d{1,2})\s*[.)]\s+\S")
_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s*(.+?)\s*#*\s*$")
_BULLET_RE = re.compile(r"^\s*[-*+]\s+")


def parse_seed_answers(text: str) -> dict[str, str]:
    """The answers of a homework in the seed's format: "N. question" lines, answers as indented "- " bullets
    (one answer line per bullet), a "Further Research" heading restarting the numbering."""
    answers: dict[str, list[str]] = {}
    section, current = "q", None
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.replace("\u00a0", " ").rstrip()
        heading = _HEADING_RE.match(line)
        if heading:
            title = heading.group(1).lower()
            section = "fr" if "further research" in title else ("q" if "questionnaire" in title else "done")
            current = None
            continue
        m = _QUESTION_RE.match(line)
        if m and section in ("q", "fr") and not _BULLET_RE.match(line):
            current = f"ch2-{section}{int(m.group(1))}"
            answers.setdefault(current, [])
            continue
        if current and _BULLET_RE.match(line):
            answers[current].append(_BULLET_RE.sub("", line).strip())
    return {k: "\n".join(v) for k, v in answers.items() if any(x.strip() for x in v)}
