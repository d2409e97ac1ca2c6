"""Outlet identification: public-suffix-aware matching, roles, paths, staleness, overlays."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from annotator.errors import DataFileError
from annotator.sources.registry import Registry, bundled_sources_path, host_of

MINI = Path(__file__).parent / "fixtures" / "sources-mini.yaml"
TODAY = dt.date(2026, 11, 29)


@pytest.fixture(scope="module")
def reg() -> Registry:
    return Registry.load([MINI])


@pytest.mark.parametrize(
    ("url", "outlet", "how"),
    [
        ("https://almanar.com.lb/x", "al-manar", "exact domain almanar.com.lb"),
        ("https://www.almanar.com.lb/x", "al-manar", "subdomain of almanar.com.lb"),
        ("https://m.almanar.com.lb/x", "al-manar", "subdomain of almanar.com.lb"),
        ("https://amp.english.almanar.com.lb/1", "al-manar", "subdomain of english.almanar.com.lb"),
        ("HTTPS://English.AlManar.com.lb:443/1", "al-manar", "exact domain english.almanar.com.lb"),
        ("almanar.com.lb", "al-manar", "exact domain almanar.com.lb"),
        ("https://www.bbc.co.uk/news/x", "bbc", "subdomain of bbc.co.uk"),
        ("https://www.bbc.com/persian/articles/x", "bbc-persian", "under path /persian"),
        ("https://www.bbc.com/news/x", "bbc", "subdomain of bbc.com"),
    ],
)
def test_matches(reg: Registry, url: str, outlet: str, how: str) -> None:
    m = reg.lookup(url, today=TODAY)
    assert m.status == "matched"
    assert m.outlet is not None and m.outlet.id == outlet
    assert how in (m.how or "")


def test_edition_and_seized_roles_are_reported(reg: Registry) -> None:
    m = reg.lookup("https://english.almanar.com.lb/1", today=TODAY)
    assert m.domain_role == "edition"
    m = reg.lookup("https://www.presstv.com/Detail/1", today=TODAY)
    assert m.outlet is not None and m.outlet.id == "press-tv"
    assert m.domain_role == "seized"
    assert "(the outlet's until 2021-06-22)" in (m.how or "") and "?" not in (m.how or "")


@pytest.mark.parametrize(
    "url",
    [
        "https://almanar.com.lb.evil.example/x",  # the outlet's name as a subdomain elsewhere
        "https://notalmanar.com.lb/",
        "https://example.org/almanar.com.lb",
        "https://someone.blogspot.com/",
    ],
)
def test_lookalikes_are_not_matched(reg: Registry, url: str) -> None:
    assert reg.lookup(url, today=TODAY).status == "not_in_registry"


def test_unknown_is_not_in_registry_and_no_url(reg: Registry) -> None:
    m = reg.lookup("https://news.example.co.uk/a", today=TODAY)
    assert (m.status, m.domain, m.host) == (
        "not_in_registry",
        "example.co.uk",
        "news.example.co.uk",
    )
    assert reg.lookup(None).status == "no_url"


def test_stale_profile_is_marked(reg: Registry) -> None:
    assert reg.lookup("presstv.ir", today=TODAY).stale is True
    assert reg.lookup("almanar.com.lb", today=TODAY).stale is False


def test_host_of_handles_idn_and_junk() -> None:
    assert host_of("https://ÉXAMPLE.fr./a") == "xn--xample-9ua.fr"
    assert host_of("http://[::1") is None


def test_overlay_layers(tmp_path: Path) -> None:
    overlay = tmp_path / "newsroom.yaml"
    overlay.write_text(
        "schema_version: 1\noutlets:\n"
        "  - id: local-gazette\n    name: Local Gazette\n    country: GB\n    kind: newspaper\n"
        "    domains: [{domain: gazette.example}]\n    last_reviewed: 2026-11-01\n"
    )
    reg = Registry.load([MINI, overlay])
    m = reg.lookup("https://www.gazette.example/a", today=TODAY)
    assert m.outlet is not None and m.layer == str(overlay)
    assert reg.lookup("almanar.com.lb", today=TODAY).layer == str(MINI)


def test_duplicate_outlet_id_names_line(tmp_path: Path) -> None:
    entry = (
        "  - id: dup\n    name: D\n    country: GB\n    kind: newspaper\n"
        "    domains: [{domain: d.example}]\n    last_reviewed: 2026-11-01\n"
    )
    bad = tmp_path / "s.yaml"
    bad.write_text("schema_version: 1\noutlets:\n" + entry + entry)
    with pytest.raises(DataFileError, match=r"s\.yaml:9: outlets\[1\]\.id: duplicate id"):
        Registry.load([bad])


def test_bundled_registry_has_the_required_outlets() -> None:
    reg = Registry.load([bundled_sources_path()])
    assert len(reg.outlets) >= 40
    for oid in [
        "al-manar",
        "press-tv",
        "tasnim",
        "fars-news",
        "irna",
        "al-mayadeen",
        "rt",
        "sputnik",
        "cgtn",
        "xinhua",
        "global-times",
        "trt",
        "al-jazeera",
        "voa",
        "rferl",
        "bbc",
        "reuters",
        "ap",
        "afp",
    ]:
        assert oid in reg.outlets, oid
    legal = {(o.id, a.type, a.date.year) for o in reg.outlets.values() for a in o.legal}
    assert ("al-manar", "designation", 2006) in legal
    assert ("press-tv", "domain_seizure", 2021) in legal
    assert ("rt", "broadcast_ban", 2022) in legal and ("sputnik", "broadcast_ban", 2022) in legal
    for outlet in reg.outlets.values():
        claims = [
            *outlet.ownership,
            *outlet.funding,
            *outlet.state_affiliation,
            *outlet.affiliations,
            *outlet.legal,
            *outlet.ratings,
        ]
        for claim in claims:
            assert claim.source and claim.as_of


PLATFORMS = """schema_version: 1
outlets:
  - id: substack
    name: Substack
    country: US
    kind: platform
    domains: [{domain: substack.com}]
    user_content: true
    user_paths: ["/@"]
    last_reviewed: 2026-11-29
