"""Body decoding for the fetch stage: Content-Encoding undone in bounded steps (a gzip bomb
costs kilobytes), then the charset chosen (BOM, HTTP header, <meta>, detection) and the bytes
turned into text. `decode_html()` is also what reads a saved page from disk.
"""
from __future__ import annotations

import codecs
import re
import zlib
from collections.abc import Callable
from typing import Any, Literal, cast

from ..errors import (
    ContentTypeError,
    EmptyPageError,
)

CharsetSource = Literal["bom", "http", "meta", "detected", "default"]

def _brotli_decompressor_factory() -> Callable[[], Any] | None:
    """Return a brotli Decompressor factory, only if it can bound its output.

    Older brotli (< 1.2) and brotlicffi releases cannot cap output per call, so one tiny chunk
    could inflate to gigabytes; with those we simply do not advertise ``br``.
    """
    try:
        import brotli  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    factory = getattr(brotli, "Decompressor", None)
    if factory is None or not hasattr(factory, "can_accept_more_data"):
        return None
    return cast(Callable[[], Any], factory)


_BROTLI = _brotli_decompressor_factory()
_BR: tuple[str, ...] = ("br",) if _BROTLI else ()
SUPPORTED_ENCODINGS: tuple[str, ...] = ("identity", "gzip", "deflate", *_BR)
ACCEPT_ENCODING = ", ".join(SUPPORTED_ENCODINGS[1:])


# --------------------------------------------------------------------------- content decoding


class _Overflow(Exception):
    """Decoded output passed max_decoded_bytes."""


class _BodyDecoder:
    """Undo one Content-Encoding, never producing more than ``limit`` bytes in total.

    zlib/brotli are asked for at most ``limit - total + 1`` bytes per call, so a bomb is detected
    after inflating at most one byte past the cap, whatever its compression ratio.
    """

    def __init__(self, encoding: str, limit: int) -> None:
        self.encoding = encoding
        self.limit = limit
        self.total = 0
        self._zlib: Any = None
        self._brotli: Any = None
        if encoding == "gzip":
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16)
        elif encoding == "br":
            assert _BROTLI is not None
            self._brotli = _BROTLI()

    def _room(self) -> int:
        return self.limit - self.total + 1

    def _count(self, chunk: bytes) -> bytes:
        self.total += len(chunk)
        if self.total > self.limit:
            raise _Overflow
        return chunk

    def feed(self, data: bytes) -> bytes:
        if not data:
            return b""
        if self.encoding == "identity":
            return self._count(data)
        if self.encoding == "br":
            # brotli >= 1.2: process(data, output_buffer_limit) is a soft cap that may overshoot
            # by one output block, and blocks grow with the limit; asking for at most 64 KB per
            # call keeps each step small. Leftover input stays inside the decompressor until
            # can_accept_more_data() says it has been drained with empty calls.
            out = [self._count(self._brotli.process(data, min(self._room(), 65536)))]
            while not self._brotli.can_accept_more_data():
                out.append(self._count(self._brotli.process(b"", min(self._room(), 65536))))
            return b"".join(out)
        if self._zlib is None:  # deflate: RFC says zlib-wrapped, some servers send raw deflate
            zlib_header = (
                len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
            )
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS)
        out = []
        buf = data
        while buf:
            if self._zlib.eof:
                if self.encoding != "gzip" or not buf.strip(b"\0"):
                    break  # trailing garbage / NUL padding after the stream is ignored
                self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16)  # next gzip member
            out.append(self._count(self._zlib.decompress(buf, self._room())))
            buf = self._zlib.unused_data if self._zlib.eof else self._zlib.unconsumed_tail
        return b"".join(out)


# --------------------------------------------------------------------------- charset


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_WIDE = ("utf-16", "utf-32")
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:\-]+)""", re.I)
_HTTP_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([a-z0-9_.:\-]+)""", re.I)
# Python text codecs that are not web charsets: escapes, IDNA, and UTF-7 (which WHATWG drops
# because it smuggles markup past filters). A label naming one falls back to detection.
_NOT_TEXT_CODECS = frozenset(
    {"idna", "punycode", "raw_unicode_escape", "unicode_escape", "undefined", "mbcs", "oem",
     "utf_7"}
)
_LABEL_ALIASES = {
    # WHATWG: these labels all mean windows-1252 on the web.
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "l1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252", "x-sjis": "shift_jis",
    "x-cp1251": "cp1251", "x-cp1252": "cp1252",
}
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b\x08", "gzip data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"OggS", "Ogg media"),
    (b"fLaC", "FLAC audio"),
    (b"ID3", "MP3 audio"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
)


