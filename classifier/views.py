"""Views translate HTTP <-> services/selectors.

Everything works as plain form posts; htmx only swaps parts of the page.
"""

from __future__ import annotations

import base64
import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from classifier import selectors, services
from classifier.forms import FlagForm, ShiftForm, ThresholdForm, UploadForm
from classifier.models import Flag
from classifier.safe_image import ImageRejected
from studyguide.accounts.decorators import teacher_required
from studyguide.accounts.selectors import is_teacher

log = logging.getLogger(__name__)


def _is_htmx(request) -> bool:
    return request.headers.get("HX-Request") == "true"


def _threshold(request) -> float:
    form = ThresholdForm(request.GET or None)
    if form.is_bound and form.is_valid() and form.cleaned_data["threshold"] is not None:
        return form.cleaned_data["threshold"]
    return selectors.default_threshold()


def _context(request, **extra) -> dict:
    threshold = extra.pop("threshold", None)
    if threshold is None:
        threshold = _threshold(request)
    version = selectors.active_version()
    cur = selectors.current(request.session)
    result = None
    if cur:
        result = selectors.present(cur["pred"])
        result["image"] = selectors.data_uri(cur["jpeg"])
        result["name"] = cur["name"]
    cal = selectors.calibration()
    ctx = {
        "version": version,
        "result": result,
        "upload_form": UploadForm(),
        "shift_form": ShiftForm(),
        "flag_form": FlagForm(vocab=version.vocab if version else ()),
        "threshold": threshold,
        "default_threshold": cal["threshold"],
        "tradeoff": selectors.tradeoff(threshold),
        "gallery": selectors.gallery(request.session, version, threshold),
        "calib_scores": {k: cal.get("scores", {}).get(k, []) for k in ("bears", "near", "far")},
        "max_mb": settings.CLASSIFIER_MAX_UPLOAD_BYTES // (1024 * 1024),
        "is_teacher": is_teacher(request.user),
    }
    ctx.update(extra)
    return ctx


@require_http_methods(["GET", "POST"])
def index(request):
    if request.method == "GET":
        return render(request, "classifier/index.html", _context(request))
    form = UploadForm(request.POST, request.FILES)
    error, status = None, 200
    if not form.is_valid():
        errs = form.errors.get("image") or ["Please choose an image file."]
        error, status = " ".join(str(e) for e in errs), 400
    else:
        try:
            services.upload_classify(session=request.session, upload=form.cleaned_data["image"])
        except ImageRejected as exc:
            error, status = str(exc), 400
        except selectors.ModelNotReady as exc:
            error, status = str(exc), 503
        except Exception:  # a bad upload must never become a 500 page
            log.exception("classifier: unexpected failure while classifying an upload")
            error, status = "Something went wrong while reading this image. Please try another one.", 400
    if _is_htmx(request):
        # htmx does not swap 4xx/5xx responses by default: the error is part of the fragment instead.
        return render(request, "classifier/_app.html", _context(request, upload_error=error))
    if error is None:
        return redirect("classifier:index")
    return render(request, "classifier/index.html", _context(request, upload_error=error), status=status)


@require_POST
def example(request):
    slug = request.POST.get("slug", "")
    error = None
    try:
        if services.example_classify(session=request.session, slug=slug) is None:
            error = "Unknown example."
    except selectors.ModelNotReady as exc:
        error = str(exc)
    if _is_htmx(request):
        return render(request, "classifier/_app.html", _context(request, upload_error=error))
    if error:
        return render(request, "classifier/index.html", _context(request, upload_error=error), status=400)
    return redirect("classifier:index")


