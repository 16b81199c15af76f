"""Struck-out text: what the writer crosses out is withdrawn, not part of the answer.

A learner editing an answer in a Markdown box may keep a first attempt visible but struck out, and write the
corrected one beside it: "~~Fine-tuning~~ Inference.", "Objective ~~accuracy~~ extra sales". Pasted from a
rich editor, the same strike arrives as HTML: ``<del>``, ``<s>`` or ``<strike>``. A teacher reads the struck
words as taken back; read as plain text they are a second claim, so a wrong answer behind a struck right one
looks right, and a right one behind a struck wrong one looks like a shotgun. So before grading,
``without_struck_out`` blanks each struck span.

Only a closed strike is one. In Markdown that is a pair of "~~" around text that starts and ends with a
non-space (the GitHub rule), inside one paragraph: a lone "~" is "about" ("~50 photos"), an unclosed "~~" or
one with spaces inside its marks ("~~ 2 GB ~~") is left as typed, and "~~" inside code (a `backtick` span or a
fenced block) is code. The HTML forms need their closing tag. Pure module: regular expressions on the raw
answer.
"""

from __future__ import annotations

import re

# "~~text~~": marks of exactly two tildes, no space just inside them, no blank line between them
# and at most STRUCK_MAX_CHARS long: a struck first attempt is a phrase or a sentence or two, and the bound
# keeps an answer full of unmatched "~~" from being scanned again from each of them
STRUCK_MAX_CHARS = 500
_MARKDOWN_STRIKE_RE = re.compile(
    rf"(?<!~)~~(?![~\s])(?:(?!\n[ \t]*\n).){{1,{STRUCK_MAX_CHARS}}}?(?<![~\s])~~(?!~)", re.DOTALL
)
# "<del>text</del>", "<s>", "<strike>", attributes allowed on the opening tag, the same tag closing it
_HTML_STRIKE_RE = re.compile(
    rf"<(del|s|strike)(?:\s[^<>]*)?>.{{0,{STRUCK_MAX_CHARS}}}?</\1\s*>", re.IGNORECASE | re.DOTALL
)
# code, where tildes are the language's: fenced blocks, then `inline` spans
_CODE_RE = re.compile(r"```.*?(?:```|\Z)|`[^`\n]+`", re.DOTALL)


def _blank(text: str, pattern: re.Pattern[str], code: list[tuple[int, int]]) -> str:
    def replace(m: re.Match[str]) -> str:
        if any(start < m.end() and m.start() < end for start, end in code):
            return m.group(0)
        return " "

    return pattern.sub(replace, text)


def without_struck_out(text: str) -> str:
    """``text`` with each struck-out span (``~~...~~``, ``<del>``, ``<s>``, ``<strike>``) blanked."""
    if not text or ("~~" not in text and "<" not in text):
        return text
    code = [m.span() for m in _CODE_RE.finditer(text)]
    if "<" in text:
        text = _blank(text, _HTML_STRIKE_RE, code)
        code = [m.span() for m in _CODE_RE.finditer(text)]
    if "~~" in text:
        text = _blank(text, _MARKDOWN_STRIKE_RE, code)
    return text
