"""Writes: register / activate model versions, classify into the session, flag, record evaluations."""

from __future__ import annotations

import base64
import uuid
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction

from classifier import selectors
from classifier.models import Flag, ModelVersion
from classifier.selectors import SESSION_CURRENT, SESSION_RECENT

RECENT_MAX = 6


@transaction.atomic
def model_version_activate(*, version: ModelVersion) -> ModelVersion:
    ModelVersion.objects.filter(is_active=True).exclude(pk=version.pk).update(is_active=False)
    if not version.is_active:
        version.is_active = True
        version.save(update_fields=["is_active"])
    return version


@transaction.atomic
def model_version_register(*, manifest: dict, activate: bool = False) -> ModelVersion:
    """Create or update the row for a model folder from its manifest (checksums included)."""
    version, _ = ModelVersion.objects.update_or_create(
        slug=manifest["slug"],
        defaults={
            "name": manifest.get("name", manifest["slug"])[:200],
            "kind": manifest.get("kind", ModelVersion.TRAINED),
            "learner_sha256": manifest["sha256"]["learner"],
            "onnx_sha256": manifest["sha256"]["onnx"],
            "vocab": manifest["vocab"],
            "manifest": manifest,
        },
    )
    if activate or not ModelVersion.objects.filter(is_active=True).exists():
        model_version_activate(version=version)
    return version


def model_version_ensure_builtin(
    *, force: bool = False, tta: bool = True, log=print
) -> tuple[ModelVersion, bool]:
    """Build the built-in model if needed (idempotent) and make sure it is registered."""
    from classifier.build import BUILTIN_SLUG, build_builtin, files_match
    from studyguide.modelfiles import read_manifest

    model_dir = Path(settings.CLASSIFIER_MODEL_DIR) / BUILTIN_SLUG
    row = ModelVersion.objects.filter(slug=BUILTIN_SLUG).first()
    manifest = read_manifest(model_dir)
    recorded_ok = (
        row is not None
        and manifest is not None
        and row.learner_sha256 == manifest["sha256"]["learner"]
        and row.onnx_sha256 == manifest["sha256"]["onnx"]
    )
    if not force and recorded_ok and files_match(model_dir, manifest):
        log(f"built-in model up to date (sha256 {row.learner_sha256[:12]}...); use --force to rebuild")
        return row, False
    manifest, built = build_builtin(
        model_dir, force=force or (row is not None and not recorded_ok), tta=tta, log=log
    )
    return model_version_register(manifest=manifest), built


@transaction.atomic
def model_version_record_evaluation(*, version: ModelVersion, metrics: dict) -> ModelVersion:
    version.evaluation = metrics
    version.save(update_fields=["evaluation"])
    return version


def _store_current(session, img, pred, name: str, *, site_model: bool = True) -> None:
    from classifier.safe_image import thumbnail_jpeg

    jpeg = base64.b64encode(thumbnail_jpeg(img, 256)).decode("ascii")
    thumb = base64.b64encode(thumbnail_jpeg(img, 96, 80)).decode("ascii")
    version = selectors.active_version() if site_model else None
    session[SESSION_CURRENT] = {
        "jpeg": jpeg,
        "name": name[:80],
        "pred": pred.as_dict(),
        "version": version.slug if version else "",
    }
    if not site_model:
        return  # the gallery and its slider score bears against the site model's gate only
    recent = [
        {
            "thumb": thumb,
            "name": name[:80],
            "label": pred.label,
            "top_prob": pred.top_prob,
            "score": pred.bear_mass,
        }
    ]
    recent += session.get(SESSION_RECENT, [])
    session[SESSION_RECENT] = recent[:RECENT_MAX]


def upload_classify(*, session, upload, runtime=None) -> dict:
    """Safely decode an uploaded file, predict, and keep a small copy in the session (not on disk).

    ``runtime`` is a student's own model (``classifier.projects.runtime``); None means the site's model.
    Raises ``safe_image.ImageRejected`` (bad input) or ``selectors.ModelNotReady``.
    """
    from classifier.safe_image import load_upload

    img = load_upload(
        upload, max_bytes=settings.CLASSIFIER_MAX_UPLOAD_BYTES, max_pixels=settings.CLASSIFIER_MAX_PIXELS
    )
    rt = runtime or selectors.get_runtime()
    pred = rt.predict_image(img)
    _store_current(
        session, img, pred, getattr(upload, "name", "upload") or "upload", site_model=runtime is None
    )
    return session[SESSION_CURRENT]


def example_classify(*, session, slug: str, runtime=None) -> dict | None:
    """Classify a shipped example into the session like an upload; None when there is no such example."""
    img = selectors.example_image(slug)
    if img is None:
        return None
    pred = (runtime or selectors.get_runtime()).predict_image(img)
    _store_current(session, img, pred, f"example: {slug}", site_model=runtime is None)
    return session[SESSION_CURRENT]


@transaction.atomic
def flag_create(*, user, session, correct_label: str = "", note: str = "") -> Flag | None:
    """Store the current image with the prediction and the student's note. Only now is the image saved."""
    cur = session.get(SESSION_CURRENT)
    if not cur or cur["pred"].get("gate") == "project":  # flags are about the site's model only
        return None
    pred = cur["pred"]
    flag = Flag(
        user=user,
        model_version=ModelVersion.objects.filter(slug=cur.get("version")).first(),
        predicted_label=pred["label"],
        correct_label=correct_label[:100],
        verdict=pred["verdict"],
        bear_mass=pred["bear_mass"],
        probs=dict(zip(pred["vocab"], pred["probs"], strict=True)),
        top5=pred["top5"],
        note=note[:1000],
    )
    flag.image.save(f"{uuid.uuid4().hex}.jpg", ContentFile(base64.b64decode(cur["jpeg"])), save=False)
    flag.save()
    return flag


@transaction.atomic
def flag_set_in_gallery(*, flag: Flag, in_gallery: bool) -> Flag:
    flag.in_gallery = in_gallery
    flag.save(update_fields=["in_gallery"])
    return flag


def flag_delete(*, flag: Flag) -> None:
    storage, name = flag.image.storage, flag.image.name
    with transaction.atomic():
        flag.delete()
    if name:
        storage.delete(name)
