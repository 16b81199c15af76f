"""Reads: the active model version, its runtime, calibration data, gallery items, flags, the two labs."""

from __future__ import annotations

import base64
import json
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.templatetags.static import static

from classifier import ood
from classifier.examples import EXAMPLES
from classifier.models import Flag, ModelVersion

DATA_DIR = Path(__file__).resolve().parent / "data"
EXAMPLES_DIR = Path(settings.BASE_DIR) / "static" / "classifier" / "examples"
SESSION_CURRENT = "classifier_current"
SESSION_RECENT = "classifier_recent"


class ModelNotReady(RuntimeError):
    """No active model version, or its files are missing / do not match their checksums."""


def active_version() -> ModelVersion | None:
    return ModelVersion.objects.filter(is_active=True).first()


def model_dir(version: ModelVersion) -> Path:
    base = Path(settings.CLASSIFIER_MODEL_DIR).resolve()
    path = (base / version.slug).resolve()
    if path.parent != base:  # only folders directly inside the configured directory
        raise ModelNotReady(f"model folder {version.slug!r} is outside CLASSIFIER_MODEL_DIR")
    return path


@lru_cache(maxsize=1)
def calibration() -> dict:
    """Gate thresholds and calib-set score distributions (numbers only), chosen on calib rows."""
    path = DATA_DIR / "calibration.json"
    if path.is_file():
        return json.loads(path.read_text())
    return {
        "threshold": ood.DEFAULT_THRESHOLD,
        "sure_threshold": ood.DEFAULT_SURE_THRESHOLD,
        "scores": {"bears": [], "near": [], "far": []},
    }


def default_threshold() -> float:
    return float(calibration()["threshold"])


def get_runtime(version: ModelVersion | None = None):
    from classifier import runtime
    from classifier.build import ModelFileError

    version = version or active_version()
    if version is None:
        raise ModelNotReady("No classifier model is installed yet. Run `python manage.py build_classifier`.")
    cal = calibration()
    try:
        return runtime.get_runtime(
            model_dir(version), version.onnx_sha256, cal["threshold"], cal["sure_threshold"]
        )
    except ModelFileError as exc:
        raise ModelNotReady(str(exc)) from exc


def present(pred: dict) -> dict:
    """Template-ready view of a stored prediction (``Prediction.as_dict()``).

    The verdict was decided once, by the runtime, at the threshold stored with the prediction; this only
    puts it into words.
    """
    thr = pred["threshold"]
    own_model = pred.get("gate") == "project"
    if own_model:  # a student's model: its gate has its own rows, threshold and words
        from classifier.projects import gate as project_gate

        v = project_gate.describe(pred["verdict"], pred["bear_mass"], pred["top_prob"], pred["label"], thr)
    else:
        v = ood.describe(pred["verdict"], pred["bear_mass"], pred["top_prob"], pred["label"], thr)
    bars = sorted(zip(pred["vocab"], pred["probs"], strict=True), key=lambda t: -t[1])
    return {
        "label": pred["label"],
        "top_prob": pred["top_prob"],
        "bars": [{"label": lab, "pct": round(p * 100, 1)} for lab, p in bars],
        "top5": [{"name": n, "pct": round(p * 100, 1)} for n, p in pred["top5"]],
        "bear_mass": pred["bear_mass"],
        "bear_mass_pct": round(pred["bear_mass"] * 100, 1),
        "threshold_pct": round(thr * 100, 1),
        "verdict": v,
        "gate": "project" if own_model else "bear",
        "score_name": "Domain mass" if own_model else "Bear mass",
        "model_label": pred.get("model_label", ""),
    }


def current(session) -> dict | None:
    return session.get(SESSION_CURRENT)


def current_image(session):
    """The current image (a small JPEG kept in the session) as a PIL image, or None."""
    from PIL import Image

    cur = current(session)
    if not cur:
        return None
    import io

    return Image.open(io.BytesIO(base64.b64decode(cur["jpeg"]))).convert("RGB")


def data_uri(data: bytes | str, mime: str = "image/jpeg") -> str:
    """A ``data:`` URI for image bytes, or for the base64 text the session keeps."""
    b64 = data if isinstance(data, str) else base64.b64encode(data).decode("ascii")
    return f"data:{mime};base64,{b64}"


def shift_lab(img, *, corruption: str, severity: int) -> dict:
    """Domain-shift lab: the current photo under one corruption at every severity, ``severity`` shown."""
    from classifier import labs

    rt = get_runtime()
    rows, images, label = labs.severity_sweep(rt, img, corruption)
    for r in rows:
        r["prob_pct"] = round(r["prob_label"] * 100, 1)
        r["mass_pct"] = round(r["bear_mass"] * 100, 1)
    return {
        "name": labs.CORRUPTIONS[corruption][0],
        "severity": severity,
        "label": label,
        "rows": rows,
        "chosen": rows[severity],
        "image": data_uri(labs.to_jpeg_bytes(images[severity])),
        "svg": labs.sweep_svg(rows, rt.threshold),
    }


def resize_lab(img) -> list[dict]:
    """Resize lab: crop, pad, squish and RandomResizedCrop of the current photo, each predicted."""
    from classifier import labs

    rt = get_runtime()
    variants = []
    for key, description, im in labs.resize_variants(img):
        variant = present(rt.predict_prepared(im).as_dict())
        variant.update(key=key, description=description, image=data_uri(labs.to_jpeg_bytes(im)))
        variants.append(variant)
    return variants


