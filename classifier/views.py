"""Views translate HTTP <-> services/selectors.

Everything works as plain form posts; htmx only swaps parts of the page. The page and its fragments are one
template, ``classifier/index.html``: an htmx request gets ``index.html#<partial>`` rendered from the same
context as the page. Statuses follow the site's fragment policy (``studyguide/http.py``): invalid input is a
422 with the message in the fragment (or on the page), a missing or broken model a 503.
"""

from __future__ import annotations

import hashlib
import logging
import pickle

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from classifier import ood, selectors, services
from classifier.cache import MODELS
from classifier.forms import FlagForm, PromoteForm, ShiftForm, ThresholdForm, UploadForm, unbound_page_forms
from classifier.models import Flag, label_name
from classifier.projects import selectors as project_selectors
from classifier.safe_image import ImageRejected
from studyguide.accounts.selectors import is_teacher
from studyguide.http import HtmxHttpRequest
from studyguide.pagecache import render_cached
from studyguide.ratelimits import limited, too_many_message

log = logging.getLogger(__name__)

PAGE = "classifier/index.html"
UNREADABLE_UPLOAD = "Something went wrong while reading this image. Please try another one."
UNKNOWN_EXAMPLE = "Unknown example."
BAD_SHIFT = "Choose a corruption and a severity from 1 to 5."
BAD_FLAG = "Please check the flag form."
NOTHING_TO_FLAG = "There is no prediction to flag yet."
SESSION_MODEL = "classifier_model"  # the student's own model picked on this page (None: the site's model)


def _picked_model(request: HtmxHttpRequest, raw: str | None = None):
    """The student's own trained version chosen in the picker, or None for the site-wide bear model.

    A POST names it (and the choice is remembered); a GET may preselect it (``?model=``, the "Try it" link).
    """
    if raw is None:
        raw = request.GET.get("model") or request.session.get(SESSION_MODEL) or ""
    raw = str(raw)
    return project_selectors.my_model(user=request.user, model_id=int(raw)) if raw.isdigit() else None


def _runtime_for_post(request: HtmxHttpRequest):
    picked = _picked_model(request, request.POST.get("model", ""))
    request.session[SESSION_MODEL] = picked.pk if picked else None
    return project_selectors.runtime_for(picked) if picked else None


def _threshold(request: HtmxHttpRequest) -> float:
    """The bear gate's threshold on this page. The slider's form names it in % (``?threshold=40``) and the
    session remembers it, so every photo, tile and lab on the page is judged at the threshold on screen until
    the student goes back to the default (``?reset``)."""
    default = selectors.default_threshold()
    chosen = None
    if "reset" in request.GET:
        request.session.pop(selectors.SESSION_THRESHOLD, None)
        return default
    form = ThresholdForm(request.GET) if "threshold" in request.GET else None  # most requests have none
    if form is not None and form.is_valid() and form.cleaned_data["threshold"] is not None:
        chosen = ood.snap_threshold(form.cleaned_data["threshold"] / 100)
        if chosen == default:
            request.session.pop(selectors.SESSION_THRESHOLD, None)
        else:
            request.session[selectors.SESSION_THRESHOLD] = chosen
        return chosen
    stored = request.session.get(selectors.SESSION_THRESHOLD)
    return ood.snap_threshold(stored) if isinstance(stored, int | float) else default


def _session_facts(request: HtmxHttpRequest, threshold: float) -> str:
    """What the page shows from this browser's session, as one digest (the photo is a few dozen kB: pickled,
    not repr'd, which escaped it character by character at ~0.2 ms a request; equal pickles, equal values)."""
    session = request.session
    state = (
        session.get(selectors.SESSION_CURRENT),
        session.get(selectors.SESSION_RECENT),
        session.get(SESSION_MODEL),
        request.GET.get("model"),
        threshold,
    )
    return hashlib.blake2b(pickle.dumps(state, protocol=5), digest_size=20).hexdigest()


