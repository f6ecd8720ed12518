"""Django settings, all from the environment so one build runs anywhere (see README "Configuration").

SQLite in ./var by default (zero set-up); PostgreSQL when DATABASE_URL is set; Redis cache when REDIS_URL is set.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url
import django_stubs_ext
from csp.constants import NONE, SELF

django_stubs_ext.monkeypatch()  # lets typed generics such as admin.ModelAdmin[Model] work at run time


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    return default if value is None else value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


PACKAGE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("ROADMAPFINDER_DATA_DIR", Path.cwd() / "var")).resolve()

DEBUG = env_bool("DEBUG", False)


def _secret_key() -> str:
    """SECRET_KEY from the environment, else one generated once and kept in the data folder."""
    if key := os.environ.get("SECRET_KEY"):
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
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")
#: The public origin for canonical URLs, the sitemap and exported links (e.g. https://roadmapfinder.example).
SITE_URL = os.environ.get("SITE_URL", "").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "roadmapfinder.web.storage.StaticFilesAppConfig",  # django.contrib.staticfiles without source maps
    "ninja",
    "csp",
    "roadmapfinder.web.apps.WebConfig",
    "roadmapfinder.tracking.apps.TrackingConfig",
]

MIDDLEWARE = [
    "roadmapfinder.web.caching.ContentCacheMiddleware",  # first: a cached page skips everything below
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",  # below the cache, so stored pages keep their policy
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
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
            ],
        },
    }
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{DATA_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers run beside the one writer; IMMEDIATE takes the write lock at BEGIN, so concurrent
    # progress updates wait their turn (up to `timeout` seconds) instead of failing with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }

if redis_url := os.environ.get("REDIS_URL"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", DATA_DIR / "static"))
# The exporters (plain Python, not a Django app) own the diagram's stylesheet; the roadmap page links it.
STATICFILES_DIRS = [PACKAGE_DIR / "exporters" / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or env_bool("ROADMAPFINDER_PLAIN_STATIC", False)
            else "roadmapfinder.web.storage.StaticStorage"  # WhiteNoise's, hashed and compressed
        )
    },
}

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# HTTPS. Off by default, so `make run` serves plain http://127.0.0.1:8000. HTTPS_ONLY=true turns on the whole set
# that `manage.py check --deploy` asks for; each part keeps its own variable to override it.
HTTPS_ONLY = env_bool("HTTPS_ONLY", False)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", HTTPS_ONLY)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", HTTPS_ONLY)
# A load balancer's health check often calls plain http without X-Forwarded-Proto: answer it, do not redirect.
SECURE_REDIRECT_EXEMPT = [r"^api/v1/healthz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 365 * 24 * 3600 if HTTPS_ONLY else 0))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", HTTPS_ONLY)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", HTTPS_ONLY)
# `roadmapfinder serve` speaks plain HTTP: behind a TLS proxy, trust its X-Forwarded-Proto (and only then: a client
# reaching the server directly could set it). web/checks.py warns when the redirect is on without it.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_HTTPS_PROXY", False) else None

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
if email_host := os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = email_host
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "RoadmapFinder <noreply@localhost>")
# Rate limits (django-ratelimit) count in the default cache: Redis in production shares them between processes.
RATELIMIT_ENABLE = env_bool("RATELIMIT_ENABLE", True)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # bm25s says "Building index from tokens" once per field (three per process): web/wsgi.py reports the index
    # once instead.
    "loggers": {"bm25s": {"level": "WARNING"}},
}
