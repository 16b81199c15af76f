"""The ONNX sentence embedder against the torch path it replaced, and its checksummed model folder.

The equivalence runs on the course's own texts (always) and on a few hundred real student answers from the
shared ASAG data (when that folder is present): sentence vectors and every token vector must have cosine
>= 0.999 with sentence-transformers on torch, with the same token ids and character offsets.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import numpy as np
import pytest
import yaml
from django.conf import settings
from django.core.management import call_command

from studyguide.embeddings import EmbedderFileError, OnnxEmbedder, PrefetchedTokens, get_embedder
from studyguide.embeddings.files import ONNX, TOKENIZER, verified_manifest
from studyguide.modelfiles import MANIFEST

pytestmark = pytest.mark.real_model

MIN_COSINE = 0.999
CONTENT = Path(settings.BASE_DIR) / "studyguide" / "course" / "content" / "chapter02.yaml"
# Edge cases written for this test: empty, blanks, markup, accents and other scripts, a very long answer.
EDGE_CASES = [
    "",
    "   ",
    "\n\t\n",
    "x",
    "  leading and trailing blanks  ",
    "<p>An <b>answer</b> pasted from a web page &amp; its markup</p>",
    "Ünïcödé: café, naïve, façade; 北京; Ελληνικά; emoji 🐻🧸",
    "one two three " * 120,
    "The model saw photos of bears in daylight; in production it gets night-time camera traps. " * 40,
    "Squish, crop, pad: " + ", ".join(f"option {i}" for i in range(300)),
]


def course_texts() -> list[str]:
    data = yaml.safe_load(CONTENT.read_text(encoding="utf-8"))
    texts: list[str] = []
    for item in data["items"]:
        texts += [item.get("prompt", ""), item.get("reference_answer", "")]
        for kp in item.get("key_points") or []:
            texts += [kp.get("label", ""), kp.get("detail", ""), *(kp.get("phrasings") or [])]
        for mc in item.get("misconceptions") or []:
            texts += [mc.get("label", ""), mc.get("feedback", "")]
    for note in data["notes"]:
        texts += [p for p in note.get("body", "").split("\n\n") if p.strip()]
    return list(dict.fromkeys(t for t in texts if t))


def asag_answers(root: Path, n: int = 300) -> list[str]:
    from quiz.grading.tools.mohler import read_mohler

    answers = sorted({a.text for a in read_mohler(root / "mohler_v2").answers if a.text.strip()})
    return random.Random(14).sample(answers, min(n, len(answers)))


@pytest.fixture(scope="module")
def reference():
    from studyguide.embeddings.export import TorchReference

    return TorchReference()


@pytest.fixture(scope="module")
def onnx_embedder():
    return OnnxEmbedder(settings.EMBEDDER_MODEL_DIR)


def assert_equivalent(texts: list[str], onnx_embedder, reference) -> None:
    cos = np.sum(onnx_embedder.encode(texts) * reference.encode(texts), axis=1)
    worst = int(np.argmin(cos))
    assert cos.min() >= MIN_COSINE, (texts[worst][:80], float(cos.min()))
    for text, got in zip(texts, onnx_embedder.encode_tokens_many(texts), strict=True):
        want = reference.encode_tokens(text)
        ids, _ = reference.token_ids(text)
        assert onnx_embedder.tokenizer.encode(text, add_special_tokens=False).ids == ids
        assert np.array_equal(got.offsets, want.offsets) and got.vectors.shape == want.vectors.shape
        if len(want.vectors):
            norms = np.linalg.norm(got.vectors, axis=1) * np.linalg.norm(want.vectors, axis=1)
            tok_cos = np.sum(got.vectors * want.vectors, axis=1) / norms
            assert tok_cos.min() >= MIN_COSINE, (text[:80], float(tok_cos.min()))
            assert float(got.sentence @ want.sentence) >= MIN_COSINE, text[:80]
        else:
            assert not got.sentence.any() and not want.sentence.any()


def test_course_texts_and_edge_cases_match_the_torch_path(onnx_embedder, reference):
    texts = course_texts() + EDGE_CASES
    assert len(texts) >= 200
    assert_equivalent(texts, onnx_embedder, reference)


def test_real_answers_match_the_torch_path(onnx_embedder, reference):
    root = Path(settings.SHARED_DATA_DIR) / "asag"
    if not (root / "mohler_v2").is_dir():
        pytest.skip(f"real answers not checked: the shared ASAG data is not at {root} (set SHARED_DATA_DIR)")
    texts = asag_answers(root)
    assert len(texts) >= 200
    assert_equivalent(texts, onnx_embedder, reference)


def test_many_texts_batch_into_few_calls_with_the_same_vectors(onnx_embedder):
    texts = [f"Answer {i}: the gate rejects photos that are not bears. " * (1 + i % 7) for i in range(40)]
    one_by_one = [onnx_embedder.encode_tokens(t) for t in texts]
    before = onnx_embedder.calls
    together = onnx_embedder.encode_tokens_many(texts)
    assert onnx_embedder.calls - before <= 3  # not one call per text
    for a, b in zip(one_by_one, together, strict=True):
        assert np.allclose(a.vectors, b.vectors, atol=1e-4) and np.allclose(a.sentence, b.sentence, atol=1e-5)


def test_prefetched_answers_are_served_without_another_call(onnx_embedder):
    texts = ["Batch every answer first.", "Then grade each one."]
    wrapper = PrefetchedTokens(
        onnx_embedder, dict(zip(texts, onnx_embedder.encode_tokens_many(texts), strict=True))
    )
    before = onnx_embedder.calls
    assert wrapper.encode_tokens(texts[1]) is wrapper.encodings[texts[1]]
    assert onnx_embedder.calls == before
    assert wrapper.encode_tokens("something else").vectors.shape[1] == onnx_embedder.dim


def test_get_embedder_serves_the_configured_folder():
    embedder = get_embedder()
    assert embedder is get_embedder()
    assert embedder.manifest == verified_manifest(settings.EMBEDDER_MODEL_DIR)
    assert embedder.encode(["warm up"]).shape == (1, 384)


def test_build_embedder_is_idempotent(capsys):
    call_command("build_embedder")
    assert "up to date" in capsys.readouterr().out


@pytest.fixture
def model_copy(tmp_path) -> Path:
    src = Path(settings.EMBEDDER_MODEL_DIR)
    for name in (MANIFEST, TOKENIZER):
        shutil.copyfile(src / name, tmp_path / name)
    (tmp_path / ONNX).symlink_to(src / ONNX)
    return tmp_path


def test_a_changed_file_is_refused_before_loading(model_copy):
    OnnxEmbedder(model_copy)  # the intact copy loads
    with open(model_copy / TOKENIZER, "a", encoding="utf-8") as fh:
        fh.write(" ")
    with pytest.raises(EmbedderFileError, match="checksum mismatch"):
        OnnxEmbedder(model_copy)


def test_a_missing_or_foreign_manifest_is_refused(model_copy):
    manifest = json.loads((model_copy / MANIFEST).read_text())
    (model_copy / MANIFEST).write_text(json.dumps({**manifest, "format": 0}))
    with pytest.raises(EmbedderFileError, match="build_embedder"):
        OnnxEmbedder(model_copy)
    (model_copy / MANIFEST).unlink()
    with pytest.raises(EmbedderFileError, match="build_embedder"):
        OnnxEmbedder(model_copy)


def test_a_missing_model_file_is_refused(model_copy):
    (model_copy / ONNX).unlink()
    with pytest.raises(EmbedderFileError, match="missing"):
        OnnxEmbedder(model_copy)
