"""python manage.py worksheet_coaching_first_look --first-look FILE ... [--current FILE] [--threshold 0.5]
[--by-set-last N]

Reads per-plan records written by ``worksheet_coaching_eval --json --per-plan`` (one file per blind set's
first look, in the order the sets were measured, and optionally one run of today's coach) and prints, as
markdown: each code's precision and recall on first looks and on today's coach over the same sets, the false
alarms each code raised on strong plans set by set, and what withholding the codes below ``--threshold``
precision would have done to every first look, with the codes chosen from all first looks (in hindsight) and
from the earlier sets only (prospective). ``--by-set-last N`` prints the two by-set tables (one column per
set) for the last N first looks only. The records of the blind sets' first looks are in
docs/coaching-first-look/.
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from studyguide.worksheets.first_look import (
    CodeFigures,
    SetFigures,
    apply_policy,
    code_figures,
    low_precision_codes,
    prospective_policy,
    strong_false_alarms_by_set,
)


def _read(path: str) -> list[tuple[str, list[dict]]]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        sets = [(label, figures["plans"]) for label, figures in data["sets"].items()]
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise CommandError(f"{path}: not a --json --per-plan report ({exc})") from exc
    return sets


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _code_rows(first: dict[str, CodeFigures], now: dict[str, CodeFigures]) -> list[str]:
    rows = [
        "| code | fired | right | FA strong | FA flawed | allowed | precision | recall "
        "| now: fired | right | FA strong | FA flawed | precision | recall |",
        "|---|" + "---:|" * 13,
    ]
    empty = CodeFigures()
    for code in sorted(set(first) | set(now), key=lambda c: (-first.get(c, empty).fired, c)):
        f, n = first.get(code, empty), now.get(code, empty)
        rows.append(
            f"| {code} | {f.fired} | {f.caught} | {f.fa_strong} | {f.fa_flawed} | {f.allowed} "
            f"| {_ratio(f.precision)} | {f.caught}/{f.planted} "
            f"| {n.fired} | {n.caught} | {n.fa_strong} | {n.fa_flawed} | {_ratio(n.precision)} "
            f"| {n.caught}/{n.planted} |"
        )
    return rows


def _set_cells(s: SetFigures) -> str:
    return f"{s.caught}/{s.planted} | {s.fa_strong} | {s.fa_flawed} | {s.strong_clean}/{s.strong}"


class Command(BaseCommand):
    help = "Per-code precision of the coaching notes on blind first looks, and a withholding policy's effect."

    def add_arguments(self, parser):
        parser.add_argument("--first-look", nargs="+", required=True, help="First-look records, in order.")
        parser.add_argument("--current", help="Records of today's coach (sets matched by label).")
        parser.add_argument(
            "--threshold", type=float, default=0.5, help="Withhold codes below this precision."
        )
        parser.add_argument(
            "--allowed-ok",
            action="store_true",
            help="Judge codes by right-or-allowed / fired instead of right / fired.",
        )
        parser.add_argument(
            "--min-fired", type=int, default=1, help="Judge a code only once it has fired this many times."
        )
        parser.add_argument(
            "--by-set-last",
            type=int,
            default=0,
            metavar="N",
            help="Print the by-set tables for the last N first looks only (default: every set).",
        )

    def handle(self, *args, **options):
        first = [s for path in options["first_look"] for s in _read(path)]
        labels = [label for label, _ in first]
        current = dict(_read(options["current"])) if options["current"] else {}
        first_plans = [p for _, plans in first for p in plans]
        now_plans = [p for label in labels for p in current.get(label, [])]
        out = [
            f"## Per code: {len(first)} first looks ({', '.join(labels)}) | today's coach on the same sets",
            "",
        ]
        out += _code_rows(code_figures(first_plans), code_figures(now_plans))

        last = options["by_set_last"]
        if last < 0:
            raise CommandError("--by-set-last: give a number of sets, 0 for every set")
        by_set = first[-last:] if last else first
        by_labels = [label for label, _ in by_set]
        which = (
            f"the last {len(by_set)} of {len(first)} first looks"
            if len(by_set) < len(first)
            else "first looks"
        )
        out += ["", f"## False alarms on strong plans / strong plans, by set ({which})", ""]
        out.append("| code | " + " | ".join(by_labels) + " |")
        out.append("|---|" + "---:|" * len(by_labels))
        strong = [apply_policy(plans).strong for _, plans in by_set]
        for code, counts in strong_false_alarms_by_set(by_set).items():
            out.append(
                f"| {code} | " + " | ".join(f"{c}/{n}" for c, n in zip(counts, strong, strict=True)) + " |"
            )

        anywhere = "in these sets" if len(by_set) < len(first) else "anywhere"
        out += ["", f"## Right / fired, by set ({which}; codes with a false alarm {anywhere})", ""]
        out.append("| code | " + " | ".join(by_labels) + " |")
        out.append("|---|" + "---:|" * len(by_labels))
        per_set = [code_figures(plans) for _, plans in by_set]
        pooled = code_figures([p for _, plans in by_set for p in plans])
        for code in sorted(c for c, f in pooled.items() if f.fa_strong or f.fa_flawed):
            cells = [figures.get(code, CodeFigures()) for figures in per_set]
            out.append(f"| {code} | " + " | ".join(f"{f.caught}/{f.fired}" for f in cells) + " |")

        threshold, min_fired = options["threshold"], options["min_fired"]
        allowed_ok = options["allowed_ok"]
        hindsight = sorted(low_precision_codes(first_plans, threshold, min_fired, allowed_ok=allowed_ok))
        judged = "right or allowed / fired" if allowed_ok else "right / fired"
        out += [
            "",
            f"## Withholding codes with {judged} below {threshold} (fired at least {min_fired} times)",
            "",
        ]
        out.append(f"In hindsight (chosen from all first looks): {', '.join(hindsight) or 'none'}.")
        out += [
            "",
            "| first look | as shown: caught | FA strong | FA flawed | strong with no note "
            "| hindsight: caught | FA strong | FA flawed | no note "
            "| prospective: caught | FA strong | FA flawed | no note | codes withheld (prospective) |",
            "|---|" + "---:|" * 12 + "---|",
        ]
        totals = {"shown": [], "hindsight": [], "prospective": []}
        for (label, plans), (_, withheld, ahead) in zip(
            first, prospective_policy(first, threshold, min_fired, allowed_ok=allowed_ok), strict=True
        ):
            shown, behind = apply_policy(plans), apply_policy(plans, hindsight)
            for key, figures in (("shown", shown), ("hindsight", behind), ("prospective", ahead)):
                totals[key].append(figures)
            out.append(
                f"| {label} | {_set_cells(shown)} | {_set_cells(behind)} | {_set_cells(ahead)} "
                f"| {', '.join(sorted(withheld)) or '-'} |"
            )
        summed = {
            key: SetFigures(
                *(sum(getattr(f, name) for f in figs) for name in SetFigures.__dataclass_fields__)
            )
            for key, figs in totals.items()
        }
        out.append(
            f"| all | {_set_cells(summed['shown'])} | {_set_cells(summed['hindsight'])} "
            f"| {_set_cells(summed['prospective'])} | |"
        )
        if now_plans:
            today = [(label, current[label]) for label in labels if label in current]
            shown = [apply_policy(plans) for _, plans in today]
            held = [apply_policy(plans, hindsight) for _, plans in today]
            out += [
                "",
                "Today's coach on the same sets (development figures), as shown -> with the hindsight codes "
                "withheld (caught, FA strong, FA flawed, strong with no note):",
                "",
            ]
            out += [
                f"- {label}: {_set_cells(a).replace(' | ', ', ')} -> {_set_cells(b).replace(' | ', ', ')}"
                for (label, _), a, b in zip(today, shown, held, strict=True)
            ]
        others = [label for label in current if label not in labels]
        if others:
            out += ["", "## Today's coach on other sets", ""]
            out += [
                f"- {label}: {_set_cells(apply_policy(current[label])).replace(' | ', ', ')}"
                for label in others
            ]
        self.stdout.write("\n".join(out))
