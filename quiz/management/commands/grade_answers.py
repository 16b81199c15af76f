"""``python manage.py grade_answers --input FILE.jsonl`` (``-`` for stdin): grade free-text answers offline.

Each input line: ``{"item": "ch2-q15", "answer": "..."}`` (extra fields such as ``student`` are echoed back).
Each output line: ``{"item", "score", "level", "confidence", "missing"}`` where ``missing`` lists the labels
of the key points not covered (status missing or unclear); a bad line or an unknown item gives
``{"line": N, "item": ..., "error": "..."}`` and the other lines are still graded.
"""

import json
import sys

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Grade JSON-lines answers ({'item', 'answer'} per line) with the automatic short-answer grader."

    def add_arguments(self, parser):
        parser.add_argument("--input", required=True, help="JSON-lines file, or - for standard input")

    def handle(self, *args, **options):
        path = options["input"]
        if path == "-":
            self._run(sys.stdin)
            return
        try:
            stream = open(path, encoding="utf-8")
        except OSError as exc:
            raise CommandError(f"cannot read {path}: {exc}") from exc
        with stream:
            self._run(stream)

    def _emit(self, obj: dict) -> None:
        self.stdout.write(json.dumps(obj, ensure_ascii=False))

    def _run(self, stream) -> None:
        from quiz.grading import grade, load_grader_model
        from quiz.keys import get_item_key

        embedder = None
        model = load_grader_model()
        keys: dict = {}
        for lineno, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                self._emit({"line": lineno, "error": f"malformed JSON: {exc.msg}"})
                continue
            if not isinstance(obj, dict):
                self._emit({"line": lineno, "error": "each line must be a JSON object"})
                continue
            item, answer = obj.get("item"), obj.get("answer")
            echo = {k: obj[k] for k in ("student",) if k in obj}
            if not isinstance(item, str) or not item:
                self._emit({"line": lineno, **echo, "error": "missing or non-string 'item'"})
                continue
            if not isinstance(answer, str):
                self._emit({"line": lineno, "item": item, **echo, "error": "missing or non-string 'answer'"})
                continue
            if item not in keys:
                try:
                    keys[item] = get_item_key(item)
                except LookupError as exc:
                    keys[item] = exc
            key = keys[item]
            if isinstance(key, LookupError):
                self._emit({"line": lineno, "item": item, **echo, "error": str(key) or "unknown item"})
                continue
            if embedder is None:
                from studyguide.embeddings import get_embedder

                embedder = get_embedder()
            result = grade(answer, key, embedder, model)
            self._emit(
                {
                    "item": item,
                    **echo,
                    "score": result.score,
                    "level": result.level,
                    "confidence": result.confidence,
                    "missing": [p.label for p in result.points if p.status != "covered"],
                }
            )
