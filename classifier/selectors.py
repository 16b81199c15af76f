"""Reads: the active model version, its runtime, calibration data, gallery items, flags, the two labs."""

from __future__ import annotations

import base64
import copy
import json
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.templatetags.static import static

from classifier import ood
from classifier.examples import EXAMPLES
from classifier.models import ClassExample, Flag, ModelVersion, label_name

DATA_DIR = Path(__file__).resolve().parent / "data"
EXAMPLES_DIR = Path(settings.BASE_DIR) / "static" / "classifier" / "examples"
SESSION_CURRENT = "classifier_current"
SESSION_RECENT = "classifier_recent"
SESSION_THRESHOLD = "classifier_threshold"  # the slider's threshold, while it differs from the default
CLASS_EXAMPLE_PREFIX = "class-"  # gallery ids of class examples ("class-12"); shipped ones are plain slugs
CLASS_EXAMPLES_SHOWN = 12


class ModelNotReady(RuntimeError):
    """No active model version, or its files are missing / do not match their checksums."""


def active_version() -> ModelVersion | None:
    """The live model version, kept per worker while no version changes (``classifier.cache``). Each call
    gets its own copy (a service may set a field and save it); its JSON fields are shared: never modify them
    in place."""
    from classifier.cache import MODELS

    version = MODELS.get("active", lambda: ModelVersion.objects.filter(is_active=True).first())
    return copy.copy(version)


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
    """The calibrated threshold on the slider's grid (0.2558 -> 0.255): the one the page's gate uses until
    the slider moves. Rounded down, so it still rejects at most the 2 % of calib bears it was chosen for."""
    return ood.snap_threshold(calibration()["threshold"], down=True)


def get_runtime(version: ModelVersion | None = None):
    from classifier import runtime
    from classifier.build import ModelFileError

    version = version or active_version()
    if version is None:
        raise ModelNotReady("No classifier model is installed yet. Run `python manage.py build_classifier`.")
    cal = calibration()
    try:
        return runtime.get_runtime(
            model_dir(version), version.onnx_sha256, default_threshold(), cal["sure_threshold"]
        )
    except ModelFileError as exc:
        raise ModelNotReady(str(exc)) from exc


