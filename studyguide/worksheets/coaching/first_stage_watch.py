"""Monitoring bound to the first stage: the field looks at results while the trial or first stage runs
("During the Eastside pilot: daily audits, reviewed each morning", "Season 1: weekly checks to the board") and
then names a later time at which nothing is watched ("After: the grant ends, so from then on the order is
simply followed"), or only the books are ("Once every depot runs it: checked through the monthly invoice
reconciliation"), or only the system's running ("After that, the contractor sends its monthly uptime
report"). The system runs on for good while the outcomes go unwatched, however the field is laid out. Read by
``substance.check_rollout``. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .answer_lead_ins import after_leading_question
from .complaints_watch import looks_only_on_trouble
from .lexicon import LOOK_VERBS, MONITOR_WORDS, RECURRING, RESULT_NOUNS
from .system_upkeep_watch import only_system_running_watched
from .text import content_stems, has_any, sentences

# A sentence that opens on the trial or first stage: "During the Eastside pilot:", "In the trial weeks",
# "Season 1:", "Phase one -", "Weeks 1-8:", "For the first two months".
_FIRST_STAGE = re.compile(
    r"^\W*(?:\d{1,2}[.)]\s*)?(?:"
    r"(?:during|in|throughout|for|over|while) (?:the |our |its |this )?(?:[\w'-]+ ){0,2}?"
    r"(?:pilot|trial|test|try-?out)\b"
    # a named period the field opens on: "During the spring term", "Throughout the summer season"
    r"|(?:during|throughout) (?:the |this |our )?(?:[\w'-]+ ){0,2}?(?:weeks?|months?|seasons?"
    r"|terms?|quarters?|semesters?|window|summer|winter|spring|autumn)\b"
    r"|(?:during|in|throughout|for|over) (?:the |its |our )?first (?:[\w-]+ ){0,2}?(?:days?|weeks?"
    r"|fortnights?|months?|seasons?|years?|terms?|quarters?|stage|phase)\b"
    r"|(?:season|phase|stage|wave|step|year|term|round|pilot|trial) (?:1|one|i)\b"
    r"|(?:weeks?|months?|days?) 1\s*(?:-|–|to)\s*\d{1,2}\b"
    r")"
)
# The trial told by its length, where the rollout or experiment has already named it: "During the 8 weeks",
# "for the four weeks", "over the first 6 months". Said anywhere in the sentence ("Liam watches incidents for
# the 4 weeks"), since only the trial's own length is bounded by "the"; an open "for 8 weeks" is not.
_TRIAL_LENGTH = re.compile(
    r"\b(?:during|in|throughout|for|over) (?:the|its|our) (?:first )?"
    r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ -]"
    r"(?:days?|weeks?|fortnights?|months?|terms?|quarters?)\b(?! (?:before|since|to date))"
)
# The trial named inside the sentence, after the look it bounds: "Sandeep reviews exchanges weekly during the
# pilot", "checked daily throughout the trial". "During" and "throughout" bound the look to the trial's time;
# "in the pilot shops" names places, so only those two are read anywhere.
# So do "each week of" and "every day of" ("Meg checks re-enrolments each week of the spring and summer trial
# terms").
_TRIAL_NAMED = re.compile(
    r"\b(?:during|throughout|(?:each|every) [\w-]+ (?:of|in)) (?:the|our|its|this) (?:[\w'-]+ ){0,3}?"
    r"(?:pilot|trial|try-?out)\b"
    r"(?! (?:sites?|branch\w*|shops?|stores?|areas?|schools?|wards?|depots?|groups?))"
)
# A sentence that opens on a time after it: "After:", "Afterwards", "Once all three depots run it:", "When
# the pilot ends", "From season 2", "Thereafter".
_LATER_STAGE = re.compile(
    r"^\W*(?:\d{1,2}[.)]\s*)?(?:"
    r"after\b|afterwards\b|thereafter\b|later\b|beyond\b|post-(?:pilot|trial)\b|from then on\b"
    r"|(?:once|when) (?:[\w'-]+ ){0,5}?(?:all|every|everywhere|rolled|live|ends|ended|finished|over|done"
    r"|full|whole|rest|scaled|expanded|extended)\b"
    # the trial closed by a person's say: "Once I have signed the model off at the end of the pilot"
    r"|(?:once|when) (?:[\w'-]+ ){0,6}?(?:signed|approved|adopted|accepted)\b"
    r"|(?:once|when) (?:[\w'-]+ ){0,8}?(?:at|by) the end of the (?:pilot|trial|test|first)\b"
    r"|(?:from |in )?(?:the )?(?:season|phase|stage|wave|step|year|term|round) (?:2|two|ii)\b"
    # a later month or week by its number or name: "From month 4 the split is locked in", "From September
    # the tool goes over to the software company"
    r"|from (?:the )?(?:month|week|day) (?:[2-9]|1\d)\b"
    r"|from (?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r")"
)
# The books kept on the work, as opposed to what the work achieves: invoices, hours billed, the budget; or
# the paperwork it is done by ("audited with the other procedures at the next inspection").
_BOOKS = re.compile(
    r"\b(?:invoic\w*|bill(?:s|ed|ing)?|reconcil\w*|timesheets?|payroll|budget\w*|accounts?|ledger"
    r"|procedures?|polic(?:y|ies)|paperwork|documentation|tills|till (?:summar(?:y|ies)|rolls?|receipts?)"
    r"|purchase orders?|expenses?|spend(?:ing)?|hours (?:billed|claimed|charged|paid))\b"
)
# The system carried out as it is, with nobody looking: "simply followed", "just run as set", "left alone".
_JUST_CARRIED_OUT = re.compile(
    r"\b(?:simply|just|merely|only) (?:be )?(?:followed|used|applied|run|runs|kept|left|carried out|done)\b"
    r"|\bas (?:set|it is|they are|issued)\b|\b(?:unchanged|untouched|left alone)\b"
)
# The person named by the looking they do ("the grant that pays the project analyst ends") is no look.
_WATCHER_NOUNS = re.compile(r"\b(?:analysts?|reviewers?|auditors?|inspectors?|checkers?|watchers?)\b")
_WORDED = re.compile(r"[^\W\d_]")
# Words of time, in the metric ("Bar revenue after 9") as in the later stage's opening ("After that"), share
# no outcome.
_PERIOD_STEMS = content_stems(
    "day days daily week weeks weekly month months monthly quarter quarterly year years yearly annual"
    " after afterwards before once then later"
)


# A look said not to come until a far-off time: "there is nothing meaningful to measure until the survey in
# 2029", "no checks until the final count". Waiting for the end is no watch while it runs; a look that
# comes back ("not until the end of each month") is one.
_NO_LOOK_UNTIL = re.compile(
    r"\b(?:nothing|no|not|never|none)\b(?: [\w'-]+){0,4}? (?:to )?(?:measure|watch|check|monitor|look|count"
    r"|survey|review|track|assess|see)\w*\b(?: [\w'-]+){0,3}? (?:until|till|before)\b(?P<until>[^.;]{0,120})"
)
_COMES_BACK = re.compile(r"\b(?:each|every|per|daily|weekly|monthly|quarterly|yearly|annual\w*)\b")


def _look_put_off(low: str) -> bool:
    found = _NO_LOOK_UNTIL.search(low)
    return found is not None and _COMES_BACK.search(found.group("until")) is None


def _watches_outcomes(sentence: str, metric_stems: set[str]) -> bool:
    """Whether the sentence names a look at how things turn out: a word of watching or a period of looking,
    unless what is looked at is only the books and names no result and none of the metric's own words, or
    the look is put off to a far-off time."""
    low = _WATCHER_NOUNS.sub(" ", sentence.lower())
    if _look_put_off(low):
        return False
    # A period alone is a look ("After the pilot: weekly, by the foreman"), unless it is when the system is
    # just carried out ("the order is simply followed each year").
    period = has_any(low, RECURRING) and not _JUST_CARRIED_OUT.search(low)
    # a look that waits for complaints or for trouble ("will look again if parents complain") watches nothing
    looks = not looks_only_on_trouble(low) and (has_any(low, MONITOR_WORDS) or has_any(low, LOOK_VERBS))
    if not (period or looks):
        return False
    books = _BOOKS.search(low)
    if books is None:
        return True
    book_stems = content_stems(" ".join(m.group(0) for m in _BOOKS.finditer(low)))
    return has_any(low, RESULT_NOUNS) or bool(content_stems(low) & (metric_stems - book_stems))


def watched_in_first_stage_only(monitoring: str, metric: str) -> bool:
    """Whether every look of the field is bound to the trial or first stage, the field goes on to a later
    time, and from then on nothing names a look at the outcomes."""
    # The box's question asked back first ("Who watches? During the pilot I look ...") is no part of the
    # answer: the answer still opens on the trial. The same goes for the metric's ("How will we know? ...").
    monitoring = after_leading_question(monitoring) or monitoring
    metric = after_leading_question(metric) or metric
    parts = [s for s in sentences(monitoring) if _WORDED.search(s)]  # "15." numbering the box says nothing
    later = next((i for i, s in enumerate(parts) if _LATER_STAGE.search(s.lower())), None)
    if later is None or later == 0:
        return False
    first, rest = parts[:later], parts[later:]
    if not all(
        _FIRST_STAGE.search(s.lower()) or _TRIAL_LENGTH.search(s.lower()) or _TRIAL_NAMED.search(s.lower())
        for s in first
    ):
        return False
    metric_stems = content_stems(metric) - _PERIOD_STEMS
    # "After that, the contractor sends its monthly uptime report": a look at the system's running (its
    # cameras up, its feeds in) once the trial is over watches no outcome either
    return not any(
        _watches_outcomes(s, metric_stems) and not only_system_running_watched(s, metric) for s in rest
    )
