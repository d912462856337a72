"""Accessibility gate: axe-core finds no WCAG 2.0/2.1/2.2 A and AA violation on any page type in
any language, and the page can be used with the keyboard alone.

axe-core comes from PyPI's `selenium-axe-python`, which bundles axe-core 4.9 (the older
`axe-selenium-python` 2.1.6 bundles axe-core 3.1, which knows no WCAG 2.2 rule). Only the rules tagged
wcag2a, wcag2aa, wcag21a, wcag21aa and wcag22aa run; results axe cannot decide alone ("incomplete",
e.g. text over map tiles) are not failures but are counted in the summary.
"""

from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
import selenium_axe_python
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from site_pages import LANGUAGES, browser_pages, language_pages

AXE_SCRIPT = Path(selenium_axe_python.__file__).parent / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

PAGES = browser_pages()


def run_axe(driver):
    driver.execute_script(AXE_SCRIPT.read_text(encoding="utf-8"))
    version = driver.execute_script("return axe.version")
    assert tuple(int(part) for part in version.split(".")[:2]) >= (4, 5), \
        f"axe-core {version} has no WCAG 2.2 rules; update selenium-axe-python"
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, arguments[0]).then(done, (error) => done({error: String(error)}));", options)


def describe(violations):
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} [{', '.join(violation['tags'])}]"
                     f"\n  {violation['helpUrl']}")
        for node in violation["nodes"]:
            lines.append(f"  - {' '.join(node['target'])}: {node['html'][:160]}")
            lines.append("      " + node["failureSummary"].replace("\n", "\n      "))
    return "\n".join(lines)


@pytest.mark.parametrize("page_id, path, query, site", PAGES, ids=[page[0] for page in PAGES])
def test_no_wcag_violations(page_browser, open_page, request, quality_notes, page_id, path, query, site):
    root = request.getfixturevalue("base_url" if site == "bundled" else "located_base_url")
    open_page(page_browser, root + path, query)
    if site == "located":
        assert page_browser.find_elements(By.CSS_SELECTOR, "path.place-marker"), "the map drew no markers"
    assert_no_violations(page_browser, quality_notes, page_id, path)


def assert_no_violations(driver, quality_notes, page_id, path, mode=""):
    """Runs axe on the page as it is; what axe could not decide goes into the notes."""
    results = run_axe(driver)
    assert "error" not in results, results.get("error")
    if results["incomplete"]:
        quality_notes.append(f"axe could not decide on {page_id}{mode} (check by hand): " + ", ".join(
            f"{item['id']} at {' '.join(item['nodes'][0]['target'])}" if item["nodes"] else item["id"]
            for item in results["incomplete"]))
    assert results["violations"] == [], f"{path}{mode}:\n{describe(results['violations'])}"


# The keyboard: what Tab reaches, in which order, and whether focus can be seen.

_FOCUSED = """
const e = document.activeElement;
const style = getComputedStyle(e);
const box = e.getBoundingClientRect();
const region = e.closest('main') ? 'main' : e.closest('nav.languages') ? 'languages'
  : e.closest('nav.main-nav') ? 'main-nav' : e.closest('header') ? 'header' : e.closest('footer') ? 'footer' : 'page';
const within = [];
for (let node = e; node; node = node.parentElement) if (node.id) within.push(node.id);
return {
  tag: e.tagName.toLowerCase(), id: e.id, className: String(e.className.baseVal ?? e.className),
  href: e.getAttribute('href'), region, within,
  text: (e.getAttribute('aria-label') || e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40),
  indicator: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
  onScreen: box.width > 1 && box.height > 1 && box.bottom > 0 && box.right > 0
    && box.top < innerHeight && box.left < innerWidth,
};
"""


def tab(driver):
    ActionChains(driver).send_keys(Keys.TAB).perform()
    return driver.execute_script(_FOCUSED)