def present(pred: dict, threshold: float | None = None) -> dict:
    """Template-ready view of a stored prediction (``Prediction.as_dict()``).

    The runtime decided the verdict at the threshold stored with the prediction, and that verdict is kept.
    When the page's slider has moved the bear gate's threshold (``threshold``), the photo is judged again by
    the same rule (``ood.verdict_kind``) from the same numbers, so the verdict, the words and the gallery
    tile always agree with the slider. A student's own model keeps its own gate and threshold.
    """
    own_model = pred.get("gate") == "project"
    thr, kind = pred["threshold"], pred["verdict"]
    if own_model:  # a student's model: its gate has its own rows, threshold and words
        from classifier.projects import gate as project_gate

        v = project_gate.describe(kind, pred["bear_mass"], pred["top_prob"], pred["label"], thr)
    else:
        if threshold is not None and threshold != thr:
            thr = threshold
            kind = ood.verdict_kind(pred["bear_mass"], pred["top_prob"], thr, calibration()["sure_threshold"])
        v = ood.describe(kind, pred["bear_mass"], pred["top_prob"], pred["label"], thr)
    bars = sorted(zip(pred["vocab"], pred["probs"], strict=True), key=lambda t: -t[1])
    return {
        "label": pred["label"],
        "top_prob": pred["top_prob"],
        "top_pct": ood.percent(pred["top_prob"]),
        "bars": [{"label": lab, "pct": ood.percent(p)} for lab, p in bars],
        "top5": [{"name": n, "pct": ood.percent(p)} for n, p in pred["top5"]],
        "bear_mass": pred["bear_mass"],
        "bear_mass_pct": ood.percent(pred["bear_mass"]),
        "threshold_pct": ood.percent(thr),
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


def shift_lab(img, *, corruption: str, severity: int, threshold: float) -> dict:
    """Domain-shift lab: the current photo under one corruption at every severity, ``severity`` shown, each
    judged at the page's threshold."""
    from classifier import labs

    rt = get_runtime()
    rows, images, label = labs.severity_sweep(rt, img, corruption)
    sure = calibration()["sure_threshold"]
    for r in rows:
        r["prob_pct"] = ood.percent(r["prob_label"])
        r["mass_pct"] = ood.percent(r["bear_mass"])
        r["verdict"] = ood.verdict(r["bear_mass"], r["top_prob"], r["label"], threshold, sure)
    return {
        "name": labs.CORRUPTIONS[corruption][0],
        "severity": severity,
        "label": label,
        "rows": rows,
        "chosen": rows[severity],
        "image": data_uri(labs.to_jpeg_bytes(images[severity])),
        "svg": labs.sweep_svg(rows, threshold),
    }


def resize_lab(img, *, threshold: float) -> list[dict]:
    """Resize lab: crop, pad, squish and RandomResizedCrop of the current photo, each predicted and judged at
    the page's threshold."""
    from classifier import labs

    rt = get_runtime()
    variants = []
    for key, description, im in labs.resize_variants(img):
        variant = present(rt.predict_prepared(im).as_dict(), threshold)
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


def class_examples_for(user):
    """The class examples ``user`` sees: those promoted by a teacher of a cohort they study or teach in (or
    by themselves). Visitors who are not logged in see none."""
    from django.db.models import Q

    if not user.is_authenticated:
        return ClassExample.objects.none()
    teachers = Q(promoted_by=user) | Q(promoted_by__cohorts_taught__memberships__student=user)
    teachers |= Q(promoted_by__cohorts_taught__teachers=user)
    ids = ClassExample.objects.filter(teachers).values("pk")
    return ClassExample.objects.filter(pk__in=ids).order_by("-created_at", "-id")


def class_examples_shown(user) -> list[dict]:
    """What the gallery shows of the class examples ``user`` sees (the newest ``CLASS_EXAMPLES_SHOWN``),
    small enough to be kept beside the logged-in user (``classifier.cache``)."""
    fields = ("pk", "caption", "true_label", "predicted_label", "top_prob", "bear_mass")
    return list(class_examples_for(user).values(*fields)[:CLASS_EXAMPLES_SHOWN])


def class_example_for(user, gallery_id: str) -> ClassExample | None:
    """The class example named ``class-<id>`` if ``user`` may see it, else None (as if there were none)."""
    gallery_id = str(gallery_id)
    raw = gallery_id.removeprefix(CLASS_EXAMPLE_PREFIX)
    if not gallery_id.startswith(CLASS_EXAMPLE_PREFIX) or not raw.isdigit():
        return None
    return class_examples_for(user).filter(pk=int(raw)).first()


def class_example_photo(user, gallery_id: str):
    """(RGB image, name) of a class example ``user`` may see, or None."""
    from PIL import Image

    example = class_example_for(user, gallery_id)
    if example is None:
        return None
    try:
        with example.image.open("rb") as fh, Image.open(fh) as im:
            return im.convert("RGB"), f"example: {example.caption or 'a photo from your class'}"
    except (FileNotFoundError, OSError, ValueError):
        return None


def gallery(session, version: ModelVersion | None, threshold: float, user) -> list[dict]:
    """The shipped examples, the photos this user's teachers promoted and this session's recent uploads, each
    judged by the gate at ``threshold`` (the site model's bear mass, as the slider shows)."""
    from django.urls import reverse

    from studyguide.accounts.usercache import user_extra

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
    shown = user_extra(user, "class_examples") if user.is_authenticated else []
    for ex in shown:
        truth = f", really {label_name(ex['true_label'])}" if ex["true_label"] else ""
        items.append(
            {
                "kind": "class",
                "slug": f"{CLASS_EXAMPLE_PREFIX}{ex['pk']}",
                "title": ex["caption"] or f"From your class: called {ex['predicted_label']}{truth}",
                "src": reverse("classifier:class_example_image", args=[ex["pk"]]),
                "label": ex["predicted_label"],
                "top_prob": ex["top_prob"],
                "score": ex["bear_mass"],
            }
        )
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
    for it in items:
        it["accepted"] = bool(ood.in_domain(it["score"], threshold))
        it["score_pct"] = ood.percent(it["score"])
        it["top_pct"] = ood.percent(it["top_prob"])
    return items


def truth_of_current(session, user) -> str:
    """What the current photo really is, when the page knows: a class example carries its flag's label."""
    cur = current(session) or {}
    example = class_example_for(user, cur.get("example", ""))
    return example.true_label if example is not None else ""


def tradeoff(threshold: float) -> dict:
    """The calibration photos' rates at ``threshold``, as the slider's words show them."""
    s = calibration().get("scores", {})
    t = ood.tradeoff(threshold, s.get("bears", []), s.get("near", []), s.get("far", []))
    return {
        **t,
        "threshold_pct": ood.percent(threshold),
        "bears_rejected_pct": ood.percent(t["bears_rejected"]),
        "near_accepted_pct": ood.percent(t["near_accepted"]),
        "far_accepted_pct": ood.percent(t["far_accepted"]),
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
    """A flagged photo is seen by its author and the teachers of its cohorts only. (A photo promoted to the
    gallery is shown through its own copy, ``ClassExample``, to the cohorts it was promoted for.)"""
    from studyguide.accounts.selectors import is_teacher

    if not user.is_authenticated:
        return False
    return flag.user_id == user.pk or (
        is_teacher(user) and flags_for_teacher(user).filter(pk=flag.pk).exists()
    )


def flags_of_student(user):
    """A student's own flags, newest first, with whether a teacher put each one in the gallery."""
    return Flag.objects.filter(user=user).select_related("class_example").order_by("-created_at")


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