@require_GET
def shift(request):
    """Domain-shift lab: one corruption at every severity, the chosen severity shown."""
    form = ShiftForm(request.GET)
    shift_result, error = None, None
    img = selectors.current_image(request.session)
    if img is None:
        error = "Classify a photo first; the lab then corrupts that photo."
    elif not form.is_valid():
        error = "Choose a corruption and a severity from 1 to 5."
    else:
        from classifier import labs

        try:
            rt = selectors.get_runtime()
            name, severity = form.cleaned_data["corruption"], form.cleaned_data["severity"]
            rows, images, label = labs.severity_sweep(rt, img, name)
            for r in rows:
                r["prob_pct"] = round(r["prob_label"] * 100, 1)
                r["mass_pct"] = round(r["bear_mass"] * 100, 1)
            shift_result = {
                "name": labs.CORRUPTIONS[name][0],
                "severity": severity,
                "label": label,
                "rows": rows,
                "chosen": rows[severity],
                "image": "data:image/jpeg;base64,"
                + base64.b64encode(labs.to_jpeg_bytes(images[severity])).decode("ascii"),
                "svg": labs.sweep_svg(rows, rt.threshold),
            }
        except selectors.ModelNotReady as exc:
            error = str(exc)
    extra = {"shift_result": shift_result, "shift_error": error, "shift_form": form}
    if _is_htmx(request):
        return render(request, "classifier/_shift.html", _context(request, **extra))
    return render(request, "classifier/index.html", _context(request, **extra))


@require_GET
def resize(request):
    """Resize lab: crop, pad, squish and RandomResizedCrop of the current photo, each re-predicted."""
    img = selectors.current_image(request.session)
    variants, error = None, None
    if img is None:
        error = "Classify a photo first; the lab then resizes that photo."
    else:
        from classifier import labs

        try:
            rt = selectors.get_runtime()
            variants = []
            for key, desc, im in labs.resize_variants(img):
                p = selectors.present(rt.predict_prepared(im).as_dict())
                p.update(
                    key=key,
                    description=desc,
                    image="data:image/jpeg;base64,"
                    + base64.b64encode(labs.to_jpeg_bytes(im)).decode("ascii"),
                )
                variants.append(p)
        except selectors.ModelNotReady as exc:
            error = str(exc)
    extra = {"resize_variants": variants, "resize_error": error}
    if _is_htmx(request):
        return render(request, "classifier/_resize.html", _context(request, **extra))
    return render(request, "classifier/index.html", _context(request, **extra))


@login_required
@require_POST
def flag(request):
    version = selectors.active_version()
    form = FlagForm(request.POST, vocab=version.vocab if version else ())
    if not form.is_valid():
        messages.error(request, "Please check the flag form.")
        return redirect("classifier:index")
    created = services.flag_create(
        user=request.user,
        session=request.session,
        correct_label=form.cleaned_data["correct_label"],
        note=form.cleaned_data["note"],
    )
    if created is None:
        messages.error(request, "There is no prediction to flag yet.")
    else:
        messages.success(request, "Thanks: the photo and your note were sent to the failure gallery.")
    if _is_htmx(request):
        return render(request, "classifier/_flag.html", _context(request, flag_done=created is not None))
    return redirect("classifier:index")


@teacher_required
@require_http_methods(["GET", "POST"])
def failures(request):
    if request.method == "POST":
        flag_obj = get_object_or_404(Flag, pk=request.POST.get("flag"))
        action = request.POST.get("action")
        if action == "show":
            services.flag_set_in_gallery(flag=flag_obj, in_gallery=True)
        elif action == "hide":
            services.flag_set_in_gallery(flag=flag_obj, in_gallery=False)
        elif action == "delete":
            services.flag_delete(flag=flag_obj)
        return redirect("classifier:failures")
    return render(request, "classifier/failures.html", {"flags": selectors.flags_for_review()})


@require_GET
def flag_image(request, pk: int):
    flag_obj = get_object_or_404(Flag, pk=pk)
    if not selectors.can_view_flag_image(request.user, flag_obj):
        raise Http404
    try:
        fh = flag_obj.image.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404 from None
    return FileResponse(fh, content_type="image/jpeg")


@require_GET
def card(request):
    version = selectors.active_version()
    confusion_png = None
    if version is not None:
        try:
            path = selectors.model_dir(version) / "confusion.png"
            if path.is_file():
                confusion_png = "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode("ascii")
        except selectors.ModelNotReady:
            pass
    cal = selectors.calibration()
    return render(
        request,
        "classifier/card.html",
        {
            "version": version,
            "manifest": version.manifest if version else {},
            "evaluation": version.evaluation if version else {},
            "builtin_eval": selectors.builtin_evaluation(),
            "calibration": {k: v for k, v in cal.items() if k != "scores"},
            "confusion_png": confusion_png,
            "versions": selectors.model_versions(),
        },
    )
