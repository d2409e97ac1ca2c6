"""Pages on platforms that host others' posts: official accounts, and whose ratings apply.

A post at t.me/s/rtnews or youtube.com/@PressTV is the outlet's own when the registry lists that
handle under the outlet's `social`; the registry then answers with the outlet. Any other post on
a platform is its poster's, not the platform's: the platform's own ratings (RSP's "Google Maps"
at google.com, "YouTube" at youtube.com) never attach to it.

    >>> account("https://t.me/s/rtnews/12345")
    ('telegram', 'rtnews')
    >>> account("https://www.youtube.com/@PressTV/videos")
    ('youtube', 'presstv')
    >>> hosted_platform("news.google.com")
    'Google'
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Registrable domain -> (platform key used in `social:` entries, display name).
PLATFORMS: dict[str, tuple[str, str]] = {
    "t.me": ("telegram", "Telegram"),
    "telegram.me": ("telegram", "Telegram"),
    "youtube.com": ("youtube", "YouTube"),
    "x.com": ("x", "X (Twitter)"),
    "twitter.com": ("x", "X (Twitter)"),
    "facebook.com": ("facebook", "Facebook"),
    "instagram.com": ("instagram", "Instagram"),
    "tiktok.com": ("tiktok", "TikTok"),
    "threads.net": ("threads", "Threads"),
    "vk.com": ("vk", "VK"),
    "rumble.com": ("rumble", "Rumble"),
    "bsky.app": ("bluesky", "Bluesky"),
    "google.com": ("google", "Google"),
    "reddit.com": ("reddit", "Reddit"),
}
# Registry `social.platform` spellings that name the same platform.
PLATFORM_ALIASES = {"twitter": "x", "tg": "telegram", "fb": "facebook"}

# First path segments that are the platform's own pages, never a handle.
_RESERVED = {
    "s", "c", "user", "channel", "share", "home", "search", "explore", "watch", "shorts",
    "intent", "i", "hashtag", "login", "signup", "settings", "about", "help", "privacy",
    "terms", "policies", "embed", "joinchat", "addstickers", "live", "messages", "tos",
    "notifications", "results", "feed", "playlist", "pages", "groups", "events", "r", "u",
    "status", "sharer", "sharer.php", "l.php", "profile.php", "video", "reel",
    "reels", "p", "tv", "stories", "maps", "url",
}
_HANDLE = re.compile(r"^@?[A-Za-z0-9_.-]{2,64}$")


def _bare(host: str) -> str:
    for prefix in ("www.", "m.", "mobile.", "web."):
        host = host.removeprefix(prefix)
    return host


def hosted_platform(host: str) -> str | None:
    """The display name of the platform a host belongs to (news.google.com -> Google)."""
    host = _bare(host.lower().rstrip("."))
    for domain, (_, name) in PLATFORMS.items():
        if host == domain or host.endswith("." + domain):
            return name
    return None


def normal_platform(name: str) -> str:
    key = name.strip().lower()
    return PLATFORM_ALIASES.get(key, key)


def account(url: str) -> tuple[str, str] | None:
    """(platform, lowercase handle) of a page under an account on a known platform, or None
    (the platform's home page, a search, a share dialog, an unknown host)."""
    try:
        parts = urlsplit(url if "://" in url else "https://" + url)
        host = _bare((parts.hostname or "").lower().rstrip("."))
    except ValueError:
        return None
    entry = PLATFORMS.get(host)
    if entry is None or entry[0] in ("google", "reddit"):
        return None
    platform = entry[0]
    segs = [s for s in parts.path.split("/") if s]
    if platform == "telegram" and segs[:1] == ["s"]:
        segs = segs[1:]  # t.me/s/<channel>: the channel's public web preview
    if platform == "youtube" and len(segs) >= 2 and segs[0] in ("c", "user"):
        segs = segs[1:]  # legacy custom URLs: youtube.com/c/<name>, /user/<name>
    if not segs:
        return None
    first = segs[0]
    if first.lower() in _RESERVED or not _HANDLE.match(first):
        return None
    if platform == "youtube" and not first.startswith("@") and parts.path.split("/")[1] not in (
        "c",
        "user",
    ):
        return None  # youtube.com/<word> is a page of YouTube's, not a channel
    return platform, first.removeprefix("@").lower()
