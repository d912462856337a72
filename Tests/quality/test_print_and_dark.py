"""Print and dark-mode gates for the theme's stylesheet.

Social workers print pages for newcomers, so a printed page shows the content without what only
works on a screen (menus, language switch, search, the map and its button), writes external
addresses out after the link text, and the legal service page fits on two A4 sheets in every
language. Many phones are set to dark mode, so every page type in every language must pass axe's
WCAG 2.x A/AA rules (contrast above all) with `prefers-color-scheme: dark`, and really be dark.

Chromium's media emulation (CDP) stands in for the print dialog and the phone's setting; the
browser is the session's, so every test puts the emulation back as it found it.
"""

import base64
import re

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from site_pages import LANGUAGES, browser_pages, language_pages
from test_accessibility import assert_no_violations

A4 = {"paperWidth": 8.27, "paperHeight": 11.69, "printBackground": False}
MAX_LEGAL_PAGES = 2
DARK = [{"name": "prefers-color-scheme", "value": "dark"}]

# What a sheet of paper cannot use: the header's menus and search, the skip link, the map, its
# button and Leaflet's controls, the course filters and the "report a mistake" link.
SCREEN_ONLY = {
    "skip link": ".skip",
    "main navigation": "nav.main-nav",
    "language switch": "nav.languages",
    "search form": "form[role=search]",
    "map button": ".map-toggle",
    "map": "[data-map]",
    "Leaflet control": "[class*='leaflet-control']",
    "course filters": ".filters",
    "report a mistake": ".feedback",
}

_DISPLAY = """
return Array.from(document.querySelectorAll(arguments[0]), (e) => getComputedStyle(e).display);
"""

_AFTER = "return getComputedStyle(arguments[0], '::after').content;"

# Colours as the browser computes them, with the WCAG 2.x contrast ratio.
_COLOURS = """
const parse = (value) => (value.match(/[\\d.]+/g) || []).map(Number);
const style = (selector, pseudo) => {
  const e = document.querySelector(selector);
  return e && getComputedStyle(e, pseudo || null);
};
const body = style('body');
const result = {body: {color: parse(body.color), background: parse(body.backgroundColor)}};
const call = style('.call-number');
if (call) result.call = {color: parse(call.color), background: parse(call.backgroundColor)};
const input = style('#header-search-input');
if (input) result.input = {border: parse(input.borderTopColor), background: parse(input.backgroundColor)};
return result;
"""


def luminance(rgb):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    red, green, blue = (channel(value) for value in rgb[:3])
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first, second):
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.fixture
def emulate(page_browser):
    """`emulate(media=…, features=[…])` sets CSS media emulation until the test ends."""
    def apply(media="", features=()):
        page_browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": media, "features": list(features)})
    yield apply
    apply()


def pdf_page_count(pdf):
    # Chromium writes each page as an uncompressed `/Type /Page` dictionary; `/Type /Pages` is
    # the page tree.
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


# Print.

@pytest.mark.parametrize("language", LANGUAGES)
def test_print_leaves_out_what_only_works_on_screen(page_browser, settle, emulate, base_url, language):
    page_browser.get(base_url + language_pages(language)["legal-service"])
    settle(page_browser)
    # Draw the map first, so that the print view also has Leaflet's container and controls to hide.
    page_browser.find_element(By.CSS_SELECTOR, "[data-show-map]").click()
    WebDriverWait(page_browser, 10).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, ".leaflet-control-attribution"), "the map was not drawn")

    emulate(media="print")
    shown = {name: selector for name, selector in SCREEN_ONLY.items()
             if any(display != "none" for display in page_browser.execute_script(_DISPLAY, selector))}
    assert not shown, f"printed although useless on paper: {shown}"
    for selector in ("h1", ".summary", ".facts", ".location", ".call"):
        assert page_browser.execute_script(_DISPLAY, selector)[0] != "none", f"{selector} is not printed"


