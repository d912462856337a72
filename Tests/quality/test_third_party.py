"""Privacy gate: a page of the guide asks nothing of any other server (no fonts, scripts, analytics
or images from elsewhere), except map tiles from the tile host configured in content/site.yaml.

Every page type is loaded in every language, with the search page also showing results and the
course map drawing markers. Requests are read two ways: the page's Resource Timing entries plus
its navigation, and Chromium's network log, which also has requests that failed (the test machines
have no network, so every third-party request fails and Resource Timing may leave it out).
"""

import time
from urllib.parse import urlsplit

import pytest

from site_pages import browser_pages, network_log_urls, new_chromium, tile_origin

TILES = tile_origin()

PAGES = browser_pages()

_REQUESTED = """
const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
return entries.map((entry) => entry.name);
"""


@pytest.fixture(scope="module")
def logging_browser():
    """A headless Chromium that keeps its network log (the shared one does not)."""
    driver = new_chromium(logs=("performance",))
    yield driver
    driver.quit()


def wait_until_quiet(driver, quiet=0.3, timeout=10):
    """Waits until no new Resource Timing entry has appeared for `quiet` seconds."""
    deadline, last, since = time.monotonic() + timeout, -1, time.monotonic()
    while time.monotonic() < deadline:
        count = driver.execute_script("return performance.getEntriesByType('resource').length")
        if count != last:
            last, since = count, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return
        time.sleep(0.05)


def third_party(urls, origin):
    allowed = lambda url: (url.startswith(("data:", "blob:", "about:"))
                           or f"{urlsplit(url).scheme}://{urlsplit(url).netloc}" == origin or TILES.match(url))
    return sorted({url for url in urls if not allowed(url)})


@pytest.mark.parametrize("page_id, path, query, site", PAGES, ids=[page[0] for page in PAGES])
def test_only_own_origin_and_tiles(logging_browser, open_page, request, page_id, path, query, site):
    origin = request.getfixturevalue("base_url" if site == "bundled" else "located_base_url")
    driver = logging_browser
    driver.get("about:blank")
    driver.get_log("performance")  # what earlier pages left
    open_page(driver, origin + path, query)
    wait_until_quiet(driver)
    timing = driver.execute_script(_REQUESTED)
    logged = network_log_urls(driver)
    assert origin + path in timing, "the navigation is missing from Resource Timing"
    assert third_party(timing + logged, origin) == [], f"{path} asked other servers"
    if site == "located":
        # The map asks for tiles: proves the network log sees requests that fail.
        assert any(TILES.match(url) for url in logged), "the course map requested no tiles"


def test_third_party_check_tells_hosts_apart():
    origin = "http://127.0.0.1:8000"
    urls = [f"{origin}/lv/", f"{origin}/assets/style.css", "data:image/png;base64,AA", "https://tile.openstreetmap.org/1/0/0.png",
            "https://fonts.googleapis.com/css?family=Roboto", "http://127.0.0.1:9000/x.js", "https://tile.openstreetmap.org.evil.example/a.png"]
    assert third_party(urls, origin) == ["http://127.0.0.1:9000/x.js", "https://fonts.googleapis.com/css?family=Roboto",
                                         "https://tile.openstreetmap.org.evil.example/a.png"]
