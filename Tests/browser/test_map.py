"""The course map in a real browser: markers per course location, level filter in the URL,
and a complete list without JavaScript. Tiles come from the network, which the test machines do
not have: the page must work with every tile failing.

The bundled guide has few courses with a fixed address, so the site here is the bundled guide
plus three test courses at known places (two share an address, to exercise the spreading).
"""

import functools
import http.server
import os
import shutil
import subprocess
import threading
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from browser_session import new_chromium

REPO = Path(__file__).resolve().parents[2]
MAP_PAGES = {"lv": "/lv/karte/", "ru": "/ru/karta/", "en": "/en/map/", "uk": "/uk/karta/"}
TEST_COURSES = [
    # slug, levels, latitude, longitude, neighbourhood
    ("map-test-a1-centre", ["A1"], 56.95200, 24.11300, "centrs"),
    ("map-test-b1-centre", ["B1"], 56.95200, 24.11300, "centrs"),
    ("map-test-a1-teika", ["A1", "A2"], 56.96500, 24.17000, "teika"),
]


def write_test_course(content, slug, levels, latitude, longitude, neighbourhood):
    folder = content / "courses" / slug
    folder.mkdir(parents=True)
    (folder / "entry.yaml").write_text(
        "provider: organizations/lva\n"
        f"levels: [{', '.join(levels)}]\n"
        "mode: in_person\n"
        "cost: {free: true, paid_by: state}\n"
        "locations:\n"
        "  - address: Testa iela 1, Rīga\n"
        f"    latitude: {latitude}\n    longitude: {longitude}\n    neighbourhood: {neighbourhood}\n"
        "source: https://example.org/test\nreviewed: 2026-11-01\n", encoding="utf-8")
    for language in ("lv", "ru", "en"):
        (folder / f"{language}.md").write_text(
            f"---\ntitle: {slug} {language}\nsummary: Test.\neligibility: Test.\nregistration: Test.\n---\nTest.\n",
            encoding="utf-8")


def located_course_locations(content):
    """(slug, levels) of every course location with coordinates, read from the content."""
    import yaml  # PyYAML is on the test machines; only this helper needs it
    found = []
    for entry in sorted((content / "courses").glob("*/entry.yaml")):
        data = yaml.safe_load(entry.read_text(encoding="utf-8"))
        for location in data.get("locations") or []:
            if "latitude" in location and "longitude" in location:
                found.append((entry.parent.name, [str(level) for level in data["levels"]]))
    return found


@pytest.fixture(scope="module")
def map_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("map-site")
    shutil.copytree(REPO / "content", root / "content")
    shutil.copytree(REPO / "themes", root / "themes")
    for course in TEST_COURSES:
        write_test_course(root / "content", *course)
    guide = os.environ.get("GUIDE_BIN", str(REPO / ".build" / "debug" / "guide"))
    output = root / "out"
    result = subprocess.run([guide, "build", "--source", str(root), "--output", str(output)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(output)))
    server.RequestHandlerClass.log_message = lambda *args: None
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", located_course_locations(root / "content")
    server.shutdown()
    server.server_close()


def non_tile_errors(driver):
    return [entry["message"] for entry in driver.get_log("browser")
            if entry["level"] == "SEVERE" and "tile.openstreetmap.org" not in entry["message"]]


def wait_for_markers(driver, count):
    WebDriverWait(driver, 10).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "path.course-marker")) == count)


def visible_course_ids(driver):
    return {item.get_attribute("data-id") for item in driver.find_elements(By.CSS_SELECTOR, "li.course") if item.is_displayed()}


@pytest.mark.parametrize("language", ["lv", "ru", "en", "uk"])
def test_one_marker_per_location_and_level_filter_in_url(map_site, chromium, language):
    base_url, locations = map_site
    chromium.get_log("browser")
    chromium.get(base_url + MAP_PAGES[language])
    wait_for_markers(chromium, len(locations))
    assert len(locations) >= 3

    Select(chromium.find_element(By.ID, "filter-level")).select_by_value("A1")
    a1_locations = [slug for slug, levels in locations if "A1" in levels]
    wait_for_markers(chromium, len(a1_locations))
    assert len(a1_locations) < len(locations)
    assert parse_qs(urlparse(chromium.current_url).query) == {"level": ["A1"]}
    shown = visible_course_ids(chromium)
    assert "courses/map-test-a1-centre" in shown and "courses/map-test-b1-centre" not in shown
    for item in chromium.find_elements(By.CSS_SELECTOR, "li.course"):
        if item.is_displayed():
            assert "A1" in item.get_attribute("data-levels").split()

    # The shared link restores the same view.
    chromium.get(base_url + MAP_PAGES[language] + "?level=A1")
    wait_for_markers(chromium, len(a1_locations))
    assert Select(chromium.find_element(By.ID, "filter-level")).first_selected_option.get_attribute("value") == "A1"
    assert visible_course_ids(chromium) == shown
    assert non_tile_errors(chromium) == []


def test_count_uses_plural_forms(map_site, chromium):
    base_url, _ = map_site
    chromium.get(base_url + "/ru/karta/?level=B1")
    WebDriverWait(chromium, 10).until(lambda d: d.find_element(By.ID, "course-count").text.endswith(("курс", "курса", "курсов")))
    count = len(visible_course_ids(chromium))
    if count % 10 == 1 and count % 100 != 11:
        word = "курс"
    elif 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14:
        word = "курса"
    else:
        word = "курсов"
    assert chromium.find_element(By.ID, "course-count").text == f"{count} {word}"


@pytest.fixture(scope="module")
def no_js_browser():
    driver = new_chromium(javascript=False)
    yield driver
    driver.quit()


def test_list_addresses_and_map_links_without_javascript(map_site, no_js_browser):
    base_url, locations = map_site
    no_js_browser.get(base_url + "/en/map/")
    courses = no_js_browser.find_elements(By.CSS_SELECTOR, "li.course")
    assert {item.get_attribute("data-id") for item in courses} >= {f"courses/{slug}" for slug, _ in locations}
    assert all(item.is_displayed() for item in courses)
    assert not no_js_browser.find_element(By.ID, "course-filters").is_displayed(), "filters need JavaScript"
    addresses = no_js_browser.find_elements(By.CSS_SELECTOR, "li.course .address")
    assert any("Testa iela 1, Rīga" in address.text for address in addresses)
    geo = no_js_browser.find_elements(By.CSS_SELECTOR, "li.course a[href^='geo:']")
    osm = no_js_browser.find_elements(By.CSS_SELECTOR, "li.course a[href^='https://www.openstreetmap.org/']")
    assert len(geo) == len(osm) >= len(locations)
    assert no_js_browser.find_elements(By.CSS_SELECTOR, "path.course-marker") == []
