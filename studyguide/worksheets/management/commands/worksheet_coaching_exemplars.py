"""python manage.py worksheet_coaching_exemplars [--per-side 20] [--check]

Rebuilds ``studyguide/worksheets/coaching/exemplars.json`` (and ``prototype_vectors.npz``, the saved vectors
of every prototype and example): for each concept the coaching looks for in a plan
(an experiment, a person in charge, gradual steps), example sentences that state it and
sentences that do not, taken from the development worksheets (``tests/worksheets/cases``; never from the
held-out sets). A sentence is labelled by the rules' own word lists, then the embedding model picks a
spread-out sample of each side (farthest-point sampling), so the nearest-neighbour check in ``semantic.py``
recognises phrasings the word lists miss. ``--check`` fails if the file on disk differs."""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from studyguide.worksheets.coaching import experiment_words, lexicon
from studyguide.worksheets.coaching.rollout import UNTIL
from studyguide.worksheets.coaching.semantic import EXEMPLARS_PATH, VECTORS_PATH, save_vectors
from studyguide.worksheets.coaching.text import has_any, sentences
from studyguide.worksheets.evaluation import load_cases

STOPPING = (
    r"can (stop|pause|switch|turn|revert|go back|fall back|restore|ignore|override|overrule|return|pull)",
    r"stops? (everything|it|at|after)",
    r"drawdown",
    r"loss\b",
)


def _labelled(plans) -> dict[str, tuple[list[str], list[str]]]:
    pools: dict[str, tuple[list[str], list[str]]] = {
        k: ([], []) for k in ("experiment", "human_oversight", "gradual")
    }

    def add(concept, sentence, yes):
        sentence = " ".join(sentence.split())
        if 15 <= len(sentence) <= 220:
            pools[concept][0 if yes else 1].append(sentence)

    for p in plans:
        for s in sentences(p.data):
            varied = has_any(s, experiment_words.CHANGE_VERBS) and has_any(s, experiment_words.PARTIAL_WORDS)
            add("experiment", s, varied or has_any(s, experiment_words.EXPERIMENT_WORDS))
        for s in sentences(p.rollout):
            # "Prices are set automatically; nobody needs to approve them" names approval only to deny it.
            denied = has_any(s, lexicon.NO_HUMAN) and not has_any(s, UNTIL)
            add("human_oversight", s, has_any(s, lexicon.HUMAN_WORDS) and not denied)
            # "she can switch back in one click" matches a loose staging pattern, but it is about stopping.
            add("gradual", s, has_any(s, lexicon.GRADUAL_WORDS) and not has_any(s, STOPPING))
    out = {}
    for k, (yes, no) in pools.items():
        yes = list(dict.fromkeys(yes))
        out[k] = (yes, [s for s in dict.fromkeys(no) if s not in yes])
    return out


def _spread(texts: list[str], vectors, n: int) -> list[str]:
    """Farthest-point sample: start from the first, then keep adding the text least like those chosen."""
    if len(texts) <= n:
        return texts
    chosen = [0]
    nearest = vectors @ vectors[0]
    while len(chosen) < n:
        i = int(nearest.argmin())
        chosen.append(i)
        nearest = nearest.clip(min=vectors @ vectors[i])
    return [texts[i] for i in sorted(chosen)]


class Command(BaseCommand):
    help = "Rebuild the coaching's example sentences from the development worksheets."

    def add_arguments(self, parser):
        parser.add_argument("--per-side", type=int, default=20, help="Sentences per concept and side.")
        parser.add_argument("--check", action="store_true", help="Fail if the file on disk is out of date.")
        parser.add_argument(
            "--output", default=str(EXEMPLARS_PATH), help="Where to write (default: the package)."
        )

    def handle(self, *args, **options):
        from studyguide.embeddings import get_embedder
        from studyguide.worksheets.coaching import plan_from_mapping

        cases = load_cases(Path(settings.BASE_DIR) / "tests" / "worksheets" / "cases")
        pools = _labelled([plan_from_mapping(c["worksheet"]) for c in cases])
        embedder = get_embedder()
        result = {}
        for concept, (yes, no) in pools.items():
            n = options["per_side"]
            result[concept] = {
                "yes": _spread(yes, embedder.encode(yes), n),
                "no": _spread(no, embedder.encode(no), n),
            }
        text = json.dumps(result, indent=1, ensure_ascii=False) + "\n"
        output = Path(options["output"])
        if options["check"]:
            if not output.exists() or output.read_text(encoding="utf-8") != text:
                raise CommandError(f"{output} is out of date: run worksheet_coaching_exemplars")
            self.stdout.write("exemplars up to date")
            return
        output.write_text(text, encoding="utf-8")
        counts = ", ".join(f"{k}: {len(v['yes'])}+{len(v['no'])}" for k, v in result.items())
        self.stdout.write(self.style.SUCCESS(f"wrote {output} ({counts})"))
        if output == EXEMPLARS_PATH:
            n = save_vectors(embedder)
            self.stdout.write(self.style.SUCCESS(f"wrote {VECTORS_PATH} ({n} vectors)"))
