"""Measure the teacher's answer groups (``quiz.review.clustering``): how many groups, how many single answers,
and how alike in grade the grouped answers are, with the former text-only grouping beside the current one.

Two sources, each item grouped on its own as the groups page does:

- ``--data DIR``: a folder of real answers (``answers.jsonl``: student, item, answer; optional
  ``labels_calib.jsonl``: a teacher's label per student and item), graded here by the real grader. Purity is
  the share of labelled answers in groups of two or more that carry their group's most common label.
- ``--cohort NAME``: the reviewable answers of a cohort in the database (e.g. the demo cohort after
  ``create_demo_data``), with the evidence they were graded with; ``--mode`` picks exam or practice answers.

Prints one line per item and the totals; ``--json`` prints the totals as one JSON object.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from quiz.review.clustering import DEFAULT_THRESHOLD, AnswerSignal, cluster_texts

FORMER = 0.75  # the text-only grouping's threshold before the grader's evidence was used


def _labelled_purity(groups, labels: list) -> tuple[int, int, int]:
    """(labelled answers in groups of 2+, of them carrying their group's most common label, mixed groups)."""
    inside = agree = mixed = 0
    for g in groups:
        found = [labels[i] for i in g.members if labels[i] is not None] if g.size > 1 else []
        if found:
            inside += len(found)
            agree += Counter(found).most_common(1)[0][1]
            mixed += len(set(found)) > 1
    return inside, agree, mixed


class Command(BaseCommand):
    help = "Group counts, single answers and purity of the review page's answer groups, before and after."

    def add_arguments(self, parser):
        parser.add_argument("--data", help="Folder with answers.jsonl (and labels_calib.jsonl).")
        parser.add_argument("--cohort", help="A cohort's answers in the database instead (exact name).")
        parser.add_argument("--mode", choices=["exam", "practice", "all"], default="exam")
        parser.add_argument("--json", action="store_true", help="Totals as one JSON object.")

    def handle(self, *args, data=None, cohort=None, mode="exam", json=False, **options):  # noqa: A002
        from quiz.services import get_embedder

        if bool(data) == bool(cohort):
            raise CommandError("Give one of --data DIR or --cohort NAME.")
        per_item = self._from_data(Path(data)) if data else self._from_cohort(cohort, mode)
        embedder = get_embedder()
        totals = {name: Counter() for name in ("before", "after")}
        for item_id, rows in sorted(per_item.items()):
            texts = [r["text"] for r in rows]
            labels = [r.get("label") for r in rows]
            runs = {
                "before": cluster_texts(texts, embedder, threshold=FORMER),
                "after": cluster_texts(
                    texts, embedder, threshold=DEFAULT_THRESHOLD, signals=[r["signal"] for r in rows]
                ),
            }
            line = [f"{item_id:12s} {len(rows):3d} answers"]
            for name, groups in runs.items():
                single = sum(1 for g in groups if g.size == 1)
                inside, agree, mixed = _labelled_purity(groups, labels)
                totals[name].update(
                    answers=len(rows),
                    groups=len(groups),
                    single=single,
                    inside=inside,
                    agree=agree,
                    mixed=mixed,
                )
                line.append(f"{name} {len(groups):3d} groups ({single:3d} single)")
            if options.get("verbosity", 1) > 1:
                self.stdout.write(" · ".join(line))
        summary = {
            name: {
                "answers": t["answers"],
                "groups": t["groups"],
                "single": t["single"],
                "labelled_in_groups": t["inside"],
                "purity": round(t["agree"] / t["inside"], 3) if t["inside"] else None,
                "mixed_groups": t["mixed"],
            }
            for name, t in totals.items()
        }
        summary["before"]["method"] = f"text embedding only, threshold {FORMER}"
        summary["after"]["method"] = f"text + key points, one level per group, threshold {DEFAULT_THRESHOLD}"
        if json:
            import json as json_lib

            self.stdout.write(json_lib.dumps(summary))
            return
        for name, s in summary.items():
            purity = "n/a" if s["purity"] is None else f"{100 * s['purity']:.1f} %"
            self.stdout.write(
                f"{name:6s} ({s['method']}): {s['answers']} answers in {s['groups']} groups, "
                f"{s['single']} of them single; labelled answers in groups {s['labelled_in_groups']}, "
                f"sharing their group's label {purity}; groups mixing labels {s['mixed_groups']}"
            )

    def _from_data(self, folder: Path) -> dict[str, list[dict]]:
        from quiz import grading
        from quiz.keys import item_key_from
        from quiz.services import get_embedder
        from studyguide.course.models import Item
        from studyguide.course.selectors import items_with_key

        if not folder.is_absolute():
            folder = Path(settings.BASE_DIR) / folder
        answers = folder / "answers.jsonl"
        if not answers.is_file():
            raise CommandError(f"{answers} not found.")
        labels = {}
        labels_file = folder / "labels_calib.jsonl"
        if labels_file.is_file():
            for line in labels_file.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                labels[(row["student"], row["item"])] = row["label"]
        items = {i.item_id: i for i in items_with_key()}
        if not items:
            raise CommandError("No items: run `manage.py load_course` first.")
        embedder = get_embedder()
        per_item: dict[str, list[dict]] = defaultdict(list)
        for line in answers.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            item = items.get(row["item"])
            if item is None:
                continue
            signal = AnswerSignal()
            if item.kind == Item.Kind.FREE_TEXT:
                result = grading.grade(row["answer"], item_key_from(item), embedder)
                signal = AnswerSignal.from_evidence(result.to_dict(), result.level)
            per_item[item.item_id].append(
                {"text": row["answer"], "signal": signal, "label": labels.get((row["student"], row["item"]))}
            )
        return per_item

    def _from_cohort(self, name: str, mode: str) -> dict[str, list[dict]]:
        from quiz.review.selectors import scoped_answers
        from studyguide.accounts.models import Cohort

        cohort = Cohort.objects.filter(name__iexact=name.strip()).first()
        if cohort is None:
            raise CommandError(f"No cohort {name!r}.")
        per_item: dict[str, list[dict]] = defaultdict(list)
        for answer in scoped_answers(cohort, mode=mode).select_related("item").order_by("pk"):
            signal = AnswerSignal.from_evidence(answer.evidence, answer.auto_level)
            per_item[answer.item.item_id].append({"text": answer.text, "signal": signal})
        return per_item
