from django.contrib import admin

from .models import Answer, Attempt, Quiz, QuizItem, ReviewCard


class QuizItemInline(admin.TabularInline):
    model = QuizItem
    extra = 0
    autocomplete_fields = ["item"]
    ordering = ["order"]


@admin.register(Quiz)
class QuizAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "mode", "cohort", "time_limit_minutes", "review_policy", "released_at"]
    list_filter = ["mode", "review_policy"]
    search_fields = ["title", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [QuizItemInline]
    raw_id_fields = ["created_by", "released_by"]


class AnswerInline(admin.TabularInline):
    model = Answer
    extra = 0
    fields = ["item", "text", "auto_level", "auto_score", "final_level", "final_score", "is_late", "flagged"]
    readonly_fields = ["item"]
    show_change_link = True


@admin.register(Attempt)
class AttemptAdmin(admin.ModelAdmin):
    list_display = ["quiz", "student", "status", "started_at", "submitted_at", "is_late", "score"]
    list_filter = ["status", "is_late", "quiz"]
    search_fields = ["student__username", "quiz__title"]
    raw_id_fields = ["student"]
    inlines = [AnswerInline]


@admin.register(Answer)
class AnswerAdmin(admin.ModelAdmin):
    list_display = ["item", "attempt", "auto_level", "auto_score", "final_level", "final_score", "created_at"]
    list_filter = ["auto_level", "final_level", "is_late"]
    search_fields = ["item__item_id", "attempt__student__username", "text"]
    raw_id_fields = ["attempt", "item", "decided_by"]
    readonly_fields = ["submission_key", "evidence", "created_at", "updated_at", "graded_at"]


@admin.register(ReviewCard)
class ReviewCardAdmin(admin.ModelAdmin):
    list_display = ["student", "item", "due", "last_rating", "reps"]
    raw_id_fields = ["student", "item"]
    search_fields = ["student__username", "item__item_id"]