def tab_until(driver, stop, limit=60):
    """Presses Tab until `stop(focused)` holds; returns every focused element, the last included."""
    path = []
    for _ in range(limit):
        path.append(tab(driver))
        if stop(path[-1]):
            return path
    pytest.fail("Tab never reached the goal; focus went through:\n" + "\n".join(map(str, path)))


def without_focus_indicator(path):
    return [f"{item['tag']}#{item['id']}.{item['className']} {item['text']!r}" for item in path if not item["indicator"]]


@pytest.mark.parametrize("language", LANGUAGES)
def test_keyboard_reaches_header_in_order(page_browser, settle, base_url, language):
    page_browser.get(base_url + language_pages(language)["home"])
    settle(page_browser)
    path = tab_until(page_browser, lambda item: item["region"] == "main")
    header = path[:-1]
    assert header[0]["className"] == "skip" and header[0]["href"] == "#main", f"first Tab: {header[0]}"
    assert header[0]["onScreen"], "the skip link stays off screen when focused"

    switcher = [link.get_attribute("href") for link in page_browser.find_elements(By.CSS_SELECTOR, "nav.languages a")]
    main_nav = [link.get_attribute("href") for link in page_browser.find_elements(By.CSS_SELECTOR, "nav.main-nav a")]
    assert len(switcher) == len(LANGUAGES) and main_nav
    hrefs = lambda region: [base_url + item["href"] for item in header if item["region"] == region]
    assert hrefs("languages") == switcher, "Tab skips language switcher links"
    assert hrefs("main-nav") == main_nav, "Tab skips main navigation links"
    assert [item["id"] for item in header].count("header-search-input") == 1, "Tab skips the header search field"
    assert not without_focus_indicator(header), "focus cannot be seen on:\n" + "\n".join(without_focus_indicator(header))

    # The skip link leads past the header: the next Tab lands in the main content.
    page_browser.get(base_url + language_pages(language)["home"])
    settle(page_browser)
    assert tab(page_browser)["className"] == "skip"
    ActionChains(page_browser).send_keys(Keys.ENTER).perform()
    assert tab(page_browser)["region"] == "main", "after the skip link, Tab does not go to the main content"


@pytest.mark.parametrize("language", LANGUAGES)
def test_keyboard_filters_the_course_map(page_browser, settle, located_base_url, language):
    page_browser.get(located_base_url + language_pages(language)["map"])
    settle(page_browser)
    selects = [select.get_attribute("id") for select in page_browser.find_elements(By.CSS_SELECTOR, "#map-filters select")]
    path = tab_until(page_browser, lambda item: item["id"] == "filter-level")

    # Change the level with arrow keys (the first options are "all", A1, A2, B1, …).
    courses = page_browser.find_elements(By.CSS_SELECTOR, "li.place[data-kind=course]:not([data-place=''])")
    for _ in range(3):
        ActionChains(page_browser).send_keys(Keys.ARROW_DOWN).perform()
    level = page_browser.find_element(By.ID, "filter-level").get_attribute("value")
    assert level == "B1", f"arrow keys set the level to {level!r}"
    WebDriverWait(page_browser, 5).until(
        lambda d: parse_qs(urlparse(d.current_url).query).get("level") == ["B1"], "the filter is not in the URL")
    shown = [course for course in courses if course.is_displayed()]
    assert 0 < len(shown) < len(courses), "filtering by B1 should hide some courses and keep some"
    assert all("B1" in course.get_attribute("data-levels").split() for course in shown)
    assert str(len(shown)) in page_browser.find_element(By.ID, "place-count").text

    # On through the other filters, the map and its controls to the first course in the list.
    path += tab_until(page_browser, lambda item: "place-list" in item["within"])
    reached = [item["id"] for item in path]
    assert all(select in reached for select in selects), f"Tab skips filters: {set(selects) - set(reached)}"
    assert not without_focus_indicator(path), "focus cannot be seen on:\n" + "\n".join(without_focus_indicator(path))
