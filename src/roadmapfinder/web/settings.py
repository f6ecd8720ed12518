"""Django settings, all from the environment so one build runs anywhere (see README "Configuration").

The environment is read once, by `roadmapfinder.config`; this module only turns that into Django's names.
SQLite in ./var by default (zero set-up); PostgreSQL when DATABASE_URL is set; Redis cache when REDIS_URL is set.
"""

from __future__ import annotations

import secrets
from pathlib import Path

import dj_database_url
import django_stubs_ext
from csp.constants import NONE, SELF

from roadmapfinder.config import config

django_stubs_ext.monkeypatch()  # lets typed generics such as admin.ModelAdmin[Model] work at run time

CONFIG = config()
PACKAGE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = CONFIG.data_dir

DEBUG = CONFIG.debug


def _secret_key() -> str:
    """SECRET_KEY from the environment, else one generated once and kept in the data folder."""
    if key := CONFIG.secret_key:
        return key
    key_file = DATA_DIR / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    key_file.write_text(key)
    key_file.chmod(0o600)
    return key


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = list(CONFIG.allowed_hosts)
CSRF_TRUSTED_ORIGINS = list(CONFIG.csrf_trusted_origins)
#: The public origin for canonical URLs, the sitemap and exported links (e.g. https://roadmapfinder.example).
SITE_URL = CONFIG.site_url

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "roadmapfinder.web.static_storage.StaticFilesAppConfig",  # django.contrib.staticfiles without source maps
    "ninja",
    "csp",
    "roadmapfinder.web.apps.WebConfig",
    "roadmapfinder.plans.apps.PlansConfig",
    "roadmapfinder.generated.apps.GeneratedConfig",
    "roadmapfinder.answers.apps.AnswersConfig",
    "roadmapfinder.tracking.apps.TrackingConfig",
]

MIDDLEWARE = [
    "roadmapfinder.web.caching.ContentCacheMiddleware",  # first: a cached page skips everything below
    "roadmapfinder.web.personal_answers.PersonalAnswersMiddleware",  # keeps a personal page whole, as answered
    "django.middleware.security.SecurityMiddleware",
    "roadmapfinder.web.csp.CSPMiddleware",  # below the cache, so stored pages keep their policy
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "roadmapfinder.web.boundary.BoundaryMiddleware",  # control characters, JSON depth, body size: 400/413 first
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "roadmapfinder.web.personal_pages.PersonalPagesMiddleware",  # a tracking reader's page from a shared skeleton
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "roadmapfinder.web.middleware.DomainErrorMiddleware",
]

ROOT_URLCONF = "roadmapfinder.web.urls"
WSGI_APPLICATION = "roadmapfinder.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "roadmapfinder.web.seo.seo",
                "roadmapfinder.tracking.csrf.csrf",
            ],
        },
    }
]

DATABASES = {
    "default": dj_database_url.parse(
        CONFIG.database_url,
        conn_max_age=CONFIG.db_conn_max_age,
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers run beside the one writer; IMMEDIATE takes the write lock at BEGIN, so concurrent
    # progress updates wait their turn (up to `timeout` seconds) instead of failing with "database is locked",
    # and they wait in the kernel's queue of a file lock rather than in SQLite's polling (web/sqlite_queue).
    DATABASES["default"]["ENGINE"] = "roadmapfinder.web.sqlite_queue"
    # Tests keep Django's in-memory SQLite (said outright: pytest-django knows SQLite only by its engine's name).
    DATABASES["default"]["TEST"] = {"NAME": ":memory:"}
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }

if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Django's health check of a kept connection (above) without its round trip: the engine asks the socket whether
    # the server ended the connection (web/pg_health).
    DATABASES["default"]["ENGINE"] = "roadmapfinder.web.pg_health"

if redis_url := CONFIG.redis_url:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url},
        "ratelimit": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url},
    }
