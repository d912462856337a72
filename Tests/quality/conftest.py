"""Fixtures of the quality gates (accessibility, validity, no third-party requests).

The built site, its HTTP server and the headless Chromium are the browser tests' fixtures
(Tests/browser/conftest.py), loaded from that file rather than copied. Besides them:

- `located_base_url`: the bundled guide plus the browser tests' three test courses with
  coordinates (Tests/browser/test_map.py), so that the course map draws markers and requests
  tiles; the bundled guide has no course with coordinates.
- `page_browser`: the session's Chromium for one test, failing on console errors except failed
  map tiles (the test machines have no network).
- `settle`: `settle(driver)` waits until the page's scripts have run (map drawn, filters shown).
- `quality_notes`: lines printed in pytest's summary (warning counts, items axe could not decide).
"""

import functools
import http.server
import importlib.util
import os
import shutil
import subprocess
import sys
import threading
from contextlib import contextmanager

import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from site_pages import REPO, tile_origin


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# The browser tests' modules import their neighbours (browser_session) by name.
sys.path.insert(0, str(REPO / "Tests" / "browser"))
from build_day import BUILD_DAY  # noqa: E402  (importable only once the path is set)
_browser = _load("celvedis_browser_conftest", REPO / "Tests" / "browser" / "conftest.py")
_map_tests = _load("celvedis_browser_test_map", REPO / "Tests" / "browser" / "test_map.py")

# The browser tests' fixtures, used here under the same names.
site_dir = _browser.site_dir
base_url = _browser.base_url
chromium = _browser.chromium
GUIDE = os.environ.get("GUIDE_BIN", str(REPO / ".build" / "debug" / "guide"))

TILES = tile_origin()


@contextmanager
def serve(directory):
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_browser._QuietHandler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        thread.join()
        server.server_close()


@pytest.fixture(scope="session")
def located_base_url(tmp_path_factory):
    """The bundled guide with the map tests' located test places, served like `base_url`."""
    root = tmp_path_factory.mktemp("located-site")
    shutil.copytree(REPO / "content", root / "content")
    shutil.copytree(REPO / "themes", root / "themes")
    _map_tests.write_test_places(root / "content")
    output = root / "out"
    result = subprocess.run([GUIDE, "build", "--source", str(root), "--output", str(output), "--today", BUILD_DAY],
                            capture_output=True, text=True)
    assert result.returncode == 0, f"guide build failed:\n{result.stderr}"
    with serve(output) as url:
        yield url


def console_errors(driver):
    """Severe console entries since the last call, without failed tiles and the favicon probe."""
    return [entry["message"] for entry in driver.get_log("browser")
            if entry["level"] == "SEVERE" and not TILES.match(entry["message"])
            and "/favicon.ico " not in entry["message"]]


@pytest.fixture
def page_browser(chromium):
    console_errors(chromium)  # what earlier tests left is theirs
    yield chromium
    errors = console_errors(chromium)
    assert not errors, "console errors:\n" + "\n".join(errors)


_SETTLED = """
const map = document.querySelector('[data-map]');
const onDemand = map && 'onDemand' in map.dataset;
if (onDemand && document.querySelector('.map-toggle').hidden) return false;
if (map && !onDemand && JSON.parse(map.dataset.markers || '[]').length > 0
    && !map.querySelector('path.leaflet-interactive')) return false;
const filters = document.getElementById('map-filters');
if (filters && filters.hidden) return false;
return document.readyState === 'complete';
"""


def _settle(driver, timeout=10):
    try:
        WebDriverWait(driver, timeout).until(lambda d: d.execute_script(_SETTLED))
    except TimeoutException:
        pytest.fail(f"{driver.current_url} did not finish drawing its map or filters in {timeout} s")


@pytest.fixture
def settle():
    """`settle(driver)` waits until the page is complete and its scripts have drawn the map and
    shown the filters."""
    return _settle


def _open_page(driver, url, query=None, results="#search-results > li"):
    driver.get(url)
    _settle(driver)
    if query:
        driver.find_element(By.ID, "search-input").send_keys(query)
        WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, results), f"no results for {query!r}")


@pytest.fixture
def open_page():
    """`open_page(driver, url, query)` loads a page for a gate, settled, and with a query typed
    into its search, waits until `results` (a CSS selector) are shown."""
    return _open_page


_NOTES = pytest.StashKey[list]()


@pytest.fixture
def quality_notes(request):
    """A list to append lines to; they are printed after the test results."""
    return request.config.stash.setdefault(_NOTES, [])


def pytest_terminal_summary(terminalreporter, config):
    notes = config.stash.get(_NOTES, [])
    if notes:
        terminalreporter.section("quality gates")
        for line in notes:
            terminalreporter.write_line(line)