def _codec(label: str) -> tuple[str, str] | None:
    """(python codec, display name) for a charset label, or None if it is not a text charset."""
    label = label.strip().strip("\"'").lower()
    label = _LABEL_ALIASES.get(label, label)
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):
        return None
    # bytes-to-bytes and str-to-str codecs (base64, rot13, zlib...) are not text encodings;
    # CodecInfo says so (decoding b"" does not: it short-cuts before the check).
    if not getattr(info, "_is_text_encoding", True):
        return None
    name = info.name
    if name.replace("-", "_") in _NOT_TEXT_CODECS:
        return None
    if name in ("latin-1", "iso8859-1", "ascii"):
        name = "cp1252"
    display = re.sub(r"^cp(125\d)$", r"windows-\1", name)
    return name, display


def _binary_kind(body: bytes) -> str | None:
    for magic, kind in _BINARY_MAGIC:
        if body.startswith(magic):
            return kind
    if body[4:8] == b"ftyp":
        return "MP4/HEIF media"
    if body.startswith(b"RIFF") and body[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "RIFF media"
    if b"\0" in body[:1024]:
        return "binary data (NUL bytes)"
    return None


def decode_html(body: bytes, content_type: str | None) -> tuple[str, str, str]:
    """Decode an HTML body: BOM, then HTTP charset, then <meta>, then detection, then UTF-8.

    Returns ``(text, charset, charset_source)``. Raises EmptyPageError for an empty (whitespace
    only) body and ContentTypeError for a binary one. Used for fetched pages and saved files.
    """
    if not body.strip():
        raise EmptyPageError("the page is empty")
    codec: tuple[str, str] | None = None
    source: CharsetSource = "default"
    skip = 0
    for bom, name in _BOMS:
        if body.startswith(bom):
            codec, source, skip = (name, name), "bom", len(bom)
            break
    if codec is None and content_type:
        match = _HTTP_CHARSET.search(content_type)
        if match:
            codec = _codec(match.group(1))
            source = "http"
    # UTF-16/32 text legitimately holds NUL bytes, so only check for binary otherwise.
    if codec is None or not codec[0].startswith(_WIDE):
        kind = _binary_kind(body)
        if kind:
            raise ContentTypeError(f"the body is {kind}, not HTML")
    if codec is None:
        for meta in _META_CHARSET.finditer(body[:4096]):
            codec = _codec(meta.group(1).decode("ascii"))
            if codec is not None:
                if codec[0].startswith(_WIDE):
                    codec = ("utf-8", "utf-8")  # WHATWG: an ASCII-readable meta can't be UTF-16
                source = "meta"
                break
    if codec is None:
        codec, source = _detect(body)
    text = body[skip:].decode(codec[0], errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]  # e.g. a BOM behind a header charset that we trusted first
    if not text.strip():
        raise EmptyPageError("the page is empty")
    return text, codec[1], source


def _detect(body: bytes) -> tuple[tuple[str, str], CharsetSource]:
    try:
        body.decode("utf-8")  # valid UTF-8 is the strongest signal there is, and cheap to test
        return ("utf-8", "utf-8"), "detected"
    except UnicodeDecodeError:
        pass
    import charset_normalizer  # only pages that declare no charset and are not UTF-8

    matches = charset_normalizer.from_bytes(body)
    best = matches.best()
    if best is not None:
        # Western text fits several single-byte charsets equally well, and the detector may
        # pick windows-1250 ("naïve" -> "naďve"); when windows-1252 reads the bytes as cleanly
        # as the best, it wins: it is the web's default for undeclared pages (WHATWG).
        # (Coherence is no tie-breaker: it picked DOS Baltic, cp775, for plain French.)
        if any(m.encoding == "cp1252" and m.chaos <= best.chaos for m in matches):
            return ("cp1252", "windows-1252"), "detected"
        codec = _codec(best.encoding)
        if codec is not None:
            return codec, "detected"
    return ("utf-8", "utf-8"), "default"


_HTML_SNIFF = re.compile(
    rb"\s*(?:<!doctype\s+html|<html|<head|<body|<script|<iframe|<h1|<div|<font|<table|<a|"
    rb"<style|<title|<b|<br|<p|<meta|<!--)[\s>/]",
    re.I,
)


def _looks_like_html(body: bytes) -> bool:
    """WHATWG-style sniff, used only when the server sent no Content-Type at all."""
    head = body[:1024]
    for bom, _ in _BOMS[:1]:
        if head.startswith(bom):
            head = head[len(bom):]
    return _HTML_SNIFF.match(head) is not None


