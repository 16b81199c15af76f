"""Settings for the Drivetrain study guide, driven by environment variables.

Every variable is documented in `.env.example`. Debug mode is opt-in: without `DJANGO_DEBUG=1` the site
runs with production security settings and refuses to start without `DJANGO_SECRET_KEY`.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [part.strip() for part in os.environ.get(name, default).split(",") if part.strip()]


DEBUG = env_bool("DJANGO_DEBUG")

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.")
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"  # noqa: S105 (debug only)

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "js_lib_htmx",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "csp",
    "django_ratelimit",
    "studyguide",  # project-wide management commands (build_embedder)
    "studyguide.accounts",
    "studyguide.course",
    "studyguide.worksheets",
    "quiz",
    "classifier",
]

MIDDLEWARE = [
    # First: a body over the limit is refused before anything reads it.
    "studyguide.middleware.RequestBodyLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "studyguide.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The one input rule (NUL, UTF-8), before the session reads its cookie and before any view.
    "studyguide.middleware.CleanInputMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as django-axes requires: turns a locked-out login into its lockout response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "studyguide.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "studyguide.context_processors.navigation",
                "studyguide.context_processors.htmx_config",
                # Last: a page rendered for keeping gets a marker where the CSRF token goes (pagecache.py).
                "studyguide.pagecache.csrf_marker",
            ],
            # {% url %} remembers what it reversed (every page reverses a dozen URLs); {% prerendered %} keeps
            # what base.html's header and footer render to for each role.
            "builtins": ["studyguide.urltag", "studyguide.prerender"],
        },
    },
]

WSGI_APPLICATION = "studyguide.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_DB_CONN_MAX_AGE", "60")),
        # A persistent connection is checked before a request reuses it, so the site recovers by itself after
        # the database restarts (tests/test_faults.py) instead of failing one request per stale connection.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # SQLite: wait for a writer instead of failing with "database is locked" under concurrent saves.
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
    # ... and take the write lock when a transaction begins. A deferred transaction that has read and then
    # writes cannot wait: if another connection committed meanwhile, SQLite fails the write at once with
    # "database is locked" whatever the timeout (a get_or_create beside a concurrent save did, in a test run).
    # Every atomic block here writes (none in views or selectors), so nothing read-only is serialised.
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"
    DATABASES["default"]["CONN_MAX_AGE"] = 0
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# django-axes first: it counts failed logins and refuses a locked-out username before the password is checked.
# Then RoleAwareBackend loads the user with the teacher flag in one query; Django's own stays listed so that
# sessions opened through it keep working.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "studyguide.accounts.backends.RoleAwareBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Login throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one username from one address,
# that pair is locked out for AXES_COOLOFF_MINUTES; a successful login resets the count. Locking the pair
# (not the username alone) means nobody can lock a classmate out from another machine.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "studyguide.accounts.views.login_locked_out"
AXES_CLIENT_IP_CALLABLE = "studyguide.http.client_ip"
AXES_VERBOSE = False  # no start-up banner in every management command
# Behind a reverse proxy every request comes from the proxy's address: name the header it sets to the
# client's address (deploy/nginx.conf sets X-Real-IP, overwriting anything the client sent).
# Empty: REMOTE_ADDR.
CLIENT_IP_HEADER = os.environ.get("DJANGO_CLIENT_IP_HEADER", "")

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "var" / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if not DEBUG and not env_bool("DJANGO_TESTING")
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "var" / "media"))
MEDIA_URL = "media/"

# --- E-mail: console by default, SMTP when DJANGO_EMAIL_HOST is set ------------------------------------
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "studyguide@localhost")

# --- Uploads and the classifier ------------------------------------------------------------------------
CLASSIFIER_MODEL_DIR = Path(os.environ.get("CLASSIFIER_MODEL_DIR", BASE_DIR / "var" / "models"))
CLASSIFIER_MAX_UPLOAD_BYTES = int(os.environ.get("CLASSIFIER_MAX_UPLOAD_BYTES", 8 * 1024 * 1024))
CLASSIFIER_MAX_PIXELS = int(os.environ.get("CLASSIFIER_MAX_PIXELS", 40_000_000))
DATA_UPLOAD_MAX_MEMORY_SIZE = CLASSIFIER_MAX_UPLOAD_BYTES + 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = CLASSIFIER_MAX_UPLOAD_BYTES + 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000
# Requests whose declared body is larger are refused with 413 before it is read (studyguide/middleware.py);
# nginx's client_max_body_size (deploy/nginx.conf) matches it. A prefix of the URL path can get its own
# limit, e.g. {"/some/upload/": 64 * 1024 * 1024}.
REQUEST_MAX_BODY_BYTES = int(os.environ.get("REQUEST_MAX_BODY_BYTES", DATA_UPLOAD_MAX_MEMORY_SIZE))
REQUEST_MAX_BODY_BYTES_BY_PATH: dict[str, int] = {}

# --- Rate limits (studyguide/ratelimits.py, django-ratelimit) -------------------------------------------
# Per user when logged in, else per client address. The counts must be shared by every gunicorn worker:
# memcached (Debian's memcached package listens on 127.0.0.1:11211), through pymemcache. If memcached is
# down the limits fail open (the site keeps working, unlimited) rather than failing every request.
RATE_LIMITS = {
    "classify": os.environ.get("RATE_LIMIT_CLASSIFY", "30/m"),  # upload or example, POST
    "lab": os.environ.get("RATE_LIMIT_LAB", "12/m"),  # domain-shift and resize labs
    "coach": os.environ.get("RATE_LIMIT_COACH", "12/m"),  # "Check my plan"
}
RATELIMIT_USE_CACHE = "ratelimit"
RATELIMIT_IP_META_KEY = "studyguide.http.client_ip"
RATELIMIT_FAIL_OPEN = True
# Caches. "default" is this process's own memory. "shared" is seen by every worker: the session cache
# (SESSION_ENGINE below), the logged-in user (studyguide.accounts.backends) and the version tokens of content
# kept in each worker's memory (studyguide.versioned). "ratelimit" holds the rate-limit counts. In production
# the last two are memcached; pooled connections, because Django otherwise reconnects on every request.
# Without memcached they fail open: sessions and users come from the database, content is not cached.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if DEBUG or env_bool("DJANGO_TESTING"):
    # One process (runserver, pytest with its live server threads): a local-memory cache is shared by all.
    for alias in ("shared", "ratelimit"):
        CACHES[alias] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": alias}
    SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]
else:
    from studyguide.memcache import OneServerFastHash

    for alias, prefix in (("shared", "studyguide-shared"), ("ratelimit", "studyguide")):
        CACHES[alias] = {
            "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
            "LOCATION": os.environ.get("DJANGO_MEMCACHED_LOCATION", "127.0.0.1:11211"),
            "KEY_PREFIX": prefix,
            "OPTIONS": {
                "ignore_exc": True,
                "connect_timeout": 0.5,
                "timeout": 0.5,
                "use_pooling": True,
                "hasher": OneServerFastHash,
            },
        }
# Sessions are read from the shared cache and written through to the database (which stays the truth).
# Django's cached_db, read in the same round trip as the logged-in user (studyguide/accounts/sessions.py).
SESSION_ENGINE = "studyguide.accounts.sessions"
SESSION_CACHE_ALIAS = "shared"

# --- Train your own classifier (classifier/projects): limits, background jobs --------------------------
# Every limit has a message of its own on the project page; see .env.example for what each one protects.
CLASSIFIER_PROJECT_MAX_PROJECTS_PER_USER = int(os.environ.get("CLASSIFIER_PROJECT_MAX_PROJECTS_PER_USER", 5))
CLASSIFIER_PROJECT_MAX_IMAGES_PER_CLASS = int(os.environ.get("CLASSIFIER_PROJECT_MAX_IMAGES_PER_CLASS", 150))
CLASSIFIER_PROJECT_MAX_IMAGES_PER_PROJECT = int(
    os.environ.get("CLASSIFIER_PROJECT_MAX_IMAGES_PER_PROJECT", 500)
)
CLASSIFIER_PROJECT_MAX_BYTES_PER_USER = int(
    os.environ.get("CLASSIFIER_PROJECT_MAX_BYTES_PER_USER", 200 * 1024 * 1024)
)
CLASSIFIER_PROJECT_MAX_FILES_PER_UPLOAD = int(os.environ.get("CLASSIFIER_PROJECT_MAX_FILES_PER_UPLOAD", 60))
CLASSIFIER_PROJECT_IMAGE_MAX_SIDE = int(os.environ.get("CLASSIFIER_PROJECT_IMAGE_MAX_SIDE", 800))
CLASSIFIER_ZIP_MAX_BYTES = int(os.environ.get("CLASSIFIER_ZIP_MAX_BYTES", 64 * 1024 * 1024))
# A project's uploads (a zip, or many photos at once) may be larger than any other request.
REQUEST_MAX_BODY_BYTES_BY_PATH["/classifier/projects/"] = CLASSIFIER_ZIP_MAX_BYTES + 1024 * 1024
CLASSIFIER_ZIP_MAX_ENTRIES = int(os.environ.get("CLASSIFIER_ZIP_MAX_ENTRIES", 400))
CLASSIFIER_ZIP_MAX_UNCOMPRESSED_BYTES = int(
    os.environ.get("CLASSIFIER_ZIP_MAX_UNCOMPRESSED_BYTES", 256 * 1024 * 1024)
)
CLASSIFIER_ZIP_MAX_RATIO = int(os.environ.get("CLASSIFIER_ZIP_MAX_RATIO", 100))
CLASSIFIER_TRAINING_MIN_IMAGES_PER_CLASS = int(os.environ.get("CLASSIFIER_TRAINING_MIN_IMAGES_PER_CLASS", 5))
CLASSIFIER_TRAINING_MAX_EPOCHS = int(os.environ.get("CLASSIFIER_TRAINING_MAX_EPOCHS", 10))
CLASSIFIER_TRAINING_IMAGE_SIZE = int(os.environ.get("CLASSIFIER_TRAINING_IMAGE_SIZE", 224))
CLASSIFIER_TRAINING_BATCH_SIZE = int(os.environ.get("CLASSIFIER_TRAINING_BATCH_SIZE", 16))
CLASSIFIER_TRAINING_THREADS = int(os.environ.get("CLASSIFIER_TRAINING_THREADS", 1))
CLASSIFIER_TRAINING_STALE_SECONDS = int(os.environ.get("CLASSIFIER_TRAINING_STALE_SECONDS", 120))
# Django's task framework (the django-tasks backport) with the database backend: jobs live in the same
# database as everything else, so any number of `manage.py db_worker` processes can share the queue.
# Two queues: "default" for training jobs (minutes each) and "grading" for submitted exams (seconds), each
# with its own worker so an exam's grades never wait behind a training run (`make serve` starts both).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default", "grading"]}}
# The backend alias that grades submitted exams (tests use an immediate one: grading runs inside the submit).
QUIZ_GRADING_TASKS_BACKEND = os.environ.get("QUIZ_GRADING_TASKS_BACKEND", "default")
# A grading job still pending after this long is queued again (its worker died, or none was running).
QUIZ_GRADING_STALE_SECONDS = int(os.environ.get("QUIZ_GRADING_STALE_SECONDS", 300))

# --- The sentence embedder (grading, coaching): ONNX file written by `manage.py build_embedder` ----------
EMBEDDER_MODEL_DIR = Path(
    os.environ.get("EMBEDDER_MODEL_DIR") or BASE_DIR / "var" / "models" / "sentence-embedder"
)

# Evaluation data shared by the team (never shipped); tests and benchmarks skip without it.
SHARED_DATA_DIR = Path(os.environ.get("SHARED_DATA_DIR", BASE_DIR.parent / "shared" / "data"))

# --- Security ------------------------------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # htmx reads the token from the page, not the cookie; kept default for forms
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Content-Security-Policy (django-csp): scripts and styles only from our own static files, never inline (the
# templates have no inline script, event handler or style attribute; htmx's indicator styles are off, see
# studyguide/http.py). Images may be data: URIs: the classifier shows uploads and lab results that way.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Browser features the site never uses are switched off for it and anything it could embed. (The photo
# picker's capture="environment" opens the camera app through the file input, which this does not block.)
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}
# Load balancers may probe the health endpoints over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^health/"]
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {"django.request": {"level": "ERROR"}},
}
CSRF_FAILURE_VIEW = "studyguide.views.csrf_failure"