def _context(request: HtmxHttpRequest, *, threshold: float | None = None, **extra) -> dict:
    if threshold is None:
        threshold = _threshold(request)
    default = selectors.default_threshold()
    version = selectors.active_version()
    cur = selectors.current(request.session)
    result = None
    if cur:
        result = selectors.present(cur["pred"], threshold)
        result["image"] = selectors.data_uri(cur["jpeg"])
        result["name"] = cur["name"]
        truth = selectors.truth_of_current(request.session, request.user)
        result["truth"] = label_name(truth)
        result["fooled"] = result["gate"] == "bear" and ood.gate_fooled(
            result["verdict"].kind, truth, cur["pred"]["vocab"]
        )
    ctx = {
        "version": version,
        "result": result,
        "upload_form": UploadForm(),
        **unbound_page_forms(tuple(version.vocab) if version else ()),
        "threshold": threshold,
        "threshold_pct": ood.percent(threshold),
        "default_pct": ood.percent(default),
        "at_default": threshold == default,
        "tradeoff": selectors.tradeoff(threshold),
        "gallery": selectors.gallery(request.session, version, threshold, request.user),
        "max_mb": settings.CLASSIFIER_MAX_UPLOAD_BYTES // (1024 * 1024),
        "is_teacher": is_teacher(request.user),
        **project_selectors.picker(user=request.user, picked=_picked_model(request)),
    }
    ctx.update(extra)
    return ctx


def _render(request: HtmxHttpRequest, partial: str, *, status: int = 200, **extra) -> HttpResponse:
    """The whole page, or for htmx only ``partial`` of it, from one context."""
    template = f"{PAGE}#{partial}" if request.htmx else PAGE
    return render(request, template, _context(request, **extra), status=status)


def _after_classifying(request: HtmxHttpRequest, error: str | None, status: int) -> HttpResponse:
    """Back to the page (post/redirect/get), or for htmx the refreshed app; an error is shown in place."""
    if error is None and not request.htmx:
        return redirect("classifier:index")
    return _render(request, "app", status=status, upload_error=error)


@require_http_methods(["GET", "POST"])
@limited("classify", method="POST")
def index(request: HtmxHttpRequest) -> HttpResponse:
    if request.method == "GET":
        threshold = _threshold(request)  # first: ?threshold= and ?reset change the session, kept page or not
        template, extra = PAGE, {}
        if request.htmx and not request.htmx.history_restore_request:
            # the threshold slider: the same page judged again at the new threshold; only the parts that
            # change are sent (out of band), never the slider a student may still be dragging
            template, extra = f"{PAGE}#rejudged", {"reset": "reset" in request.GET}
        # Kept per user (studyguide.pagecache): what this browser's session holds for the page (the photo on
        # screen, recent uploads, the picked model, the threshold) is compared by value; model versions are
        # a content version; class examples and own models are the user's (their writes drop the pages).
        return render_cached(
            request,
            template,
            lambda: _context(request, threshold=threshold, **extra),
            facts=_session_facts(request, threshold),
            depends_on=[MODELS],
        )
    if request.limited:
        return _after_classifying(request, too_many_message("classify", "photos classified"), 429)
    form = UploadForm(request.POST, request.FILES)
    error, status = None, 200
    if not form.is_valid():
        errs = form.errors.get("image") or ["Please choose an image file."]
        error, status = " ".join(str(e) for e in errs), 422
    else:
        try:
            services.upload_classify(
                session=request.session, upload=form.cleaned_data["image"], runtime=_runtime_for_post(request)
            )
        except ImageRejected as exc:
            error, status = str(exc), 422
        except selectors.ModelNotReady as exc:
            error, status = str(exc), 503
        except Exception:  # a bad upload must never become a 500 page
            log.exception("classifier: unexpected failure while classifying an upload")
            error, status = UNREADABLE_UPLOAD, 422
    return _after_classifying(request, error, status)


@require_POST
@limited("classify")
def example(request: HtmxHttpRequest) -> HttpResponse:
    if request.limited:
        return _after_classifying(request, too_many_message("classify", "photos classified"), 429)
    error, status = None, 200
    try:
        runtime = _runtime_for_post(request)
        slug = request.POST.get("slug", "")
        if (
            services.example_classify(session=request.session, slug=slug, user=request.user, runtime=runtime)
            is None
        ):
            error, status = UNKNOWN_EXAMPLE, 422
    except selectors.ModelNotReady as exc:
        error, status = str(exc), 503
    return _after_classifying(request, error, status)


@require_GET
@limited("lab")
def shift(request: HtmxHttpRequest) -> HttpResponse:
    """Domain-shift lab: one corruption at every severity, the chosen severity shown."""
    form = ShiftForm(request.GET)
    img = selectors.current_image(request.session)
    shift_result, error, status = None, None, 200
    if request.limited:
        error, status = too_many_message("lab", "lab runs"), 429
    elif img is None:
        error = "Classify a photo first; the lab then corrupts that photo."
    elif not form.is_valid():
        error, status = BAD_SHIFT, 422
    else:
        try:
            shift_result = selectors.shift_lab(img, threshold=_threshold(request), **form.cleaned_data)
        except selectors.ModelNotReady as exc:
            error, status = str(exc), 503
    return _render(
        request, "shift", status=status, shift_result=shift_result, shift_error=error, shift_form=form
    )


