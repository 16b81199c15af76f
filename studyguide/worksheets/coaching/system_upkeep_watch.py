"""A monitoring field that watches only the system's own running: that its data feeds arrive, its readings
are in range, its server is up, its nightly job finishes ("we check every day that the sensor feeds arrive",
"server uptime and the job's run time, checked by IT"). That keeps the pipes working; nobody looks at what
the system's decisions do to the outcome (the metric, the results), so it is no monitoring of the plan.
Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .lexicon import OUTPUT_NOUNS, RESULT_NOUNS, _p
from .text import content_stems, find_all, has_any, sentences

# The machinery a system runs on and the flow of its inputs, as opposed to what comes out in the world.
SYSTEM_RUNNING = _p(
    r"servers? | uptime | up ?time | downtime | down ?time | run ?time | runtime | latency | cpu | disk",
    r"(nightly|daily|weekly|batch|cron|scheduled|overnight) (job|run|script|task)s? | jobs? (runs?|finish)",
    r"pipelines? | (data|sensor|input|live) feeds? | feeds? (arrive|come in|are (up|live|working|on))",
    r"(data|readings?|files?|uploads?) (arrive|arrives|come in|comes in|land|lands|are received)",
    r"(within|in|out of) (the )?(normal |expected |safe )?range | (sensors?|cameras?|probes?) (are |is )?"
    r"(online|working|up|connected|calibrated)",
    r"(connection|connectivity|network|power supply|battery|batteries|backups?) (is |are )?"
    r"(up|ok|working|checked|running)",
    # the model's own fit is its running too: a score on its training or test data says nothing of the world
    # ("test scores" alone are pupils' results, so a test counts only as a test set)
    r"(training|validation|held-out|cross-validation|test[- ]set) (set )?(accuracy|loss|error|fit|f1|auc|r2"
    r"|precision|recall) | (validation|held-out|cross-validation) scores?"
    r" | accuracy on (the |its )?(training|validation|test|held-out)",
    r"it (is|are) (up|running|online)\b | (system|app|model|software|dashboard) (is |are )?(up|running|"
    r"online|working)",
    # the system refreshing itself is its running too: "recalculated every night automatically, so it keeps
    # itself up to date" says the job runs, not what its decisions did
    r"(recalculat|retrain|re-train|refit|re-fit|refresh|re-?learn)\w* (every|each|automatically|itself"
    r"|nightly|daily|weekly|overnight|on its own) | keeps? itself (up to date|current|fresh)",
    r"updates? itself | (looks|look) after itself | runs? itself | takes? care of itself | self-updating",
    # the tool handed to its supplier's upkeep once it is live: "the software company keep it running and fix
    # it if it crashes", "their support desk makes sure it loads each morning", "takes care of it"
    r"keeps? (it|the (system|tool|app|software|module|model|plugin|program)) "
    r"(running|going|working|up|online)",
    r"fix(es|ing)? (it|bugs?|faults?|crashes|glitches) (if|when) (it|something|anything) (crashes|breaks"
    r"|goes down|fails|stops)",
    r"makes? sure (that )?(it|the (system|tool|app|software|module|model|plugin|program)) (loads|runs|works"
    r"|starts|opens|calculates|is up|is running)",
    r"(support|help) ?(desk|team|line)s? (looks? after|takes? care of|maintains?|keeps?) (it|the (system|tool"
    r"|app|software|module|model|plugin|program))",
    # that the output came out at all: "checks each year that the invitation list was produced on time" (not
    # "while letters are out": a time clause, when the watching happens)
    r"(?<!while )(?<!whilst )(?<!when )(?<!until )(?<!once )"
    r"(list|report|rota|schedule|plan|file|order|letters?|invitations?|e-?mails?|quotes?)s? "
    r"(was|were|is|are|has been|have been|gets?|got) (produced|sent|made|done|published|issued|generated"
    r"|delivered|ready|out)\b",
)

# The data a model is refitted or scored on is its input, not a result: "its accuracy on the validation data".
_MODEL_DATA = re.compile(
    r"\b(?:on|with|against) (?:the |its |our )?(?:new |latest |fresh |validation |training |test |held-out )?"
    r"data\b"
)
# Who watches is not what is watched: "our data volunteer checks ..." watches no data and no volunteers. A
# short subject before the watching verb is left out when looking for a result.
_WATCHER = re.compile(
    r"^\W*(?:our|the|a|an|my|their) (?:[\w'-]+ ){0,3}?"
    r"(?:checks|looks at|watches|monitors|reviews|tracks|reads)\b",
    re.IGNORECASE,
)
# The tool's own name is no look at what it does: "the overs tool becomes a module of the print management
# system" shares the metric's "overs" and "print" only as a name.
_TOOL_NAME = re.compile(
    r"\b(?:[\w'-]+ ){0,2}?(?:tool|system|module|software|app|platform|plugin|program)s?\b", re.IGNORECASE
)
_PERIOD_STEMS = content_stems(
    "day days week weeks month months quarter quarters year years before after during since until"
)


def only_system_running_watched(monitoring: str, metric: str) -> bool:
    """Whether the monitoring names the system's running or its input feeds and nowhere a result, the
    metric's own words or the system's outputs: its pipes are watched, not what it does."""
    running = [s for s in sentences(monitoring) if has_any(s, SYSTEM_RUNNING)]
    if not running:
        return False
    # the words the running is told in ("job", "range") are not the metric's, whatever the metric counts
    plumbing_stems = content_stems(" ".join(m.group(0) for s in running for m in find_all(s, SYSTEM_RUNNING)))
    # nor the period both are counted over ("each month" beside "per month")
    measured = content_stems(metric) - plumbing_stems - _PERIOD_STEMS
    return not any(
        has_any(s, RESULT_NOUNS) or has_any(s, OUTPUT_NOUNS) or content_stems(s) & measured
        for s in (
            _TOOL_NAME.sub(" ", _without_running(_MODEL_DATA.sub(" ", _WATCHER.sub(" ", part).lower())))
            for part in sentences(monitoring)
        )
    )


def _without_running(sentence: str) -> str:
    """The sentence less the words that tell the system's running ("the invitation list was produced"): the
    list there is what came out, not a look at what it did."""
    for found in reversed(find_all(sentence, SYSTEM_RUNNING)):
        sentence = sentence[: found.start()] + " " + sentence[found.end() :]
    return sentence
