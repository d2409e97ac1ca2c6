"""Address rules for the fetch stage: which URLs and IP addresses may be fetched.

`non_global_reason()` names why an address is not globally routable (private, loopback, link-local
and cloud-metadata ranges, including IPv4 addresses embedded in IPv6 forms); `parse_ip_literal()`
reads a host that is an IP literal, including inet_aton's odd forms (``2130706433``, ``0x7f.1``),
so they cannot slip past the rules; `system_resolver()` is the default name resolver.
`url_refusal()` is the up-front check of an address before anything is resolved or imported.
"""
from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

Resolver = Callable[[str, int], list[str]]
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# --------------------------------------------------------------------------- address rules

_BLOCKED_V4: tuple[tuple[ipaddress.IPv4Network, str], ...] = tuple(
    (ipaddress.IPv4Network(net), why)
    for net, why in (
        ("0.0.0.0/8", "'this network'"),
        ("10.0.0.0/8", "private (RFC 1918)"),
        ("100.64.0.0/10", "carrier-grade NAT"),
        ("127.0.0.0/8", "loopback"),
        ("169.254.0.0/16", "link-local / cloud metadata"),
        ("172.16.0.0/12", "private (RFC 1918)"),
        ("192.0.0.0/24", "IETF protocol assignment"),
        ("192.0.2.0/24", "documentation"),
        ("192.88.99.0/24", "6to4 relay anycast"),
        ("192.168.0.0/16", "private (RFC 1918)"),
        ("198.18.0.0/15", "benchmarking"),
        ("198.51.100.0/24", "documentation"),
        ("203.0.113.0/24", "documentation"),
        ("224.0.0.0/4", "multicast"),
        ("240.0.0.0/4", "reserved"),
    )
)
_BLOCKED_V6: tuple[tuple[ipaddress.IPv6Network, str], ...] = tuple(
    (ipaddress.IPv6Network(net), why)
    for net, why in (
        ("::/128", "unspecified"),
        ("::1/128", "loopback"),
        ("100::/64", "discard-only"),
        ("64:ff9b:1::/48", "local-use NAT64"),
        ("2001:db8::/32", "documentation"),
        ("fc00::/7", "unique-local"),
        ("fe80::/10", "link-local"),
        ("fec0::/10", "site-local"),
        ("ff00::/8", "multicast"),
    )
)
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_V4_COMPAT = ipaddress.IPv6Network("::/96")


def _v4_reason(ip: ipaddress.IPv4Address) -> str | None:
    for net, why in _BLOCKED_V4:
        if ip in net:
            return why
    # Belt and braces: the stdlib table also knows the rest of the IANA special-purpose registry.
    if not ip.is_global or ip.is_multicast or ip.is_reserved:
        return "non-global"
    return None


def _embedded_v4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """IPv4 addresses hidden in an IPv6 address: the packet may well end up at them."""
    found: list[ipaddress.IPv4Address] = []
    if ip.ipv4_mapped is not None:
        found.append(ip.ipv4_mapped)
    if ip in _NAT64 or (ip in _V4_COMPAT and int(ip) > 1):
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    if ip.sixtofour is not None:
        found.append(ip.sixtofour)
    if ip.teredo is not None:
        found.extend(ip.teredo)  # (server, client); the client is de-obfuscated for us
    return found


def non_global_reason(ip: IPAddress) -> str | None:
    """Why ``ip`` must not be contacted when only global addresses are allowed (None = fine)."""
    if isinstance(ip, ipaddress.IPv4Address):
        return _v4_reason(ip)
    for v4 in _embedded_v4(ip):
        why = _v4_reason(v4)
        if why:
            return f"{why} (embedded IPv4 {v4})"
    if ip.ipv4_mapped is not None or ip in _NAT64:
        # ::ffff:a.b.c.d and 64:ff9b::a.b.c.d (DNS64 on IPv6-only networks) reach the IPv4 host;
        # its verdict is the verdict (the stdlib calls these whole prefixes non-global).
        return None
    for net6, why in _BLOCKED_V6:
        if ip in net6:
            return why
    if not ip.is_global or ip.is_multicast or ip.is_reserved or ip.is_site_local:
        return "non-global"
    return None


