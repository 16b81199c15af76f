from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from studyguide.http import HtmxHttpRequest

from . import selectors, services
from .decorators import teacher_required
from .forms import CohortForm, JoinCohortForm, SignUpForm
from .models import Cohort


@require_http_methods(["GET", "POST"])
def signup(request: HtmxHttpRequest):
    if request.user.is_authenticated:
        return redirect("home")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, f"Welcome, {user.username}! Join a cohort with your teacher's code.")
        return redirect("accounts:cohorts")
    return render(request, "registration/signup.html", {"form": form}, status=400 if form.errors else 200)


@login_required
@require_http_methods(["GET", "POST"])
def cohorts(request: HtmxHttpRequest):
    """Students: the cohorts they are in and a join form. Teachers: their cohorts and a create form."""
    teacher = selectors.is_teacher(request.user)
    join_form = JoinCohortForm(request.POST if request.POST.get("action") == "join" else None)
    create_form = CohortForm(request.POST if request.POST.get("action") == "create" else None)
    status = 200
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "join" and join_form.is_valid():
            try:
                cohort, created = services.cohort_join(
                    student=request.user, code=join_form.cleaned_data["code"]
                )
            except services.JoinCodeError as exc:
                join_form.add_error("code", str(exc))
            else:
                if created:
                    messages.success(request, f"You joined “{cohort.name}”.")
                else:
                    messages.info(request, f"You are already in “{cohort.name}”.")
                return redirect("accounts:cohorts")
        elif action == "create":
            if not teacher:
                return render(request, "403.html", status=403)
            if create_form.is_valid():
                cohort = services.cohort_create(teacher=request.user, name=create_form.cleaned_data["name"])
                messages.success(
                    request, f"Cohort “{cohort.name}” created. Its join code is {cohort.join_code}."
                )
                return redirect("accounts:cohort_detail", cohort_id=cohort.pk)
        elif action not in {"join", "create"}:
            messages.error(request, "Unknown action.")
        status = 400
    context = {
        "join_form": join_form,
        "create_form": create_form,
        "joined": selectors.cohorts_joined_by(request.user),
        "taught": selectors.cohorts_taught_by(request.user) if teacher else [],
    }
    return render(request, "accounts/cohorts.html", context, status=status)


@teacher_required
def cohort_detail(request: HtmxHttpRequest, cohort_id: int):
    cohort = selectors.cohort_for_teacher(request.user, cohort_id)
    members = cohort.memberships.select_related("student").order_by("student__username")
    return render(request, "accounts/cohort_detail.html", {"cohort": cohort, "members": members})


@login_required
@require_POST
def leave(request: HtmxHttpRequest, cohort_id: int):
    cohort = get_object_or_404(Cohort, pk=cohort_id, memberships__student=request.user)
    services.cohort_leave(student=request.user, cohort=cohort)
    messages.info(request, f"You left “{cohort.name}”.")
    return redirect("accounts:cohorts")


def login_locked_out(request: HtmxHttpRequest, original_response=None, credentials=None):
    """django-axes answers a locked-out login with this: the login page again, saying why and for how long."""
    from django.conf import settings

    minutes = max(1, round(settings.AXES_COOLOFF_TIME.total_seconds() / 60))
    context = {
        "form": AuthenticationForm(request),
        "locked_out": True,
        "cooloff_minutes": minutes,
        "next": request.POST.get("next", ""),
    }
    return render(request, "registration/login.html", context, status=429)