@pytest.mark.parametrize("language", LANGUAGES)
def test_print_writes_out_external_addresses(page_browser, settle, emulate, base_url, language):
    page_browser.get(base_url + language_pages(language)["legal-service"])
    settle(page_browser)
    external = page_browser.find_element(By.CSS_SELECTOR, "main .facts a[href^='http']")
    phone = page_browser.find_element(By.CSS_SELECTOR, "main a[href^='tel:']")
    email = page_browser.find_element(By.CSS_SELECTOR, "main a[href^='mailto:']")
    assert page_browser.execute_script(_AFTER, external) == "none", "the address is added on screen too"

    emulate(media="print")
    href = external.get_attribute("href")
    assert page_browser.execute_script(_AFTER, external) == f'" ({href})"'
    # The number and the address are the links' own text already.
    assert page_browser.execute_script(_AFTER, phone) == "none"
    assert page_browser.execute_script(_AFTER, email) == "none"


@pytest.mark.parametrize("language", LANGUAGES)
def test_print_is_black_on_white_in_dark_mode(page_browser, settle, emulate, base_url, language):
    page_browser.get(base_url + language_pages(language)["home"])
    settle(page_browser)
    emulate(media="print", features=DARK)
    colours = page_browser.execute_script(_COLOURS)
    assert colours["body"]["color"][:3] == [0, 0, 0] and colours["body"]["background"][:3] == [255, 255, 255], colours
    # Backgrounds are not printed by default: 112 stays legible without its red.
    assert colours["call"]["color"][:3] == [0, 0, 0], colours["call"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_legal_page_prints_on_two_a4_pages(page_browser, settle, quality_notes, base_url, language):
    path = language_pages(language)["legal-service"]
    page_browser.get(base_url + path)
    settle(page_browser)
    pdf = base64.b64decode(page_browser.execute_cdp_cmd("Page.printToPDF", A4)["data"])
    pages = pdf_page_count(pdf)
    quality_notes.append(f"{path} prints on {pages} A4 page(s)")
    assert 1 <= pages <= MAX_LEGAL_PAGES, f"{path} prints on {pages} A4 pages"


# Dark mode.

PAGES = browser_pages()


@pytest.mark.parametrize("page_id, path, query, site", PAGES, ids=[page[0] for page in PAGES])
def test_dark_mode_has_no_wcag_violations(page_browser, open_page, emulate, request, quality_notes, page_id, path, query, site):
    root = request.getfixturevalue("base_url" if site == "bundled" else "located_base_url")
    emulate(features=DARK)
    # The highlight's colours are tested only where a result has one.
    open_page(page_browser, root + path, query, results="#search-results mark")
    if site == "located":
        assert page_browser.find_elements(By.CSS_SELECTOR, ".leaflet-control-attribution"), "the map was not drawn"

    body = page_browser.execute_script(_COLOURS)["body"]
    assert luminance(body["background"]) < 0.05 and luminance(body["color"]) > 0.6, f"{path} is not dark: {body}"
    assert_no_violations(page_browser, quality_notes, page_id, path, mode=" in dark mode")


@pytest.mark.parametrize("language", LANGUAGES)
def test_dark_mode_controls_stand_out(page_browser, settle, emulate, base_url, language):
    """What axe does not measure (WCAG 1.4.11, 3:1): the search field's edge, the focus ring and
    the red 112 button against the dark page, besides the button's own text (4.5:1)."""
    emulate(features=DARK)
    page_browser.get(base_url + language_pages(language)["home"])
    settle(page_browser)
    colours = page_browser.execute_script(_COLOURS)
    page = colours["body"]["background"]
    assert contrast(colours["input"]["border"], page) >= 3, colours
    assert contrast(colours["input"]["border"], colours["input"]["background"]) >= 3, colours
    assert contrast(colours["call"]["color"], colours["call"]["background"]) >= 4.5, colours
    assert contrast(colours["call"]["background"], page) >= 3, colours
    red, green, blue = colours["call"]["background"][:3]
    assert red > 2 * max(green, blue), f"112 is no longer red: {colours['call']}"

    field = page_browser.find_element(By.ID, "header-search-input")
    field.send_keys("")  # focus from the keyboard's point of view: :focus-visible on a text field
    outline = page_browser.execute_script(
        "const s = getComputedStyle(document.activeElement);"
        "return {width: parseFloat(s.outlineWidth), colour: (s.outlineColor.match(/[\\d.]+/g) || []).map(Number)};")
    assert outline["width"] >= 2 and contrast(outline["colour"], page) >= 3, outline
