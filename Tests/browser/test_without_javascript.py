"""No dead ends: the bundled guide with JavaScript turned off, and maps that cost nothing until
the reader asks for one."""

import functools
import http.server
import threading
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
    # Tiles that cannot load, as on a phone without data: the page must say so.
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["*tile.openstreetmap.org*"]})
    driver.get(f"{base_url}/{code}/{LANGUAGES[code]['sections']['legal']}/{LOCATED}/")
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.CSS_SELECTOR, ".map-toggle").is_displayed())
    before = network_log_urls(driver)
    assert not [url for url in before if "leaflet" in url or "tile" in url], before
    assert not driver.find_element(By.CSS_SELECTOR, "[data-map]").is_displayed()

    driver.find_element(By.CSS_SELECTOR, "[data-show-map]").click()
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".leaflet-marker-pane > *, .place-marker"))
    after = network_log_urls(driver)
    assert any("leaflet" in url for url in after)
    container = driver.find_element(By.CSS_SELECTOR, "[data-map]")
    assert container.is_displayed()
    attribution = driver.find_element(By.CSS_SELECTOR, ".leaflet-control-attribution").text
    assert SITE["map"]["attribution"][code] in attribution
    assert container.get_attribute("aria-label") and "course" not in container.get_attribute("aria-label").lower()
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "[data-map] + .notice"))
    notice = driver.find_element(By.CSS_SELECTOR, "[data-map] + .notice")
    assert notice.is_displayed() and notice.text == container.get_attribute("data-tiles-failed")


class _NotFoundHandler(http.server.SimpleHTTPRequestHandler):
    """Answers a missing path with the site's 404.html, as static hosts do."""

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="module")
def host_with_404(site_dir):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_NotFoundHandler, directory=str(site_dir)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_404_page_puts_the_language_of_the_address_first(network_browser, host_with_404, code):
    network_browser.get(f"{host_with_404}/{code}/no-such-page/")
    WebDriverWait(network_browser, 10).until(
        lambda d: d.find_element(By.CSS_SELECTOR, "section[data-language]").get_attribute("lang") == code)
    first = network_browser.find_element(By.CSS_SELECTOR, "section[data-language]")
    assert first.find_element(By.CSS_SELECTOR, "form[role=search]").get_attribute("action").endswith(
        f"/{code}/{LANGUAGES[code]['search']}/")
    assert network_browser.find_elements(By.CSS_SELECTOR, "a[href='tel:112']")
    assert {link.get_attribute("lang") for link in network_browser.find_elements(By.CSS_SELECTOR, "nav.languages a")} == set(LANGUAGES)


def test_switching_language_on_the_search_page_keeps_the_query(network_browser, base_url):
    driver = network_browser
    driver.get(f"{base_url}/ru/{LANGUAGES['ru']['search']}/?q=курсы")
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results > li"))
    link = driver.find_element(By.CSS_SELECTOR, "nav.languages a[hreflang='uk']")
    assert link.get_attribute("href").endswith(f"/uk/{LANGUAGES['uk']['search']}/?q=%D0%BA%D1%83%D1%80%D1%81%D1%8B")
    link.click()
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "search-input").get_attribute("value") == "курсы")
