"""HTTP backend for the browser extension: outlet badge, outlet index, and annotate.

Safety: this server fetches URLs that clients send, so every fetch goes through
``annotator.page.fetch`` with ``allow_non_global=False`` and ports {80, 443} by default (no
private, loopback, link-local/metadata, CGNAT or multicast address; each redirect hop checked;
one DNS answer pinned for the connect). Requests are bounded before they reach the app: body
size (while reading), a token bucket per client, an optional API key.

Every error is RFC 9457 problem+json with a stable ``type``
(``https://annotator.dev/problems/<slug>``); the slugs of pipeline failures come from
``annotator.errors``.
"""

from .guards import RateLimiter
from .routes import create_app
from .run import APP_FACTORY, app_from_env, serve, tcp_listener
from .settings import Settings

__all__ = [
    "APP_FACTORY",
    "RateLimiter",
    "Settings",
    "app_from_env",
    "create_app",
    "serve",
    "tcp_listener",
]