else:
    # Rate-limit counts must be shared by every worker (an in-process cache would multiply each limit by the number
    # of workers): without Redis they live in the database, in the tracking app's RateCount table (one upsert per
    # count, tracking/rate_counts.py), not in Django's database cache, which deletes live entries past 300.
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Every worker and every instance must read the same session: a log-out, or a visitor's progress saved by one worker,
# has to hold on the next request whichever process answers it. So sessions live in the database, with Redis in
# front when there is one. Without Redis the default cache is each process's own memory, where a cached session
# would stay stale (signed in after a log-out elsewhere; progress shown and saved back from an old copy):
# tests/e2e/test_sessions_shared.py.
# (roadmapfinder.web.sessions: Django's engines, with the row read by key without the ORM building the query.)
SESSION_ENGINE = "roadmapfinder.web.sessions." + ("cached_db" if redis_url else "db")
# Django's ModelBackend reading the learner's row by key without the ORM building the query; ModelBackend itself
# stays for the sessions it signed in before (a session names its backend), and never checks a password.
AUTHENTICATION_BACKENDS = [
    "roadmapfinder.tracking.backends.LearnerBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
TIME_ZONE = CONFIG.time_zone
USE_I18N = False
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = CONFIG.static_root
# The exporters (plain Python, not a Django app) own the diagram's stylesheet; the roadmap page links it.
STATICFILES_DIRS = [PACKAGE_DIR / "exporters" / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "roadmapfinder.web.static_storage.CollectedOrPlainStorage"
        )
    },
}
#: Before `collectstatic` has run, WhiteNoise serves the plain files from the apps' folders (web/static_storage.py).
STATIC_COLLECTED = (STATIC_ROOT / "staticfiles.json").exists()
WHITENOISE_USE_FINDERS = DEBUG or not STATIC_COLLECTED

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# HTTPS. Off by default, so `make run` serves plain http://127.0.0.1:8000. HTTPS_ONLY=true turns on the whole set
# that `manage.py check --deploy` asks for; each part keeps its own variable to override it.
HTTPS_ONLY = CONFIG.https_only
SESSION_COOKIE_SECURE = CONFIG.secure_cookies
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = CONFIG.secure_ssl_redirect
# A load balancer's health check often calls plain http without X-Forwarded-Proto: answer it, do not redirect.
SECURE_REDIRECT_EXEMPT = [r"^api/v1/healthz$", r"^api/v1/readyz$"]
SECURE_HSTS_SECONDS = CONFIG.secure_hsts_seconds
SECURE_HSTS_INCLUDE_SUBDOMAINS = CONFIG.secure_hsts_include_subdomains
SECURE_HSTS_PRELOAD = CONFIG.secure_hsts_preload
# `roadmapfinder serve` speaks plain HTTP: behind a TLS proxy, trust its X-Forwarded-Proto (and only then: a client
# reaching the server directly could set it). web/checks.py warns when the redirect is on without it.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if CONFIG.behind_https_proxy else None

# Content-Security-Policy (django-csp) on every response: scripts, styles, images, fonts and fetches from this site
# only; no inline script, style or event handler anywhere (the JSON-LD data block is not run, so it needs none);
# no plugins, no <base>, forms post here, no framing. Static, with no nonce, so cached pages stay valid. The
# standalone .svg replaces style-src with its own style's hash (web/exports.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# Accounts (the tracking app): Argon2 first, so new and re-hashed passwords use it; the others still verify.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "home"
# Password-reset mail: printed on the console unless an SMTP server is configured.
if email_host := CONFIG.email_host:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = email_host
    EMAIL_PORT = CONFIG.email_port
    EMAIL_HOST_USER = CONFIG.email_host_user
    EMAIL_HOST_PASSWORD = CONFIG.email_host_password
    EMAIL_USE_TLS = CONFIG.email_use_tls
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = CONFIG.default_from_email
# Rate limits (tracking/limits.py) count in the "ratelimit" cache when there is Redis, else in the database, shared
# by every worker, per client address: the proxy's X-Forwarded-For when BEHIND_HTTPS_PROXY (tracking/client.py).
# RATELIMIT_ENABLE=false turns them off.
RATELIMIT_ENABLE = CONFIG.ratelimit_enable

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": CONFIG.log_level},
    # bm25s says "Building index from tokens" once per field (three per process): web/wsgi.py reports the index
    # once instead.
    "loggers": {"bm25s": {"level": "WARNING"}},
}
