"""How the coaching rules write their word patterns: several regex fragments to a line, matched at a word
start in lower case. Pure: no Django, no torch."""

from __future__ import annotations


def word_patterns(*lines: str) -> tuple[str, ...]:
    """Patterns written several to a line, separated by ' | ' (a bare '|' stays inside a pattern)."""
    return tuple(p.strip() for line in lines for p in line.split(" | ") if p.strip())
