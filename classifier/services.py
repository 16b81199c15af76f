"""Writes: register / activate model versions, classify into the session, flag, record evaluations."""

from __future__ import annotations

import base64
import hashlib
import uuid
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction

from classifier import selectors
from classifier.models import ClassExample, Flag, ModelVersion
from classifier.selectors import SESSION_CURRENT, SESSION_RECENT

RECENT_MAX = 6


@transaction.atomic
def model_version_activate(*, version: ModelVersion) -> ModelVersion:
    from classifier.cache import MODELS

    ModelVersion.objects.filter(is_active=True).exclude(pk=version.pk).update(is_active=False)
    # Written by pk, not by trusting version.is_active: a stale instance (loaded before another version was
    # activated) still says True and would otherwise leave no version active.
    ModelVersion.objects.filter(pk=version.pk).update(is_active=True)
    MODELS.bump()  # update() sends no signal
    version.is_active = True
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


def _store_current(session, img, pred, name: str, *, site_model: bool = True, example: str = "") -> None:
    """Keep the photo and its prediction as the page's current one.

    An upload also becomes a tile of the session's recent uploads (scored by the site model's gate only),
    once: the same photo again moves its tile to the front. A gallery example (``example``, its gallery id)
    already has a tile of its own, and the page uses the id to say what the photo really is.
    """
    from classifier.safe_image import thumbnail_jpeg

    jpeg_bytes = thumbnail_jpeg(img, 256)
    version = selectors.active_version() if site_model else None
    session[SESSION_CURRENT] = {
        "jpeg": base64.b64encode(jpeg_bytes).decode("ascii"),
        "name": name[:80],
        "pred": pred.as_dict(),
        "version": version.slug if version else "",
        "example": example,
    }
    if not site_model or example:
        return
    digest = hashlib.sha256(jpeg_bytes).hexdigest()[:16]
    recent = [
        {
            "digest": digest,
            "thumb": base64.b64encode(thumbnail_jpeg(img, 96, 80)).decode("ascii"),
            "name": name[:80],
            "label": pred.label,
            "top_prob": pred.top_prob,
            "score": pred.bear_mass,
        }
    ]
    recent += [r for r in session.get(SESSION_RECENT, []) if r.get("digest") != digest]
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


def example_classify(*, session, slug: str, user=None, runtime=None) -> dict | None:
    """Classify a gallery example into the session like an upload: a shipped one (``slug``) or a class
    example (``class-<id>``) that ``user`` may see. None when there is no such example for them."""
    img, name = selectors.example_image(slug), f"example: {slug}"
    if img is None and user is not None:
        found = selectors.class_example_photo(user, slug)
        if found is not None:
            img, name = found
    if img is None:
        return None
    pred = (runtime or selectors.get_runtime()).predict_image(img)
    _store_current(session, img, pred, name, site_model=runtime is None, example=slug)
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


def class_example_promote(*, teacher, flag: Flag, caption: str = "") -> ClassExample:
    """Put a flagged photo into the example gallery of ``teacher``'s cohorts, as a re-encoded copy.

    The caller has checked that the flag is the teacher's to see (``selectors.flag_for_teacher``). Promoting
    the same flag twice keeps the first example (a caption given again replaces the old one).
    """
    from classifier.safe_image import load_image, thumbnail_jpeg

    existing = ClassExample.objects.filter(flag=flag).first()
    if existing is not None:
        if caption and caption != existing.caption:
            existing.caption = caption[:200]
            existing.save(update_fields=["caption"])
        return existing
    with flag.image.open("rb") as fh:  # decoded and re-encoded like any upload: only pixels are copied
        img = load_image(
            fh.read(settings.CLASSIFIER_MAX_UPLOAD_BYTES + 1),
            max_bytes=settings.CLASSIFIER_MAX_UPLOAD_BYTES,
            max_pixels=settings.CLASSIFIER_MAX_PIXELS,
        )
    example = ClassExample(
        flag=flag,
        promoted_by=teacher,
        caption=caption[:200],
        true_label=flag.correct_label,
        predicted_label=flag.predicted_label,
        top_prob=max((flag.probs or {"": 0.0}).values()),
        bear_mass=flag.bear_mass,
    )
    example.image.save(f"{uuid.uuid4().hex}.jpg", ContentFile(thumbnail_jpeg(img, 256)), save=False)
    try:
        with transaction.atomic():
            example.save()
    except IntegrityError:  # promoted at the same moment from another tab
        example.image.storage.delete(example.image.name)
        return ClassExample.objects.get(flag=flag)
    return example


def class_example_remove(*, example: ClassExample) -> None:
    """Take a photo out of the example gallery (its copy too); the flag itself stays for the teacher."""
    storage, name = example.image.storage, example.image.name
    with transaction.atomic():
        example.delete()
    if name:
        storage.delete(name)


def flag_delete(*, flag: Flag) -> None:
    names = [(flag.image.storage, flag.image.name)]
    example = ClassExample.objects.filter(flag=flag).first()
    if example is not None:  # the gallery copy goes with the flag
        names.append((example.image.storage, example.image.name))
    with transaction.atomic():
        flag.delete()
    for storage, name in names:
        if name:
            storage.delete(name)
