"""Retractions: a wrong start the answer takes back in so many words, then replaces with its answer.

Learners think on the page: "Data augmentation means collecting more photos. Hmm, no: it's making new versions
of the photos you have ...", "Validation. Hmm, no, ... Using a trained model is inference.", "y for the
independent and x for the... wait, that's backwards. x is ...", "Training, validation, testing. Sorry, that's
model evaluation. The rollout phases are ...". The wrong start stays on the page, but the writer has disowned
it: a teacher reads what follows as the answer, exactly as the grader sets aside a view the answer reports as
other people's and rejects (``foils``). Read word by word, the wrong start hits a misconception or counts as
a claim the key does not back, and a right answer is refused.

A retraction is explicit: a marker that can only mean "what I just wrote is wrong" ("no wait", "hmm, no",
"scratch that", "scrap it", "sorry, that's X", "no, that's not it", "wait, that's backwards", "no, not
those", "not really") opening the sentence after the wrong start, or inside the same sentence after a
hesitation ("...", a dash: "It's a single number... no, it's more than that"). A bare "No," (answering a
yes/no question) or "Actually" (a correction of someone else) is no retraction. ``corrected_answer`` cuts the
retracted start and the marker out of the answer, keeping what follows; only when something of substance
follows (a writer who retracts and stops has given no answer). ``pipeline.assess`` grades the corrected
answer only when it still states a key point: the brief's "then the right answer", so a retraction followed
by nothing the key recognises is graded as written. Pure module: regular expressions on the cleaned answer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexical import content_words

# A hesitation before the marker word: "Hmm, no", "Oops, no", "Wait, no", "Actually no".
_HESITATION = r"(?:hmm+|um+|uh+|er+m?|oh|oops|whoops|ah|wait|actually|sorry|ok(?:ay)?|hold\s+on)"
# "that's not it", "that's wrong", "that's backwards", "that's not the chapter's point", "that's not right"
_VERDICT = (
    r"(?:that|this|it)(?:'s|\s+is|\s+was)\s+(?:(?:not\s+(?:it|right|correct|true|quite\s+it|what\s+\w+\s+\w+"
    r"|the\s+(?:\w+(?:'s)?\s+)?(?:point|answer|question|idea)))|wrong|backwards|the\s+wrong\s+\w+"
    r"|the\s+other\s+way\s+(?:round|around))"
    r"|i(?:'m|\s+am)\s+(?:mixing|confusing)\s+(?:things|it|them|this|that|two\s+\w+)(?:\s+up)?|my\s+(?:mistake|bad)"
)
# Words that throw away what came before, wherever they sit in the marker sentence.
_DISCARD = (
    r"(?:scratch|scrap|strike|forget|ignore|cancel)\s+(?:that|this|it|the\s+(?:first|last)\s+\w+)"
    r"|i\s+take\s+(?:that|it)\s+back|let\s+me\s+(?:start\s+over|restart|rephrase|correct\s+(?:that|myself))"
)
# The marker that opens a sentence after the wrong start.
_OPENS_RE = re.compile(
    r"\W*(?:"
    rf"(?:{_HESITATION}\W+)+(?:no|nope|nah|not\s+(?:really|quite|that|those|this|it))\b"
    r"|no+\W+(?:wait|hang\s+on|hold\s+on|scratch|scrap|sorry|not\s+(?:that|those|this|it|quite|really)\b"
    rf"|{_VERDICT})"
    rf"|(?:wait|hmm+|oops|sorry)\W+{_VERDICT}"
    rf"|{_DISCARD}"
    # "Sorry, that's model evaluation.": the start named as something else, and the sentence ends there
    r"|(?:sorry|oops|whoops)\W+(?:that|this)(?:'s|\s+is|\s+was)\s+(?:\w+\s+){0,4}?\w+\s*[.!]"
    r")",
    re.IGNORECASE,
)
# ... or that follows a hesitation inside the sentence: "... no, it's more than that", "... wait, that's".
_INSIDE_RE = re.compile(
    r"(?:\.\.\.|\u2026|\s[\u2013\u2014-]{1,2})\s*(?:"
    rf"(?:(?:{_HESITATION}|no|nope)\W+)*(?:no|nope|wait|hold\s+on|hang\s+on)\b"
    rf"|{_DISCARD}"
    r")",
    re.IGNORECASE,
)
# A marker sentence that says no more than the retraction: "No, that's not it.", "Not sure that's really a
# thing, scrap it.", "Hmm, no, that's not the chapter's point.", "No, not those." It goes with the start.
_ONLY_MARKER_RE = re.compile(
    rf"\W*(?:(?:{_HESITATION}|no+|nope|nah|not\s+(?:really|quite|that|those|this|it|sure\s+that'?s\s+"
    r"(?:really\s+)?(?:a\s+thing|right|true)))\W+)*"
    rf"(?:(?:{_VERDICT}|{_DISCARD})\W*)*$",
    re.IGNORECASE,
)
# "No wait, that's right": the writer confirms the start after all.
_CONFIRMS_RE = re.compile(
    r"\b(?:that|this|it)(?:'s|\s+is|\s+was)\s+(?:actually\s+)?(?:right|correct|true|fine)\b", re.IGNORECASE
)
# A hesitation's "..." does not end the sentence: "It's one number... no, it's more than that" is one.
_SENTENCE_RE = re.compile(r"(?:\.\.+(?=\s*\w)|\u2026|[^.!?\n])+(?:[.!?]+|$)|\n")
# The punctuation after a marker goes with it: "Hmm, no: it's ..." keeps "it's ...".
_AFTER_MARKER_RE = re.compile(r"[\s,;:.!\u2013\u2014-]*")
# A first impression the writer says they had and left behind: "The term made me think of internet domains
# at first", "my first instinct was to say 'the data is the purchase history'", "I initially thought ...".
# The view is the writer's own, superseded in the telling; a sentence that turns ("..., but it's really X")
# keeps its turn. The answer is what the rest of the text says, wherever it stands.
_FIRST_IMPRESSION_RE = re.compile(
    r"\b(?:(?:i|me|my)\b[^.!?\n]{0,40}?\b(?:at\s+first|initially|first\s+(?:instinct|guess|thought|idea|reaction))"
    r"|(?:at\s+first|initially)\s*,?\s+i\b)",
    re.IGNORECASE,
)
_TURN_RE = re.compile(
    r"(?:,|;|:|\s[\u2013\u2014-])\s*(?:but|however|yet|though|actually|really|instead)\b", re.I
)
# What follows the marker must assert something: a real answer, not "Not sure."
MIN_CONTENT_WORDS_AFTER = 3


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE_RE.finditer(text) if m.group().strip()]


@lru_cache(maxsize=1024)
def retracted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans of ``text`` (the cleaned answer) that the writer takes back: each wrong start with its
    marker, and a marker sentence that says nothing else. Empty when nothing of substance follows."""
    spans: list[tuple[int, int]] = []
    impressions: list[tuple[int, int]] = []
    sentences = _sentences(text)
    for k, (start, end) in enumerate(sentences):
        sentence = text[start:end]
        if k and _FIRST_IMPRESSION_RE.search(sentence):
            turn = _TURN_RE.search(sentence)
            impressions.append(
                (start, _AFTER_MARKER_RE.match(text, start + turn.end()).end() if turn else end)
            )
            continue
        inside = _INSIDE_RE.search(sentence)
        if inside and content_words(sentence[: inside.start()]):
            rest = sentence[inside.end() :]
            cut = (
                end
                if _ONLY_MARKER_RE.match(rest)
                else _AFTER_MARKER_RE.match(text, start + inside.end()).end()
            )
            spans.append((start, cut))
            continue
        if k == 0:
            continue
        opens = _OPENS_RE.match(sentence)
        discards_at_end = re.search(rf"(?:^|\W)(?:{_DISCARD})\W*$", sentence, re.IGNORECASE)
        if not opens and not discards_at_end:
            continue
        if _CONFIRMS_RE.search(sentence) and not re.search(r"\bnot\b|n't\b", sentence, re.IGNORECASE):
            continue
        previous = sentences[k - 1][0]
        if opens and not _ONLY_MARKER_RE.match(sentence[opens.end() :]):
            # the answer goes on in the marker's sentence
            spans.append((previous, _AFTER_MARKER_RE.match(text, start + opens.end()).end()))
        else:
            spans.append((previous, end))
    if spans and len(content_words(text[max(e for _, e in spans) :])) < MIN_CONTENT_WORDS_AFTER:
        spans = []  # a writer who retracts and stops has given no answer
    outside = text[: min((s for s, _ in impressions), default=len(text))]
    if impressions and len(content_words(outside)) < MIN_CONTENT_WORDS_AFTER:
        impressions = []
    return tuple(sorted(spans + impressions))


def corrected_answer(text: str) -> str | None:
    """The answer with its retracted starts cut out (``retracted_spans``), or None when it retracts
    nothing."""
    spans = retracted_spans(text)
    if not spans:
        return None
    kept, pos = [], 0
    for start, end in sorted(spans):
        if start > pos:
            kept.append(text[pos:start])
        pos = max(pos, end)
    kept.append(text[pos:])
    out = re.sub(r"\s+", " ", " ".join(part.strip() for part in kept)).strip()
    return out[:1].upper() + out[1:] if out else None
