"""Where each page type of the built guide lives, read from content/site.yaml, so that the
quality gates visit one page of every kind in every language without hard-coding URL segments.

The example entries are fixed on purpose: the legal service has an address with coordinates, so
its page also draws the small Leaflet map (and requests tiles); the organisation is an NGO.
"""

import importlib.util
import re
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]


def _browser_session():
    spec = importlib.util.spec_from_file_location("celvedis_browser_session", REPO / "Tests" / "browser" / "browser_session.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Chromium started the same way as in the browser tests.
_session = _browser_session()
new_chromium = _session.new_chromium
network_log_urls = _session.network_log_urls
SITE = yaml.safe_load((REPO / "content" / "site.yaml").read_text(encoding="utf-8"))
LANGUAGES = [language["code"] for language in SITE["languages"]]

EXAMPLE_ENTRIES = {"courses": "riga-municipality-a-b", "legal": "pmlp-residence", "organizations": "drosa-maja"}
FREE_PAGE = "first-steps"
# A query per language that finds several results.
SEARCH_QUERIES = {"lv": "kursi", "ru": "курсы", "en": "course", "uk": "курси"}

# Pages that exist once for the whole site.
SITE_PAGES = {"chooser": "/", "not-found": "/404.html"}


def language_pages(code):
    """{page type: path} for one language, e.g. {"home": "/lv/", "course": "/lv/kursi/…/", …}."""
    language = next(language for language in SITE["languages"] if language["code"] == code)
    sections = language["sections"]
    pages = {"home": f"/{code}/"}
    for section in ("courses", "legal", "organizations"):
        pages[section] = f"/{code}/{sections[section]}/"
    for section, kind in (("courses", "course"), ("legal", "legal-service"), ("organizations", "organization")):
        pages[kind] = f"/{code}/{sections[section]}/{EXAMPLE_ENTRIES[section]}/"
    pages["page"] = f"/{code}/{FREE_PAGE}/"
    pages["search"] = f"/{code}/{language.get('search', 'search')}/"
    pages["map"] = f"/{code}/{language.get('map', 'map')}/"
    return pages


def all_pages():
    """[(id, path)] of every page type: the two site-wide pages, then each language's."""
    pages = list(SITE_PAGES.items())
    for code in LANGUAGES:
        pages += [(f"{code}-{kind}", path) for kind, path in language_pages(code).items()]
    return pages


def browser_pages():
    """[(id, path, search query or None, site)] of what the browser gates load: every page type of
    the bundled guide ("bundled"), each search page with results shown, and each course map with
    markers, on the bundled guide plus located test courses ("located", see conftest.py)."""
    pages = [(page_id, path, None, "bundled") for page_id, path in all_pages()]
    pages += [(f"{code}-search-results", language_pages(code)["search"], SEARCH_QUERIES[code], "bundled")
              for code in LANGUAGES]
    pages += [(f"{code}-map-with-markers", language_pages(code)["map"], None, "located") for code in LANGUAGES]
    return pages


def tile_origin():
    """A pattern matching the scheme and host of the map tiles configured in site.yaml
    (`{s}` subdomains allowed), the only third party a page may contact."""
    template = SITE["map"]["tiles"]
    match = re.match(r"^(https?://[^/]+)", template)
    assert match, f"map.tiles in site.yaml has no scheme and host: {template}"
    host = re.escape(match.group(1)).replace(re.escape("{s}"), "[a-z0-9-]+")
    return re.compile(host + r"(/|$)")
