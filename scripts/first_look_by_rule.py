"""Which coaching rule raised each note of the blind sets' first looks, and how often it was right.

    .venv/bin/python scripts/first_look_by_rule.py [--last N]

A first look is a blind set measured once, on the commit the coach stood at before anyone read the set
(``docs/coaching-first-look/<set>.json``). This checks out each of those commits in a temporary git worktree,
coaches the set's plans there with ``Context.add`` traced, and counts each note by the rule that raised it
(the calling function and the start of its message): right (the planted code), allowed, or a false alarm on a
strong or a flawed plan. A rule right at most half the time on plans it never saw is one to ask, not say
(``coaching/notes.py``). Needs the built embedder (``make setup``); takes about 25 s per set.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GIT = shutil.which("git") or "git"
# The commit each first look was measured on (docs/coaching-history.md); the fortieth's commit never landed
# and its README names the one that reproduces it.
FIRST_LOOK_COMMITS = {
    "thirtysixth": "4663d94",
    "thirtyseventh": "3b2cef0",
    "thirtyeighth": "1765519",
    "thirtyninth": "c415338",
    "fortieth": "9446931",
    "fortyfirst": "7be9919",
    "fortysecond": "0a6b40d",
    "fortythird": "1e32b70",
    "fortyfourth": "aa8e6dc",
    "fortyfifth": "f6be471",
    "fortysixth": "7a02c54",
    "fortyseventh": "b39f9b7",
    "fortyeighth": "e670cf4",
    "fortyninth": "0c131c3",
    "fiftieth": "c82b2a5",
    "fiftyfirst": "603aa4b",
    "fiftysecond": "cad9865",
    "fiftythird": "011c712",
    "fiftyfourth": "011c712",
    "fiftyfifth": "60cb144",
    "fiftysixth": "37b1e9f",
    "fiftyseventh": "a81d59b",
    "fiftyeighth": "50c6b11",
    "fiftyninth": "3f834e1",
    "sixtieth": "cf33b47",
    "sixtyfirst": "21f365d",
    "sixtysecond": "8b0c04b",
    "sixtythird": "3e4453a",
    "sixtyfourth": "6a06c47",
    "sixtyfifth": "debebc1",
    "sixtysixth": "7ac1dbe",
    "sixtyseventh": "48c31bb",
    "sixtyeighth": "87bacc4",
    "sixtyninth": "fc468d2",
    "seventieth": "198ad56",
    "seventyfirst": "198ad56",
    "seventysecond": "b3379d2",
    "seventythird": "b3379d2",
    "seventyfourth": "f3bd7b0",
    "seventyfifth": "f3bd7b0",
    "seventysixth": "c7fe79e",
    "seventyseventh": "c7fe79e",
    "seventyeighth": "b3fd9cb",
    "seventyninth": "b3fd9cb",
    "eightieth": "363583e",
    "eightyfirst": "363583e",
}


def trace(out: Path, folder: Path) -> None:
    """Run inside a worktree: coach every plan of ``folder`` and write each note with its rule."""
    sys.path.insert(0, os.getcwd())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "studyguide.settings")
    import django

    django.setup()
    from studyguide.worksheets.coaching import context, semantic
    from studyguide.worksheets.coaching.plan import plan_from_mapping
    from studyguide.worksheets.evaluation import load_cases

    added: list[dict] = []
    add = context.Context.add

    def traced(self, field_name, code, message, **kwargs):
        caller = traceback.extract_stack()[-2]
        rule = f"{Path(caller.filename).name}:{caller.name}"
        added.append({"code": code, "rule": rule, "message": message})
        return add(self, field_name, code, message, **kwargs)

    context.Context.add = traced
    with out.open("a", encoding="utf-8") as sink:
        for case in load_cases(folder):
            if "worksheet" not in case:
                continue
            added.clear()
            feedback = semantic.check(plan_from_mapping(case["worksheet"]))
            said = {(n.code, n.message) for n in feedback.notes}
            for note in added:
                if (note["code"], note["message"]) not in said:
                    continue  # asked as a question, or folded into another note
                # the rule's wording without the student's quoted words
                start = re.sub(r"“[^”]*”|\([^)]*\)", "…", note["message"])[:45]
                row = {
                    "set": folder.name,
                    "name": case["name"],
                    "expected": case.get("expected", []),
                    "allowed": case.get("allowed") or [],
                    "code": note["code"],
                    "rule": f"{note['rule']} | {start}",
                }
                sink.write(json.dumps(row) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--last", type=int, default=len(FIRST_LOOK_COMMITS), help="the last N first looks")
    parser.add_argument("--trace", nargs=2, metavar=("OUT", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.trace:
        trace(Path(args.trace[0]), Path(args.trace[1]))
        return
    sets = list(FIRST_LOOK_COMMITS.items())[-args.last :]
    with tempfile.TemporaryDirectory() as scratch:
        rows_path = Path(scratch) / "notes.jsonl"
        try:
            for name, commit in sets:
                tree = Path(scratch) / commit
                if not tree.exists():
                    add = [GIT, "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), commit]
                    subprocess.run(add, check=True)  # noqa: S603 (our own git, a commit from the table above)
                    (tree / "var").mkdir(exist_ok=True)
                    (tree / "var" / "models").symlink_to(ROOT / "var" / "models")
                folder = ROOT / "tests" / "worksheets" / "holdout" / name
                env = {**os.environ, "DJANGO_DEBUG": "1", "OPENBLAS_NUM_THREADS": "1"}
                command = [sys.executable, __file__, "--trace", str(rows_path), str(folder)]
                subprocess.run(command, cwd=tree, env=env, check=True)  # noqa: S603 (this script)
                print(f"{name}: traced on {commit}", file=sys.stderr)
            rows = [json.loads(line) for line in rows_path.read_text(encoding="utf-8").splitlines()]
        finally:
            # a failed trace must not leave worktrees registered in the repository
            for tree in Path(scratch).iterdir():
                if tree.is_dir():
                    remove = [GIT, "-C", str(ROOT), "worktree", "remove", "--force", str(tree)]
                    subprocess.run(remove, check=False)  # noqa: S603 (our own git and scratch folder)
    tally: dict[tuple[str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    for row in rows:
        if row["code"] in row["expected"]:
            kind = "right"
        elif row["code"] in row["allowed"]:
            kind = "allowed"
        else:
            kind = "false alarm on a flawed plan" if row["expected"] else "false alarm on a strong plan"
        tally[(row["code"], row["rule"])][kind] += 1
    print(f"Notes of the first looks of {', '.join(name for name, _ in sets)}, by the rule that raised them")
    print("| code | rule | right | false alarms on strong | on flawed | allowed | right of all |")
    print("|---|---|---|---|---|---|---|")
    for (code, rule), counts in sorted(tally.items(), key=lambda item: (item[0][0], -item[1]["right"])):
        wrong = counts["false alarm on a strong plan"] + counts["false alarm on a flawed plan"]
        share = counts["right"] / (counts["right"] + wrong) if counts["right"] + wrong else 0.0
        print(
            f"| {code} | {rule} | {counts['right']} | {counts['false alarm on a strong plan']} | "
            f"{counts['false alarm on a flawed plan']} | {counts['allowed']} | {share:.2f} |"
        )


if __name__ == "__main__":
    main()
