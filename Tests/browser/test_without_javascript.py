"""No dead ends: the bundled guide with JavaScript turned off, and maps that cost nothing until
the reader asks for one."""

from pathlib import Path

import pytest
import yaml
from browser_session import network_log_urls, new_chromium
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

REPO = Path(__file__).resolve().parents[2]
SITE = yaml.safe_load((REPO / "content" / "site.yaml").read_text(encoding="utf-8"))
LANGUAGES = {language["code"]: language for language in SITE["languages"]}
# A legal service with an address and coordinates: its page can show a small map.
LOCATED = "pmlp-residence"


@pytest.fixture(scope="module")
def no_script():
    driver = new_chromium(javascript=False)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def network_browser():
    driver = new_chromium(logs=("browser", "performance"))
    yield driver
    driver.quit()


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_search_page_says_it_needs_javascript_and_links_the_lists(no_script, base_url, code):
    no_script.get(f"{base_url}/{code}/{LANGUAGES[code]['search']}/?q=kursi")
    notice = no_script.find_element(By.CSS_SELECTOR, "main .notice")
    assert notice.is_displayed() and "JavaScript" in notice.text
    sections = LANGUAGES[code]["sections"]
    lists = [link.get_attribute("pathname") for link in no_script.find_elements(By.CSS_SELECTOR, "nav.az a")]
    assert sorted(lists) == sorted(f"/{code}/{path}/" for path in sections.values()), lists


def test_no_page_shows_an_empty_map_panel_or_filter_text(no_script, base_url, site_dir):
    pages = sorted("/" + str(path.relative_to(site_dir)).removesuffix("index.html") for path in site_dir.rglob("index.html"))
    shown = []
    for path in pages:
        no_script.get(base_url + path)
        panels = [panel for panel in no_script.find_elements(By.CSS_SELECTOR, ".map, [data-map], .filters, .map-toggle")
                  if panel.is_displayed()]
        if panels:
            shown.append(path)
    assert len(pages) > 100
    assert shown == [], f"map panels, map buttons or filters shown without JavaScript: {shown}"


def test_an_entry_page_without_javascript_gives_the_address_and_map_links(no_script, base_url):
    no_script.get(f"{base_url}/en/{LANGUAGES['en']['sections']['legal']}/{LOCATED}/")
    assert no_script.find_element(By.CSS_SELECTOR, ".location .address").is_displayed()
    links = [link.get_attribute("href") for link in no_script.find_elements(By.CSS_SELECTOR, ".map-links a")]
    assert any(href.startswith("geo:") for href in links) and any("openstreetmap.org" in href for href in links)


@pytest.mark.parametrize("code", LANGUAGES)
def test_an_entry_page_loads_leaflet_and_tiles_only_when_asked(network_browser, base_url, code):
    driver = network_browser
    driver.get("about:blank")
    driver.get_log("performance")
    driver.get(f"{base_url}/{code}/{LANGUAGES[code]['sections']['legal']}/{LOCATED}/")
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.CSS_SELECTOR, ".map-toggle").is_displayed())
    before = network_log_urls(driver)
    assert not [url for url in before if "leaflet" in url or "tile" in url], before
    assert not driver.find_element(By.CSS_SELECTOR, "[data-map]").is_displayed()

    driver.find_element(By.CSS_SELECTOR, "[data-show-map]").click()
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".leaflet-marker-pane > *, .course-marker"))
    after = network_log_urls(driver)
    assert any("leaflet" in url for url in after)
    container = driver.find_element(By.CSS_SELECTOR, "[data-map]")
    assert container.is_displayed()
    attribution = driver.find_element(By.CSS_SELECTOR, ".leaflet-control-attribution").text
    assert SITE["map"]["attribution"][code] in attribution
    assert container.get_attribute("aria-label") and "course" not in container.get_attribute("aria-label").lower()