_INET_ATON_PART = re.compile(r"0[xX][0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*")


def parse_ip_literal(host: str) -> IPAddress | None:
    """Parse a host that the OS would treat as an address literal, in any inet_aton form.

    ``2130706433``, ``0x7f.1``, ``0177.0.0.1`` and ``127.1`` all mean 127.0.0.1 to getaddrinfo,
    so they must be checked as addresses, not waved through as names.
    """
    if ":" in host:
        try:
            return ipaddress.IPv6Address(host.replace("%25", "%"))
        except ValueError:
            return None
    parts = host[:-1].split(".") if host.endswith(".") else host.split(".")
    if not 1 <= len(parts) <= 4 or not all(_INET_ATON_PART.fullmatch(p) for p in parts):
        return None
    values = []
    for p in parts:
        if p[:2].lower() == "0x":
            values.append(int(p[2:] or "0", 16))
        elif len(p) > 1 and p.startswith("0"):
            values.append(int(p, 8))
        else:
            values.append(int(p))
    *head, last = values
    if any(v > 255 for v in head) or last >= 256 ** (4 - len(head)):
        return None  # not an address to inet_aton either; it will be resolved as a name
    number = 0
    for v in head:
        number = number << 8 | v
    number = number << 8 * (4 - len(head)) | last
    return ipaddress.IPv4Address(number)


def system_resolver(host: str, port: int) -> list[str]:
    """All addresses getaddrinfo gives for ``host``, in its preference order."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(
        dict.fromkeys(
            str(info[4][0]) for info in infos if info[0] in (socket.AF_INET, socket.AF_INET6)
        )
    )




# --------------------------------------------------------------------------- URL rules

# A source that names a scheme is an address, not a file: "ftp://...", "file:/etc/passwd",
# "javascript:...", "data:..." are refused by policy rather than looked up on disk.
_URL_LIKE = re.compile(
    r"^(?:[a-z][a-z0-9+.-]*://|(?:file|javascript|vbscript|data|mailto|about|blob|jar"
    r"|view-source|chrome|chrome-extension|moz-extension):)",
    re.I,
)


def looks_like_url(source: str) -> bool:
    return bool(_URL_LIKE.match(source.strip()))


def joined(base: str, link: str) -> str | None:
    """`link` resolved against `base`, or None when either is no parsable URL (a page's
    "http://[::1" link must not stop its annotation: urljoin raises on it)."""
    try:
        return urljoin(base, link)
    except ValueError:
        return None


def url_refusal(url: str, allowed_ports: frozenset[int] | None = None) -> str | None:
    """Why ``url`` may not be fetched, judged from the text alone (no DNS), or None.

    Scheme, host, credentials and port: the rules ``fetch`` applies again to every redirect hop.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        return f"invalid URL: {exc}"
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        what = repr(scheme) if scheme else "a URL without a scheme"
        return f"only http and https URLs can be fetched, not {what}"
    if not parts.hostname:
        return "the URL has no host"
    if parts.username is not None or parts.password is not None:
        return "URLs with credentials (user:password@) are not fetched"
    port = port if port is not None else (443 if scheme == "https" else 80)
    if not 0 < port < 65536:
        return f"port {port} is not a valid port"
    if allowed_ports is not None and port not in allowed_ports:
        ports = ", ".join(str(p) for p in sorted(allowed_ports))
        return f"port {port} is not allowed (allowed: {ports})"
    return None


def page_url_refusal(url: str) -> str | None:
    """Why ``url`` cannot be a page's address (a label the report shows and looks up), or None.

    Only the shape is judged: an absolute http(s) URL with a host. ``javascript:alert(1)`` is
    not where an article came from, whatever the caller says.
    """
    try:
        parts = urlsplit(url.strip())
    except ValueError as exc:
        return f"invalid URL: {exc}"
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return "not an http(s) URL with a host"
    return None