def example_image(slug: str):
    """A shipped example as an RGB PIL image, or None for a slug that is not one of ``EXAMPLES``."""
    from PIL import Image

    if slug not in EXAMPLES:
        return None
    path = EXAMPLES_DIR / f"{slug}.jpg"
    if not path.is_file():
        return None
    with Image.open(path) as im:
        return im.convert("RGB")


_EXAMPLE_SCORES: dict[str, list[dict]] = {}


def example_predictions(version: ModelVersion) -> list[dict]:
    """Predictions for the shipped synthetic examples, computed once per model version and process."""
    key = f"{version.slug}:{version.onnx_sha256}"
    if key not in _EXAMPLE_SCORES:
        rt = get_runtime(version)
        out = []
        for slug, title in EXAMPLES.items():
            img = example_image(slug)
            if img is None:
                continue
            out.append({"slug": slug, "title": title, "pred": rt.predict_image(img).as_dict()})
        _EXAMPLE_SCORES[key] = out
    return _EXAMPLE_SCORES[key]


def gallery(session, version: ModelVersion | None, threshold: float) -> list[dict]:
    """Examples + this session's recent uploads + teacher-curated flagged images, each with its score."""
    from django.urls import reverse

    items = []
    if version is not None:
        try:
            for ex in example_predictions(version):
                items.append(
                    {
                        "kind": "example",
                        "slug": ex["slug"],
                        "title": ex["title"],
                        "src": static(f"classifier/examples/{ex['slug']}.jpg"),
                        "label": ex["pred"]["label"],
                        "top_prob": ex["pred"]["top_prob"],
                        "score": ex["pred"]["bear_mass"],
                    }
                )
        except ModelNotReady:
            pass
    for i, r in enumerate(session.get(SESSION_RECENT, [])):
        items.append(
            {
                "kind": "recent",
                "slug": str(i),
                "title": f"Your upload: {r['name']}",
                "src": data_uri(r["thumb"]),
                "label": r["label"],
                "top_prob": r["top_prob"],
                "score": r["score"],
            }
        )
    for f in Flag.objects.filter(in_gallery=True).order_by("-created_at")[:12]:
        items.append(
            {
                "kind": "flag",
                "slug": str(f.pk),
                "title": f"Flagged: predicted {f.predicted_label}, really {f.correct_label or '?'}",
                "src": reverse("classifier:flag_image", args=[f.pk]),
                "label": f.predicted_label,
                "top_prob": max((f.probs or {"x": 0}).values()),
                "score": f.bear_mass,
            }
        )
    for it in items:
        it["accepted"] = bool(ood.in_domain(it["score"], threshold))
        it["score_pct"] = round(it["score"] * 100, 1)
        it["top_pct"] = round(it["top_prob"] * 100, 1)
    return items


def tradeoff(threshold: float) -> dict:
    s = calibration().get("scores", {})
    t = ood.tradeoff(threshold, s.get("bears", []), s.get("near", []), s.get("far", []))
    return {
        **t,
        "threshold_pct": round(threshold * 100, 1),
        "bears_rejected_pct": round(t["bears_rejected"] * 100, 1)
        if t["bears_rejected"] == t["bears_rejected"]
        else None,
        "near_accepted_pct": round(t["near_accepted"] * 100, 1)
        if t["near_accepted"] == t["near_accepted"]
        else None,
        "far_accepted_pct": round(t["far_accepted"] * 100, 1)
        if t["far_accepted"] == t["far_accepted"]
        else None,
        "counts": {k: len(v) for k, v in s.items()},
    }


def flags_for_teacher(teacher):
    """The flags a teacher reviews: their own, and those of the students of the cohorts they teach. Another
    cohort's flags (usernames, notes, photos) are not theirs to see, publish or delete."""
    from django.db.models import Q

    from studyguide.accounts.models import Membership

    students = Membership.objects.filter(cohort__teachers=teacher).values("student_id")
    return (
        Flag.objects.filter(Q(user=teacher) | Q(user_id__in=students))
        .select_related("user", "model_version")
        .order_by("-created_at")
    )


def flag_for_teacher(teacher, pk) -> Flag:
    """One flag of ``flags_for_teacher``, or 404 (another cohort's flag looks like a missing one)."""
    from django.shortcuts import get_object_or_404

    return get_object_or_404(flags_for_teacher(teacher), pk=pk)


def can_view_flag_image(user, flag: Flag) -> bool:
    """Everyone sees a published photo; otherwise only its author and the teachers of its cohorts."""
    from studyguide.accounts.selectors import is_teacher

    if flag.in_gallery:
        return True
    if not user.is_authenticated:
        return False
    return flag.user_id == user.pk or (
        is_teacher(user) and flags_for_teacher(user).filter(pk=flag.pk).exists()
    )


def model_versions():
    return ModelVersion.objects.order_by("-is_active", "-created_at")


def confusion_image(version: ModelVersion) -> str | None:
    """The confusion matrix ``evaluate_classifier`` or ``train_classifier`` drew for this version, if any."""
    try:
        path = model_dir(version) / "confusion.png"
    except ModelNotReady:
        return None
    return data_uri(path.read_bytes(), "image/png") if path.is_file() else None


@lru_cache(maxsize=1)
def builtin_evaluation() -> dict:
    """Figures measured for the built-in model on the shared evaluation data (numbers only, in the repo)."""
    path = DATA_DIR / "builtin_evaluation.json"
    return json.loads(path.read_text()) if path.is_file() else {}
