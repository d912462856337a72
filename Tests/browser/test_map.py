"""The map of help in a real browser: a marker per located place, by kind; kinds that switch off;
the municipality filter narrowing map and list, kept in the URL; places without an address
listed with how to reach them; and "near me" sorting by distance with the browser's position
overridden (it is never sent anywhere). Tiles come from the network, which the test machines do
not have: the page must work with every tile failing.

The bundled guide has places in Riga only, so the site here is the bundled guide plus test
entries in Riga, Jelgava and Liepāja (two courses share an address, to exercise the spreading).
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
import yaml
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from browser_session import new_chromium
from build_day import BUILD_DAY, has_ended

REPO = Path(__file__).resolve().parents[2]
MAP_PAGES = {"lv": "/lv/karte/", "ru": "/ru/karta/", "en": "/en/map/", "uk": "/uk/karta/"}
SECTIONS = {"courses": "course", "legal": "legal", "organizations": "organization"}
# A point in Jelgava's centre, a few hundred metres from the Jelgava test entry.
JELGAVA = {"latitude": 56.6500, "longitude": 23.7200, "accuracy": 50}
TEST_PLACES = [
    # section, slug, municipality, neighbourhood, latitude, longitude, levels (courses)
    ("courses", "map-test-a1-centre", "riga", "centrs", 56.95200, 24.11300, ["A1"]),
    ("courses", "map-test-b1-centre", "riga", "centrs", 56.95200, 24.11300, ["B1"]),
    ("courses", "map-test-a1-teika", "riga", "teika", 56.96500, 24.17000, ["A1", "A2"]),
    ("legal", "map-test-legal-jelgava", "jelgava", None, 56.65270, 23.71280, None),
    ("organizations", "map-test-org-liepaja", "liepaja", None, 56.50470, 21.01080, None),
]
TEST_MUNICIPALITIES = {
    "jelgava": "{kind: valstspilseta, lv: Jelgava, ru: Елгава, en: Jelgava, uk: Єлгава}",
    "liepaja": "{kind: valstspilseta, lv: Liepāja, ru: Лиепая, en: Liepāja, uk: Лієпая}",
}


def write_test_places(content):
    """Adds the test municipalities to site.yaml and the test entries, plus one online course."""
    text = (content / "site.yaml").read_text(encoding="utf-8")
    known = yaml.safe_load(text)["municipalities"]
    lines = text.split("\n")
    riga = lines.index(next(line for line in lines if line.startswith("  riga: ")))
    lines[riga + 1:riga + 1] = [f"  {key}: {names}" for key, names in TEST_MUNICIPALITIES.items() if key not in known]
    (content / "site.yaml").write_text("\n".join(lines), encoding="utf-8")
    for section, slug, municipality, neighbourhood, latitude, longitude, levels in TEST_PLACES:
        facts = {
            "courses": "provider: organizations/lva\n"
                       f"levels: [{', '.join(levels or [])}]\nmode: in_person\ncost: {{free: true, paid_by: state}}\n",
            "legal": "provider: organizations/sif\ntopics: [residence_permits]\ncost: {free: true}\nchannels: [in_person]\n",
            "organizations": "kind: ngo\n",
        }[section]
        location = (f"  - address: Testa iela 1, {municipality}\n    municipality: {municipality}\n"
                    f"    latitude: {latitude}\n    longitude: {longitude}\n")
        if neighbourhood:
            location += f"    neighbourhood: {neighbourhood}\n"
        write_entry(content, section, slug, facts + "locations:\n" + location)
    write_entry(content, "courses", "map-test-online",
                "provider: organizations/lva\nlevels: [A2]\nmode: online\ncost: {free: true, paid_by: state}\n")


def write_entry(content, section, slug, facts):
    folder = content / section / slug
    folder.mkdir(parents=True)
    (folder / "entry.yaml").write_text(facts + "source: https://example.org/test\nreviewed: 2026-11-01\n", encoding="utf-8")
    course_text = "eligibility: Test.\nregistration: Sign up on the test website.\n" if section == "courses" else ""
    for language in ("lv", "ru", "en"):
        (folder / f"{language}.md").write_text(
            f"---\ntitle: {slug} {language}\nsummary: Test.\n{course_text}---\nTest.\n", encoding="utf-8")


def located_places(content):
    """(id, kind, municipality) of every current place with coordinates, read from the content."""
    found = []
    for section, kind in SECTIONS.items():
        for entry in sorted((content / section).glob("*/entry.yaml")):
            data = yaml.safe_load(entry.read_text(encoding="utf-8"))
            if has_ended(data.get("runs")):
                continue
            for location in data.get("locations") or []:
                if "latitude" in location and "longitude" in location:
                    found.append((f"{section}/{entry.parent.name}", kind, location.get("municipality")))
    return found


def build_and_serve(root):
    guide = os.environ.get("GUIDE_BIN", str(REPO / ".build" / "debug" / "guide"))
    output = root / "out"
    result = subprocess.run([guide, "build", "--source", str(root), "--output", str(output), "--today", BUILD_DAY],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(output)))
    server.RequestHandlerClass.log_message = lambda *args: None
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def map_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("map-site")
    shutil.copytree(REPO / "content", root / "content")
    shutil.copytree(REPO / "themes", root / "themes")
    write_test_places(root / "content")
    server = build_and_serve(root)
    yield f"http://127.0.0.1:{server.server_address[1]}", located_places(root / "content")
    server.shutdown()
    server.server_close()


def non_tile_errors(driver):
    return [entry["message"] for entry in driver.get_log("browser")
            if entry["level"] == "SEVERE" and "tile.openstreetmap.org" not in entry["message"]]


def markers(driver, kind=None):
    return driver.find_elements(By.CSS_SELECTOR, f"path.marker-{kind}" if kind else "path.place-marker")


def wait_for_markers(driver, count, kind=None):
    WebDriverWait(driver, 10).until(lambda d: len(markers(d, kind)) == count)


def visible_places(driver):
    return [item for item in driver.find_elements(By.CSS_SELECTOR, "li.place") if item.is_displayed()]


@pytest.mark.parametrize("language", ["lv", "ru", "en", "uk"])
def test_one_marker_per_place_by_kind_and_kinds_switch_off(map_site, chromium, language):
    base_url, places = map_site
    chromium.get_log("browser")
    chromium.get(base_url + MAP_PAGES[language])
    wait_for_markers(chromium, len(places))
    for kind in SECTIONS.values():
        assert len(markers(chromium, kind)) == sum(1 for _, k, _ in places if k == kind) > 0, kind
    chromium.find_element(By.CSS_SELECTOR, "input[name=kind][value=legal]").click()
    wait_for_markers(chromium, 0, "legal")
    assert len(markers(chromium)) == sum(1 for _, k, _ in places if k != "legal")
    assert all(item.get_attribute("data-kind") != "legal" for item in visible_places(chromium))
    assert parse_qs(urlparse(chromium.current_url).query) == {"kinds": ["course organization"]}
    assert non_tile_errors(chromium) == []


def test_the_municipality_filter_narrows_map_and_list_and_stays_in_the_url(map_site, chromium):
    base_url, places = map_site
    chromium.get(base_url + MAP_PAGES["en"])
    wait_for_markers(chromium, len(places))
    Select(chromium.find_element(By.ID, "filter-where")).select_by_value("jelgava")
    in_jelgava = [place for place in places if place[2] == "jelgava"]
    wait_for_markers(chromium, len(in_jelgava))
    located = [item for item in visible_places(chromium) if item.get_attribute("data-place")]
    assert {item.get_attribute("data-municipality") for item in located} == {"jelgava"}
    assert {item.get_attribute("data-id") for item in located} >= {place_id for place_id, _, _ in in_jelgava}
    assert parse_qs(urlparse(chromium.current_url).query) == {"where": ["jelgava"]}
    assert chromium.find_element(By.ID, "place-count").text == f"{len(located)} place" + ("s" if len(located) != 1 else "")
    chromium.get(base_url + MAP_PAGES["en"] + "?where=jelgava")
    wait_for_markers(chromium, len(in_jelgava))
    assert Select(chromium.find_element(By.ID, "filter-where")).first_selected_option.get_attribute("value") == "jelgava"


def test_the_level_filter_keeps_courses_only(map_site, chromium):
    base_url, places = map_site
    chromium.get(base_url + MAP_PAGES["en"] + "?level=A1")
    a1 = {"courses/map-test-a1-centre", "courses/map-test-a1-teika"}
    wait_for_markers(chromium, sum(1 for place_id, _, _ in places if place_id in a1))
    shown = visible_places(chromium)
    assert all(item.get_attribute("data-kind") == "course" and "A1" in item.get_attribute("data-levels").split() for item in shown)


@pytest.fixture(scope="module")
def no_js_browser():
    driver = new_chromium(javascript=False)
    yield driver
    driver.quit()


def test_without_javascript_places_are_grouped_by_municipality_then_neighbourhood(map_site, no_js_browser):
    base_url, places = map_site
    no_js_browser.get(base_url + "/en/map/")
    headings = [heading.text for heading in no_js_browser.find_elements(By.CSS_SELECTOR, "#place-list > section > h2")
                if heading.is_displayed()]
    assert headings[:3] == ["Riga", "Jelgava", "Liepāja"], headings
    riga = no_js_browser.find_element(By.CSS_SELECTOR, "section[data-municipality=riga]")
    subgroups = [heading.text for heading in riga.find_elements(By.CSS_SELECTOR, "section > h3")]
    assert "Centre" in subgroups and "Teika" in subgroups
    items = no_js_browser.find_elements(By.CSS_SELECTOR, "li.place[data-place]:not([data-place=''])")
    assert {item.get_attribute("data-id") for item in items} >= {place_id for place_id, _, _ in places}
    assert not no_js_browser.find_element(By.ID, "map-filters").is_displayed(), "filters need JavaScript"
    assert markers(no_js_browser) == []


def test_entries_without_a_place_say_how_to_reach_them(map_site, no_js_browser):
    base_url, _ = map_site
    no_js_browser.get(base_url + "/en/map/")
    online = no_js_browser.find_element(By.CSS_SELECTOR, "#no-place li[data-id='courses/map-test-online']")
    assert "Sign up on the test website." in online.text
    assert online.find_element(By.CSS_SELECTOR, "a[href='/en/organizations/lva/']")


def test_near_me_puts_the_nearest_place_first_with_its_distance(map_site):
    base_url, places = map_site
    driver = new_chromium()
    try:
        driver.execute_cdp_cmd("Browser.grantPermissions", {"origin": base_url, "permissions": ["geolocation"]})
        driver.execute_cdp_cmd("Emulation.setGeolocationOverride", JELGAVA)
        driver.get(base_url + MAP_PAGES["en"])
        wait_for_markers(driver, len(places))
        driver.find_element(By.ID, "near-me").click()
        WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "near-me-message").is_displayed())
        first = driver.find_element(By.CSS_SELECTOR, "#nearest li.place")
        assert first.get_attribute("data-id") == "legal/map-test-legal-jelgava"
        distance = first.find_element(By.CSS_SELECTOR, ".distance")
        assert distance.is_displayed() and distance.text.endswith("km from you")
        assert float(distance.text.split()[0]) < 2
        kilometres = [float(item.get_attribute("data-km")) for item in driver.find_elements(By.CSS_SELECTOR, "#nearest li.place[data-lat]:not([data-lat=''])")]
        assert kilometres == sorted(kilometres) and len(kilometres) == len(places)
        assert "not sent anywhere" in driver.find_element(By.ID, "near-me-message").text
    finally:
        driver.quit()


def test_near_me_refused_explains_and_keeps_the_list(map_site):
    base_url, places = map_site
    driver = new_chromium()
    try:
        driver.execute_cdp_cmd("Browser.setPermission", {"permission": {"name": "geolocation"}, "setting": "denied", "origin": base_url})
        driver.get(base_url + MAP_PAGES["en"])
        wait_for_markers(driver, len(places))
        before = [item.get_attribute("data-place") for item in driver.find_elements(By.CSS_SELECTOR, "li.place")]
        driver.find_element(By.ID, "near-me").click()
        WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "near-me-message").is_displayed())
        assert "not available" in driver.find_element(By.ID, "near-me-message").text
        assert [item.get_attribute("data-place") for item in driver.find_elements(By.CSS_SELECTOR, "li.place")] == before
        assert not driver.find_element(By.ID, "nearest").is_displayed()
    finally:
        driver.quit()


def test_the_bundled_guide_alone_shows_its_places_and_promises_nothing_more(base_url, site_dir, chromium):
    places = located_places(REPO / "content")
    assert {kind for _, kind, _ in places} >= {"legal", "organization"}
    chromium.get(base_url + MAP_PAGES["en"])
    wait_for_markers(chromium, len(places))
    intro = chromium.find_element(By.CSS_SELECTOR, "p.intro").text
    listed = len(chromium.find_elements(By.CSS_SELECTOR, "li.place[data-place]:not([data-place=''])"))
    assert intro.startswith(f"{listed} places in Riga"), intro
    assert "near you" not in intro
