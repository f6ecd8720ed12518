"""Configuration from the environment, read in one place.

Every variable the code reads is a field here, parsed once per process by `config()`: Django's settings, the
server launcher, the page cache, the content loader and the CLI all take their values from it, and README's
"Configuration" table documents each one. Tests that change a variable call `config.cache_clear()`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_TRUE = {"1", "true", "yes", "on"}
#: The variable `roadmapfinder serve` names its workers' core claims folder in (`Config.worker_cores`).
WORKER_CORES = "ROADMAPFINDER_WORKER_CORES"


def _bool(environ: Mapping[str, str], name: str, default: bool) -> bool:
    value = environ.get(name)
    return default if value is None else value.strip().lower() in _TRUE


def _list(environ: Mapping[str, str], name: str, default: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in environ.get(name, default).split(",") if item.strip())


def _int(environ: Mapping[str, str], name: str, default: int) -> int:
    value = environ.get(name, "").strip()
    try:
        return int(value) if value else default
    except ValueError:
        raise ValueError(f"{name}={value!r} is not a whole number") from None


def _float(environ: Mapping[str, str], name: str, default: float) -> float:
    value = environ.get(name, "").strip()
    try:
        return float(value) if value else default
    except ValueError:
        raise ValueError(f"{name}={value!r} is not a number") from None


@dataclass(frozen=True)
class Config:
    """The process's configuration; see README "Configuration" for what each variable does."""

    data_dir: Path
    debug: bool
    secret_key: str
    allowed_hosts: tuple[str, ...]
    csrf_trusted_origins: tuple[str, ...]
    site_url: str
    database_url: str
    db_conn_max_age: int
    redis_url: str
    static_root: Path
    time_zone: str
    https_only: bool
    secure_cookies: bool
    secure_ssl_redirect: bool
    secure_hsts_seconds: int
    secure_hsts_include_subdomains: bool
    secure_hsts_preload: bool
    behind_https_proxy: bool
    trusted_proxies: int
    email_host: str
    email_port: int
    email_host_user: str
    email_host_password: str
    email_use_tls: bool
    default_from_email: str
    ratelimit_enable: bool
    log_level: str
    page_memory_mb: float
    web_concurrency: int
    #: Whether `roadmapfinder serve` keeps each granian worker to a core of its own (web/worker_cores.py).
    pin_workers: bool
    #: The folder a granian server's workers claim their cores in; set by `roadmapfinder serve`, never by hand.
    worker_cores: Path | None
    content_dir: Path | None
    cli_config_file: Path
    learned_estimate_min_learners: int
    #: The POSIX locale the CLI takes a new plan's first day of the week from (LC_ALL, else LC_TIME, else LANG).
    locale: str

    @classmethod
    def from_environ(cls, environ: Mapping[str, str]) -> Config:
        """Parse a mapping of environment variables (a `ValueError` names the variable that is malformed)."""
        data_dir = Path(environ.get("ROADMAPFINDER_DATA_DIR") or Path.cwd() / "var").resolve()
        https_only = _bool(environ, "HTTPS_ONLY", False)
        content_dir = environ.get("ROADMAPFINDER_CONTENT_DIR", "").strip()
        cli_config = environ.get("ROADMAPFINDER_CONFIG", "").strip()
        home = Path(environ["HOME"]) if environ.get("HOME") else Path.home()
        config_home = Path(environ.get("XDG_CONFIG_HOME") or home / ".config")
        return cls(
            data_dir=data_dir,
            debug=_bool(environ, "DEBUG", False),
            secret_key=environ.get("SECRET_KEY", ""),
            allowed_hosts=_list(environ, "ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]"),
            csrf_trusted_origins=_list(environ, "CSRF_TRUSTED_ORIGINS", ""),
            site_url=environ.get("SITE_URL", "").strip().rstrip("/"),
            database_url=environ.get("DATABASE_URL", "") or f"sqlite:///{data_dir / 'db.sqlite3'}",
            db_conn_max_age=_int(environ, "DB_CONN_MAX_AGE", 60),
            redis_url=environ.get("REDIS_URL", ""),
            static_root=Path(environ.get("STATIC_ROOT") or data_dir / "static"),
            time_zone=environ.get("TIME_ZONE", "").strip() or "UTC",
            https_only=https_only,
            secure_cookies=_bool(environ, "SECURE_COOKIES", https_only),
            secure_ssl_redirect=_bool(environ, "SECURE_SSL_REDIRECT", https_only),
            secure_hsts_seconds=_int(environ, "SECURE_HSTS_SECONDS", 365 * 24 * 3600 if https_only else 0),
            secure_hsts_include_subdomains=_bool(environ, "SECURE_HSTS_INCLUDE_SUBDOMAINS", https_only),
            secure_hsts_preload=_bool(environ, "SECURE_HSTS_PRELOAD", https_only),
            behind_https_proxy=_bool(environ, "BEHIND_HTTPS_PROXY", False),
            trusted_proxies=_int(environ, "TRUSTED_PROXIES", 1),
            email_host=environ.get("EMAIL_HOST", ""),
            email_port=_int(environ, "EMAIL_PORT", 587),
            email_host_user=environ.get("EMAIL_HOST_USER", ""),
            email_host_password=environ.get("EMAIL_HOST_PASSWORD", ""),
            email_use_tls=_bool(environ, "EMAIL_USE_TLS", True),
            default_from_email=environ.get("DEFAULT_FROM_EMAIL", "RoadmapFinder <noreply@localhost>"),
            ratelimit_enable=_bool(environ, "RATELIMIT_ENABLE", True),
            log_level=environ.get("LOG_LEVEL", "INFO").strip().upper() or "INFO",
            page_memory_mb=_float(environ, "PAGE_MEMORY_MB", 32),
            web_concurrency=_int(environ, "WEB_CONCURRENCY", 0),
            pin_workers=_bool(environ, "PIN_WORKERS", True),
            worker_cores=Path(cores) if (cores := environ.get(WORKER_CORES, "").strip()) else None,
            content_dir=Path(content_dir) if content_dir else None,
            cli_config_file=Path(cli_config) if cli_config else config_home / "roadmapfinder" / "config.json",
            learned_estimate_min_learners=max(1, _int(environ, "LEARNED_ESTIMATE_MIN_LEARNERS", 5)),
            locale=next((v.strip() for n in ("LC_ALL", "LC_TIME", "LANG") if (v := environ.get(n, "")).strip()), ""),
        )


@cache
def config() -> Config:
    """This process's configuration, read from `os.environ` the first time it is asked for."""
    return Config.from_environ(os.environ)
