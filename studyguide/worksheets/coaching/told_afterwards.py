"""A person who only hears of the system's decisions after they are in force is not in charge of it: staff
"told by email what changed", a committee that "reviews the year's decisions at the AGM", a board sent a
summary afterwards. Such a sentence names a person but gives them no look before the decisions take effect
and no power to stop them. Read in the rollout only: the monitoring field's reports are watching, rightly
after the fact. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .rollout import automation_stated, power_given
from .text import quote, sentences

# Told: the decisions reach the person as news, by a message or after the event.
_TOLD = re.compile(
    r"\b(?:told|informed|notified|e-?mailed|messaged|updated|sent|copied|cc'?d|shown|given|get|gets|receive"
    r"|receives)\b[^.;]{0,40}?\b(?:what (?:changed|has changed|was changed|happened|it (?:did|set|changed))"
    r"|afterwards|after the (?:fact|event)"
    r"|(?:by|in|via|through) (?:an? )?(?:e-?mail|text|letter|newsletter|summary|digest))"
    # kept informed only: "handling editors are copied in for information"
    r"|\b(?:copied|cc'?d|kept) in\b[^.;]{0,30}?\bfor (?:their |your )?(?:information|info)\b"
    r"|\bfor (?:information|info) only\b"
)
# Received: an account of the decisions lands with the person, however it reaches them (a monthly summary PDF,
# a weekly report, a dashboard, a recap e-mail). Receiving is not reviewing: nothing waits for them.
_RECEIVED = re.compile(
    r"\b(?:gets?|getting|receiv\w*|(?:is|are) (?:sent|e-?mailed|emailed|given|shown|copied)|sees?|reads?"
    r"|goes to|go to|sent to|e-?mailed to|lands? (?:with|in)|appears? (?:on|in))\b[^.;]{0,40}?"
    r"\b(?:reports?|summar(?:y|ies)|digests?|pdfs?|spreadsheets?|dashboards?|recaps?|round-?ups?|printouts?"
    r"|overviews?|newsletters?|e-?mails?|logs?|statements?)\b"
)
# The same account as the subject that travels to them: "a recap e-mail goes to the buyer each Monday".
_SENT_ON = re.compile(
    r"\b(?:reports?|summar(?:y|ies)|digests?|pdfs?|spreadsheets?|recaps?|round-?ups?|printouts?|overviews?"
    r"|newsletters?|e-?mails?)\b[^.;]{0,30}?\b(?:goes|go|is sent|are sent|is e-?mailed|lands?|is posted)"
    r" (?:to|with)\b"
)
# A look that comes first ("before they go out", "to approve") is oversight, whatever carries it.
_AHEAD = re.compile(r"\b(?:before|ahead|approv\w*|sign\w* off|in advance|prior to|the night before)\b")
# Reviewed in hindsight: at a yearly meeting, or the period's decisions taken as a whole once it is over.
_HINDSIGHT = re.compile(
    r"\b(?:review\w*|look\w* (?:at|back|over)|discuss\w*|go\w* (?:over|through)|read\w*|see\w*|consider\w*"
    r"|hear\w*|audit\w*)\b[^.;]{0,50}?\b(?:at the (?:agm|annual (?:general )?meeting|year[- ]end"
    r"|end of the (?:year|season))"
    r"|the (?:year|season|term)'s (?:decisions|changes|prices|rents|settings|choices|results)"
    r"|in hindsight|retrospectively|after the fact|afterwards)",
    re.IGNORECASE,
)


def _told_after(sentence: str) -> bool:
    low = sentence.lower().replace("’", "'")
    # "the manager is told each Monday and can stop it": told, and in charge
    received = (_RECEIVED.search(low) or _SENT_ON.search(low)) is not None and _AHEAD.search(low) is None
    return (
        _TOLD.search(low) is not None or _HINDSIGHT.search(low) is not None or received
    ) and not power_given(sentence)


def told_only_afterwards(rollout: str) -> bool:
    """Whether the rollout names a person who hears of the decisions only after they take effect."""
    return any(_told_after(s) for s in sentences(rollout or ""))


def before_the_fact(text: str) -> str:
    """The text without its sentences in which a person only hears of the decisions afterwards."""
    return "\n".join(s for s in sentences(text or "") if not _told_after(s))


def no_oversight_message(quoted: str, rollout: str) -> str:
    """The oversight note: when the rollout names people who are only told afterwards, say so rather than that
    it names no one (a teacher would not sign "names no one" under "the manager gets an e-mail")."""
    if told_only_afterwards(rollout):
        return (
            f"Who checks what the system does before it takes effect, and can stop it? {quoted} only tells "
            "people afterwards. Start with a person who reviews its outputs before they apply (or runs it "
            "alongside the current way) and who can switch it off."
        )
    # The sentence that hands the decision over ("pricing is the system's") is the one to quote: the rollout
    # may name people for other work ("the estimators only write teardown reports").
    parts = sentences(rollout)
    handed = next((s for s in parts if automation_stated(s)), None)
    if handed is not None and len(parts) > 1:
        return (
            f"Who checks what the system does and can stop it? {quote(handed)} leaves it to no one. Start "
            "with a person who reviews its outputs (or runs it alongside the current way) and who can switch "
            "it off."
        )
    return (
        f"Who checks what the system does and can stop it? {quoted} names no one. If nobody does, start with "
        "a person who reviews its outputs (or runs it alongside the current way) and who can switch it off."
    )
