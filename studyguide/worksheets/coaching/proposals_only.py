"""A monitoring field that only checks what the system proposes before it is used ("Mr Dance checks each
week's settings before they go in", "the manager approves the rota each Monday"), or gives someone the power
to stop it: that is oversight of the system's outputs, and nobody looks at how things turn out once they are
used (the metric, the results, the complaints). Pure: no Django, no torch.
"""

from __future__ import annotations

from .lexicon import LOOK_VERBS, MONITOR_WORDS, OUTPUT_NOUNS, RESULT_NOUNS, _p
from .rollout import power_given
from .text import content_stems, find_any, has_any, sentences

# A look or a sign-off ("Sign-ups per week" signs nothing off).
_APPROVES = _p(r"approv | sign(s|ed)? off | vets?\b | vetted | confirms?\b")
# What people did once the decisions were in use, however it is kept: "bookings", "the turned-away list".
_DONE_BY_PEOPLE = _p(
    r"bookings | sign-?ups | cancell?ations | no-?shows",
    r"(turned[- ]away|waiting|no-?show|cancell?ation|complaints?|refusals?|drop-?outs?)"
    r" (list|log|book|sheet)s?",
)


def only_proposals_checked(monitoring: str, metric: str) -> bool:
    """Whether every sentence of the monitoring field checks the system's proposals before use or gives a
    person power over it, at least one checks proposals, and none names a result, the metric or a watch."""
    parts = sentences(monitoring)
    measured = content_stems(metric)
    checked = False
    for sentence in parts:
        if (
            has_any(sentence, RESULT_NOUNS)
            or has_any(sentence, MONITOR_WORDS)
            or has_any(sentence, _DONE_BY_PEOPLE)
        ):
            return False
        if content_stems(sentence) & measured:
            return False
        look = find_any(sentence, LOOK_VERBS + _APPROVES)
        if look is not None and has_any(sentence.lower()[look.end() :], OUTPUT_NOUNS):
            checked = True
        elif not power_given(sentence):
            return False
    return checked
