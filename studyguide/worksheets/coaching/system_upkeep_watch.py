"""A monitoring field that watches only the system's own running: that its data feeds arrive, its readings
are in range, its server is up, its nightly job finishes ("we check every day that the sensor feeds arrive",
"server uptime and the job's run time, checked by IT"). That keeps the pipes working; nobody looks at what
the system's decisions do to the outcome (the metric, the results), so it is no monitoring of the plan.
Pure: no Django, no torch.
"""

from __future__ import annotations

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
    r"it (is|are) (up|running|online)\b | (system|app|model|software|dashboard) (is |are )?(up|running|"
    r"online|working)",
)


def only_system_running_watched(monitoring: str, metric: str) -> bool:
    """Whether the monitoring names the system's running or its input feeds and nowhere a result, the
    metric's own words or the system's outputs: its pipes are watched, not what it does."""
    running = [s for s in sentences(monitoring) if has_any(s, SYSTEM_RUNNING)]
    if not running:
        return False
    # the words the running is told in ("job", "range") are not the metric's, whatever the metric counts
    plumbing_stems = content_stems(" ".join(m.group(0) for s in running for m in find_all(s, SYSTEM_RUNNING)))
    measured = content_stems(metric) - plumbing_stems
    return not any(
        has_any(s, RESULT_NOUNS) or has_any(s, OUTPUT_NOUNS) or content_stems(s) & measured
        for s in sentences(monitoring)
    )