@require_GET
@limited("lab")
def resize(request: HtmxHttpRequest) -> HttpResponse:
    """Resize lab: crop, pad, squish and RandomResizedCrop of the current photo, each re-predicted."""
    img = selectors.current_image(request.session)
    variants, error, status = None, None, 200
    if request.limited:
        error, status = too_many_message("lab", "lab runs"), 429
    elif img is None:
        error = "Classify a photo first; the lab then resizes that photo."
    else:
        try:
            variants = selectors.resize_lab(img, threshold=_threshold(request))
        except selectors.ModelNotReady as exc:
            error, status = str(exc), 503
    return _render(request, "resize", status=status, resize_variants=variants, resize_error=error)


@login_required
@require_POST
def flag(request: HtmxHttpRequest) -> HttpResponse:
    version = selectors.active_version()
    form = FlagForm(request.POST, vocab=version.vocab if version else ())
    if not form.is_valid():
        return _render(request, "flag", status=422, flag_form=form, flag_error=BAD_FLAG)
    created = services.flag_create(
        user=request.user,
        session=request.session,
        correct_label=form.cleaned_data["correct_label"],
        note=form.cleaned_data["note"],
    )
    if created is None:
        return _render(request, "flag", status=422, flag_form=form, flag_error=NOTHING_TO_FLAG)
    ctx = _context(request, flag_done=True)
    # a photo the student says is no bear at all, yet the gate let through: the moment to say why
    result = ctx["result"]
    ctx["flag_fooled"] = ood.gate_fooled(result["verdict"].kind, created.correct_label, created.probs.keys())
    if request.htmx:
        return render(request, f"{PAGE}#flag", ctx)
    messages.success(request, "Thanks: your teacher can now see the photo and your note.")
    return redirect("classifier:index")


@login_required
@require_http_methods(["GET", "POST"])
def failures(request: HtmxHttpRequest) -> HttpResponse:
    """Flagged photos. A teacher reviews their cohorts' flags here and may put a photo into their classes'
    example gallery; a student sees their own flags, what became of them, and their classes' examples."""
    if not is_teacher(request.user):
        if request.method == "POST":
            raise Http404
        return render(
            request,
            "classifier/my_flags.html",
            {
                "flags": selectors.flags_of_student(request.user),
                "examples": selectors.class_examples_for(request.user),
            },
        )
    if request.method == "POST":
        try:
            flag_obj = selectors.flag_for_teacher(request.user, int(request.POST.get("flag", "")))
        except ValueError:
            raise Http404("No such flag.") from None
        action = request.POST.get("action")
        if action == "promote":
            form = PromoteForm(request.POST)
            caption = form.cleaned_data["caption"] if form.is_valid() else ""
            try:
                services.class_example_promote(teacher=request.user, flag=flag_obj, caption=caption)
            except (ImageRejected, OSError):
                messages.error(request, "This photo could not be read again, so it was not added.")
        elif action == "remove" and hasattr(flag_obj, "class_example"):
            services.class_example_remove(example=flag_obj.class_example)
        elif action == "delete":
            services.flag_delete(flag=flag_obj)
        return redirect("classifier:failures")
    return render(
        request,
        "classifier/failures.html",
        {"flags": selectors.flags_for_teacher(request.user).select_related("class_example")},
    )


@require_GET
def flag_image(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    flag_obj = get_object_or_404(Flag, pk=pk)
    if not selectors.can_view_flag_image(request.user, flag_obj):
        raise Http404
    return _stored_jpeg(flag_obj.image)


@require_GET
def class_example_image(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """A class example's photo, for the cohorts it was promoted for only (anyone else: 404)."""
    example = selectors.class_example_for(request.user, f"{selectors.CLASS_EXAMPLE_PREFIX}{pk}")
    if example is None:
        raise Http404
    return _stored_jpeg(example.image)


def _stored_jpeg(image) -> FileResponse:
    """A stored (re-encoded) photo; a file gone from storage is a 404, not a 500."""
    try:
        fh = image.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404 from None
    return FileResponse(fh, content_type="image/jpeg")


@require_GET
def card(request: HtmxHttpRequest) -> HttpResponse:
    version = selectors.active_version()
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
            "confusion_png": selectors.confusion_image(version) if version is not None else None,
            "versions": selectors.model_versions(),
        },
    )
