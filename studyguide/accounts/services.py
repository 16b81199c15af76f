"""Writes for accounts and cohorts: keyword-only ``<entity>_<action>`` functions, each one transaction."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction

from .models import JOIN_CODE_ALPHABET, TEACHER_GROUP, Cohort, Membership, new_join_code, normalise_join_code


class JoinCodeError(Exception):
    pass


@transaction.atomic
def user_make_teacher(*, user) -> None:
    group, _ = Group.objects.get_or_create(name=TEACHER_GROUP)
    user.groups.add(group)


@transaction.atomic
def cohort_create(*, teacher, name: str) -> Cohort:
    # Retry on the (astronomically rare) join-code collision instead of surfacing an IntegrityError.
    for _ in range(5):
        try:
            with transaction.atomic():
                cohort = Cohort.objects.create(
                    name=name.strip(), join_code=new_join_code(), created_by=teacher
                )
        except IntegrityError:
            continue
        cohort.teachers.add(teacher)
        return cohort
    raise RuntimeError("Could not allocate a unique join code")


@transaction.atomic
def cohort_join(*, student, code: str) -> tuple[Cohort, bool]:
    """Add the student to the cohort with this code. Returns (cohort, created)."""
    normalised = normalise_join_code(code)
    if not normalised or any(ch not in JOIN_CODE_ALPHABET for ch in normalised):
        raise JoinCodeError("That is not a valid join code: codes are 8 letters and digits, like 7KQ4MXPA.")
    cohort = Cohort.objects.filter(join_code=normalised).first()
    if cohort is None:
        raise JoinCodeError("No cohort has that join code. Check it with your teacher.")
    _, created = Membership.objects.get_or_create(cohort=cohort, student=student)
    return cohort, created


@transaction.atomic
def cohort_leave(*, student, cohort: Cohort) -> None:
    Membership.objects.filter(cohort=cohort, student=student).delete()


@transaction.atomic
def demo_accounts_create(*, password: str, n_students: int = 3) -> dict:
    User = get_user_model()
    teacher, _ = User.objects.get_or_create(
        username="teacher", defaults={"first_name": "Demo", "last_name": "Teacher"}
    )
    teacher.set_password(password)
    teacher.save()
    user_make_teacher(user=teacher)
    cohort = Cohort.objects.filter(name="Demo cohort", teachers=teacher).first()
    if cohort is None:
        cohort = cohort_create(teacher=teacher, name="Demo cohort")
    students = []
    for i in range(1, n_students + 1):
        student, _ = User.objects.get_or_create(
            username=f"student{i}", defaults={"first_name": "Student", "last_name": str(i)}
        )
        student.set_password(password)
        student.save()
        Membership.objects.get_or_create(cohort=cohort, student=student)
        students.append(student)
    return {"teacher": teacher, "students": students, "cohort": cohort}
