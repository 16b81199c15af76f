"""What the learner finally holds: the option they pick, and a body that takes back its own summary.

Two answer shapes put words on the page that the writer does not end up claiming:

- Listed options, then a pick: "Is it (a) X, (b) Y or (c) Z? I'd go with (b): ..." The options are
  alternatives the learner weighs, not claims; only the picked one is asserted. Left in, a listed right
  option is read as stated although the learner chose another. The answer is read as the picked option's
  text plus what follows the pick (the learner's reason). The same holds for plain alternatives:
  "Between X, Y and Z, I'd pick Z" claims Z.
- A summary line the body reverses: "TL;DR: X. But on reflection that isn't so: Y." A body that opens by
  retracting ("actually", "on reflection", "correction", "though", "on second thought", ...) replaces the
  summary, as a retraction replaces what it withdraws. A body that only develops the summary ("Short answer:
  X. Longer answer: first ..., but ...") is left alone: the marker must open the body, not sit inside it.

Pure module: regular expressions on the answer text.
"""

from __future__ import annotations

import re

# An option label: "(a)", "a)", "(1)", "(i)", "(B)". A bare "a)" must start a line or follow a separator, so
# that an ordinary closing parenthesis ("(as in a)") is not read as one.
_LABEL = r"(?:[a-dA-D]|[1-5]|i{1,3}|iv|v)"
_OPTION_RE = re.compile(rf"(?:\(({_LABEL})\)|(?:(?<=^)|(?<=[\s,:;]))({_LABEL})\))\s+")

# The words that make a label a choice rather than a reference: "I'd go with (b)", "Answer: (2)", "I pick c",
# "It's (B)", "My pick is (b)", "(b) sounds right to me".
_PICK_VERB = (
    r"(?:go(?:ing)?\s+with|pick(?:\s+is)?|choose|chose|say|answer(?:\s+is)?\s*:?|suggestion\s+is|"
    r"it'?s|it\s+is|think\s+it'?s|vote|opt\s+for)"
)
_PICK_RE = re.compile(
    rf"\b{_PICK_VERB}\s+(?:\(({_LABEL})\)|({_LABEL})\)?(?=\s*(?:[.,:;!]|$|\s+(?:since|because|as)\b)))",
    re.IGNORECASE,
)
_PICK_AFTER_RE = re.compile(
    rf"(?:^|(?<=[.!?]))\s*\(({_LABEL})\)\s+(?:sounds|seems|looks|is)\s+(?:right|correct|best)", re.IGNORECASE
)

# "Between X, Y and Z, I'd pick Z." / "Either X or Y; I'll go with Y."
_PLAIN_PICK_RE = re.compile(
    r"^\s*(?:(?:i\s+was\s+torn\s+)?between|either)\s+[^.?!]+?[,;:]\s*"
    r"i(?:'d|\s+would|'ll|\s+will|'m)?\s+(?:pick(?:ing)?|go(?:ing)?\s+with|choose|choosing|say)\s+(?P<pick>.+)$",
    re.IGNORECASE | re.DOTALL,
)

# A summary label opening the answer: "TL;DR:", "Short answer:", "Summary:", "In short:".
_SUMMARY_RE = re.compile(
    r"^\s*(?:tl;?\s*dr|short\s+answer|summary|in\s+short|in\s+brief|bottom\s+line)\s*:\s*", re.IGNORECASE
)
# The body's own label, dropped with the summary: "Longer answer:", "Body:", "In detail,".
_BODY_LABEL_RE = re.compile(
    r"^\s*(?:long(?:er)?\s+answer|body|in\s+detail|details?|explanation)\s*[:,]?\s*", re.IGNORECASE
)
# A body opening by taking the summary back; only its first words are searched.
_REVERSAL_RE = re.compile(
    r"\b(?:actually|on\s+reflection|correction|on\s+second\s+thought|in\s+fact|strictly|honestly|"
    r"to\s+be\s+precise|though|although|thinking\s+it\s+through|rereading|really|wait|no)\b",
    re.IGNORECASE,
)
_REVERSAL_WINDOW_WORDS = 4


def _options(text: str) -> list[tuple[str, int, int]]:
    """(label, text start, text end) of each listed option; the last one ends at its sentence's end."""
    marks = [(m.group(1) or m.group(2), m.start(), m.end()) for m in _OPTION_RE.finditer(text)]
    options = []
    for i, (label, _start, body_start) in enumerate(marks):
        end = marks[i + 1][1] if i + 1 < len(marks) else len(text)
        if i + 1 == len(marks):
            stop = re.search(r"[.?!](?:\s|$)", text[body_start:end])
            end = body_start + stop.end() if stop else end
        options.append((label.lower(), body_start, end))
    return options


def _picked_option(text: str) -> str | None:
    options = _options(text)
    labels = [label for label, _, _ in options]
    if len(options) < 2 or len(set(labels)) != len(labels):
        return None
    rest_start = options[-1][2]
    rest = text[rest_start:]
    found = [((m.group(1) or m.group(2)).lower(), m.end()) for m in _PICK_RE.finditer(rest)]
    found += [(m.group(1).lower(), m.end()) for m in _PICK_AFTER_RE.finditer(rest)]
    found = [(label, end) for label, end in found if label in labels]
    if len({label for label, _ in found}) != 1:
        return None
    pick, pick_end = found[0]
    _, start, end = options[labels.index(pick)]
    chosen = re.sub(r"(?:[,;]?\s*(?:or|and))?[\s,;.?!]*$", "", text[start:end].strip())
    # the learner's reason for the pick follows it; the words naming the pick ("I'd go with (b)") go
    reason = rest[pick_end:].lstrip(" :,;.-—").strip()
    return f"{chosen}. {reason}".strip()


def _unsummarised(text: str) -> str | None:
    summary = _SUMMARY_RE.match(text)
    if not summary:
        return None
    stop = re.search(r"[.!?](?:\s+|$)|\n", text[summary.end() :])
    if not stop:
        return None
    body = text[summary.end() + stop.end() :]
    body = _BODY_LABEL_RE.sub("", body, count=1)
    opening = " ".join(body.split()[:_REVERSAL_WINDOW_WORDS])
    if not body.strip() or not _REVERSAL_RE.search(opening):
        return None
    return body.strip()


def finally_held(text: str) -> str:
    """``text`` read as what the learner ends up claiming: the picked option, or the body over its summary."""
    if not text:
        return text
    plain = _PLAIN_PICK_RE.match(text)
    if plain:
        return plain.group("pick").strip()
    picked = _picked_option(text)
    if picked is not None:
        return picked
    unsummarised = _unsummarised(text)
    return unsummarised if unsummarised is not None else text