"""


@pytest.mark.parametrize(
    ("url", "publisher"),
    [
        ("https://alice.substack.com/p/post", "alice.substack.com"),
        ("https://substack.com/@alice/note/1", "substack.com/@alice"),
    ],
)
def test_user_content_platform_pages_are_their_own_publishers(
    tmp_path: Path, url: str, publisher: str
) -> None:
    path = tmp_path / "platforms.yaml"
    path.write_text(PLATFORMS)
    reg = Registry.load([path], ratings=False)
    m = reg.lookup(url, today=TODAY)
    assert (m.status, m.domain, m.platform) == ("not_in_registry", publisher, "Substack")
    assert m.outlet is None and "does not apply" in (m.how or "")


def test_user_content_platform_own_pages_match_the_platform(tmp_path: Path) -> None:
    path = tmp_path / "platforms.yaml"
    path.write_text(PLATFORMS)
    reg = Registry.load([path], ratings=False)
    for url in ("https://substack.com/about", "https://www.substack.com/"):
        m = reg.lookup(url, today=TODAY)
        assert m.outlet is not None and m.outlet.id == "substack"


def test_bundled_platforms_never_lend_their_profile() -> None:
    reg = Registry.load()
    for url in (
        "https://someone.blogspot.com/2020/01/x.html",
        "https://x.wordpress.com/a",
        "https://someone.blogspot.co.uk/",
        "https://me.github.io/blog",
    ):
        m = reg.lookup(url, today=TODAY)
        assert m.outlet is None, url


def test_overlay_patches_known_outlet_and_marks_layers(tmp_path: Path) -> None:
    overlay = tmp_path / "newsroom.yaml"
    overlay.write_text(
        "schema_version: 1\noutlets:\n"
        "  - id: al-manar\n"
        "    notes:\n"
        "      - text: Our desk treats its casualty figures as unverified.\n"
        "        source: https://newsroom.example/standards\n"
        "        as_of: 2026-10-01\n"
        "    ratings:\n"
        "      - rater: Our standards desk\n        label: use with attribution only\n"
        "        source: https://newsroom.example/standards\n        as_of: 2026-10-01\n"
        "  - id: bbc\n    replace: [domains]\n    domains: [{domain: bbc.example}]\n"
    )
    reg = Registry.load([MINI, overlay], ratings=False)
    manar = reg.outlets["al-manar"]
    assert [n.layer for n in manar.notes] == [str(overlay)]
    assert manar.affiliations[0].layer == str(MINI)  # the base claim is kept, with its layer
    assert manar.ratings[0].rater == "Our standards desk"
    assert reg.layers["al-manar"] == f"{MINI} + {overlay}"
    assert reg.lookup("https://bbc.example/x", today=TODAY).outlet.id == "bbc"  # type: ignore[union-attr]
    assert reg.lookup("https://www.bbc.co.uk/x", today=TODAY).status == "not_in_registry"


def test_overlay_new_outlet_must_be_complete(tmp_path: Path) -> None:
    overlay = tmp_path / "newsroom.yaml"
    overlay.write_text("schema_version: 1\noutlets:\n  - id: brand-new\n    name: New\n")
    with pytest.raises(
        DataFileError, match=r"newsroom\.yaml:3: outlets\[0\]\.country: Field required"
    ):
        Registry.load([MINI, overlay], ratings=False)


def test_overlay_claim_without_citation_is_refused(tmp_path: Path) -> None:
    overlay = tmp_path / "newsroom.yaml"
    overlay.write_text(
        "schema_version: 1\noutlets:\n  - id: al-manar\n    notes:\n      - text: no source\n"
        "        as_of: 2026-10-01\n"
    )
    with pytest.raises(DataFileError, match=r"newsroom\.yaml:5: outlets\[0\]\.notes\[0\]\.source"):
        Registry.load([MINI, overlay], ratings=False)


def test_psl_listed_platform_blog_still_names_its_platform() -> None:
    m = Registry.load().lookup("https://someone.blogspot.com/2020/x.html", today=TODAY)
    assert (m.status, m.domain, m.platform) == (
        "not_in_registry",
        "someone.blogspot.com",
        "Blogger (Blogspot)",
    )


VALID_OUTLET = {
    "id": "x",
    "name": "X",
    "country": "GB",
    "kind": "newspaper",
    "domains": "[{domain: x.example}]",
    "last_reviewed": "2026-01-01",
}


def _registry_text(**override: str) -> str:
    fields = {**VALID_OUTLET, **override}
    lines = ["schema_version: 1", "outlets:"]
    first = True
    for key, value in fields.items():
        if value == "<omit>":
            continue
        lines.append(f"  {'- ' if first else '  '}{key}: {value}")
        first = False
    return "\n".join(lines) + "\n"


def claim(source: str, as_of: str | None = None) -> str:
    date = f", as_of: {as_of}" if as_of else ""
    return f"[{{role: owner, entity: Y, source: {source}{date}}}]"


@pytest.mark.parametrize(
    ("override", "line", "where", "message"),
    [
        (
            {"ownership": claim("https://y.example")},
            9,
            "outlets[0].ownership[0].as_of",
            "Field required",
        ),
        (
            {"ownership": claim("not-a-url", "2026-01-01")},
            9,
            "outlets[0].ownership[0].source",
            "URL",
        ),
        (
            {"ownership": claim("https://y.example", "2026-13-01")},
            9,
            "outlets[0].ownership[0].as_of",
            "date",
        ),
        ({"kind": "tabloid"}, 6, "outlets[0].kind", "Input should be"),
        ({"country": "UK1"}, 5, "outlets[0].country", "pattern"),
        ({"owner": "typo field"}, 9, "outlets[0].owner", "Extra inputs"),
        ({"domains": "[{domain: 'not a host'}]"}, 7, "outlets[0].domains[0].domain", "host"),
        (
            {"domains": "[{domain: x.example, path: news}]"},
            7,
            "outlets[0].domains[0].path",
            "start with",
        ),
        (
            {"domains": "[{domain: x.example, role: owner}]"},
            7,
            "outlets[0].domains[0].role",
            "Input should be",
        ),
        ({"domains": "[]"}, 7, "outlets[0].domains", "at least 1"),
        ({"last_reviewed": "<omit>"}, 3, "outlets[0].last_reviewed", "Field required"),
        ({"id": "Bad Id"}, 3, "outlets[0].id", "pattern"),
    ],
)
def test_every_validator_error_names_file_line_and_field(
    tmp_path: Path, override: dict[str, str], line: int, where: str, message: str
) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text(_registry_text(**override))
    with pytest.raises(DataFileError) as err:
        Registry.load([path], ratings=False, use_cache=False)
    text = str(err.value)
    assert text.startswith(f"{path}:{line}: {where}: "), text
    assert message in text


def test_wrong_schema_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text(_registry_text().replace("schema_version: 1", "schema_version: 2"))
    with pytest.raises(DataFileError, match=r"sources\.yaml:1: schema_version"):
        Registry.load([path], ratings=False, use_cache=False)


def test_all_errors_are_listed_in_details(tmp_path: Path) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text(_registry_text(kind="tabloid", country="gb"))
    with pytest.raises(DataFileError) as err:
        Registry.load([path], ratings=False, use_cache=False)
    assert len(err.value.details) == 2 and "(and 1 more)" in str(err.value)


def test_path_scoped_entries_match_at_segment_boundaries(reg: Registry) -> None:
    assert reg.lookup("https://www.bbc.com/persian", today=TODAY).outlet.id == "bbc-persian"  # type: ignore[union-attr]
    assert reg.lookup("https://www.bbc.com/persiannews-blog", today=TODAY).outlet.id == "bbc"  # type: ignore[union-attr]


def test_international_domains_are_stored_as_lookups_see_them(tmp_path: Path) -> None:
    overlay = tmp_path / "idn.yaml"
    overlay.write_text(
        "schema_version: 1\noutlets:\n  - id: press-rf\n    name: Press RF\n    country: RU\n"
        "    kind: digital\n    domains: [{domain: Пресс.рф}]\n    last_reviewed: 2026-11-01\n"
    )
    reg = Registry.load([MINI, overlay], ratings=False, use_cache=False)
    assert reg.lookup("https://www.пресс.рф/a", today=TODAY).outlet.id == "press-rf"  # type: ignore[union-attr]
    overlay.write_text(overlay.read_text().replace("Пресс.рф", "rt.com:8080"))
    with pytest.raises(DataFileError, match="no scheme, port or path"):
        Registry.load([MINI, overlay], ratings=False, use_cache=False)


def test_two_outlets_claiming_one_domain_is_an_error(tmp_path: Path) -> None:
    overlay = tmp_path / "clash.yaml"
    overlay.write_text(
        "schema_version: 1\noutlets:\n  - id: al-manar\n    domains:\n      - {domain: bbc.com}\n"
    )
    with pytest.raises(DataFileError, match=r"clash\.yaml:5: outlet 'al-manar' claims bbc\.com"):
        Registry.load([MINI, overlay], ratings=False, use_cache=False)
