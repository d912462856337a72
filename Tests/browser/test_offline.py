"""Taking the guide along, in a real browser: a reader saves one language's pack from its home
page, which shows the size first; with the network off, that language's pages, an entry and the
search page open and search works; the pack's stored bytes are the size shown; after a rebuild
with one page changed, the next visit fetches only the summary, the manifest and the changed
files. Nothing is stored before the reader presses the button, and `--no-offline` ships no worker.
"""

import functools
import http.server
import json
import os
import shutil
import subprocess
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest
from browser_session import new_chromium
from build_day import BUILD_DAY
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

REPO = Path(__file__).resolve().parents[2]
GUIDE = os.environ.get("GUIDE_BIN", str(REPO / ".build" / "debug" / "guide"))
TILE_HOST = "tile.openstreetmap.org"


def build(root, output, *extra):
    result = subprocess.run([GUIDE, "build", "--source", str(root), "--output", str(output), "--today", BUILD_DAY, *extra],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


class _RecordingHandler(http.server.SimpleHTTPRequestHandler):
    """A plain static host that sends no caching headers and remembers what it was asked for:
    the service worker's requests do not show in the page's network log, but they reach the host."""

    requested = []

    def do_GET(self):
        _RecordingHandler.requested.append(urlparse(self.path).path)
        super().do_GET()

    def log_message(self, format, *args):
        pass


class Host:
    """The site on a fixed local port that can go away: Chromium's offline emulation reaches the
    page but not its service worker, so "no network" is a host that does not answer."""

    def __init__(self, directory):
        self.directory = directory
        self.server = None
        self.port = 0

    def start(self):
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), functools.partial(_RecordingHandler, directory=str(self.directory)))
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("offline-site")
    shutil.copytree(REPO / "content", root / "content")
    shutil.copytree(REPO / "themes", root / "themes")
    output = root / "out"
    build(root, output)
    host = Host(output)
    host.start()
    yield root, output, f"http://127.0.0.1:{host.port}", host
    host.stop()


def set_offline(driver, host, offline):
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                           {"offline": offline, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
    if offline:
        host.stop()
    else:
        host.start()


def stored_bytes(driver, language):
    """The bytes of every response in the language's cache, as the browser stores them."""
    return driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        (async () => {
          const cache = await caches.open('celvedis-' + arguments[0]);
          let total = 0;
          for (const request of await cache.keys()) {
            if (request.url.endsWith('.meta')) continue;
            total += (await (await cache.match(request)).arrayBuffer()).byteLength;
          }
          done(total);
        })();
    """, language)


def failed_requests(driver):
    return [entry["message"] for entry in driver.get_log("browser")
            if entry["level"] == "SEVERE" and TILE_HOST not in entry["message"]]


def wait_saved(driver, timeout=60):
    WebDriverWait(driver, timeout).until(lambda d: not d.find_element(By.ID, "offline-remove").get_attribute("hidden"))


def test_save_read_offline_and_update_only_what_changed(offline_site):
    root, output, base_url, host = offline_site
    summary = json.loads((output / "offline" / "ru.json").read_text(encoding="utf-8"))
    driver = new_chromium(logs=("browser", "performance"))
    try:
        driver.get(base_url + "/ru/")
        button = WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "offline-save"))
        WebDriverWait(driver, 10).until(lambda d: "MB" in button.text)
        shown = f"{summary['bytes'] / 1e6:.1f}".replace(".", ",") + " MB"
        assert shown in button.text, button.text
        assert driver.execute_script("return caches.keys()") == [], "nothing is stored before the reader asks"
        assert not driver.execute_script("return navigator.serviceWorker.controller")

        button.click()
        wait_saved(driver)
        stored = stored_bytes(driver, "ru")
        assert abs(stored - summary["bytes"]) <= summary["bytes"] * 0.01, (stored, summary["bytes"])

        # Five other pages, an entry and the search page among them, with the network off.
        driver.get(base_url + "/ru/")  # now under the worker's control
        driver.get_log("browser")
        set_offline(driver, host, True)
        for path in ["/ru/kursy/", "/ru/kursy/nva-refugees-latvian/", "/ru/poisk/", "/ru/organizacii/", "/ru/karta/"]:
            driver.get(base_url + path)
            assert driver.find_element(By.TAG_NAME, "h1").text, path
        driver.get(base_url + "/ru/poisk/?q=курсы")
        WebDriverWait(driver, 15).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li a"))
        driver.get(base_url + "/ru/karta/")
        WebDriverWait(driver, 10).until(lambda d: any("интернет" in notice.text for notice in d.find_elements(By.CSS_SELECTOR, ".notice")
                                                      if notice.is_displayed()), "the map says it needs a connection")
        assert driver.find_elements(By.CSS_SELECTOR, "#place-list li.place"), "and the list is there"
        # Only the map's library and tiles, which the pack leaves out, may fail.
        assert all("leaflet" in message or "map/map." in message for message in failed_requests(driver)), failed_requests(driver)
        set_offline(driver, host, False)

        # A rebuild with one page changed: the next visit fetches the summary, the manifest and
        # the changed files only.
        old_manifest = {path: digest for path, digest, _ in json.loads((output / summary["manifest"]).read_text(encoding="utf-8"))["files"]}
        text = root / "content" / "courses" / "nva-refugees-latvian" / "ru.md"
        text.write_text(text.read_text(encoding="utf-8") + "\nОдно новое предложение.\n", encoding="utf-8")
        build(root, output)
        new_summary = json.loads((output / "offline" / "ru.json").read_text(encoding="utf-8"))
        new_manifest = {path: digest for path, digest, _ in json.loads((output / new_summary["manifest"]).read_text(encoding="utf-8"))["files"]}
        _RecordingHandler.requested.clear()
        driver.get(base_url + "/ru/")
        WebDriverWait(driver, 30).until(lambda d: d.execute_async_script("""
            const done = arguments[arguments.length - 1];
            caches.open('celvedis-ru').then(c => c.match(new URL('/offline/ru.meta', location.href).href))
              .then(r => r.json()).then(m => done(m.version === arguments[0]));
        """, new_summary["version"]))
        fetched = set(_RecordingHandler.requested)
        changed = {"/" + path for path, digest in new_manifest.items() if old_manifest.get(path) != digest}
        assert "/ru/kursy/nva-refugees-latvian/index.html" in changed, "the edited page changed"
        assert len(changed) < len(new_manifest) / 4, "an edit of one text changes few files"
        assert fetched == changed | {"/offline/ru.json", "/" + new_summary["manifest"]}, sorted(fetched ^ (changed | {"/offline/ru.json"}))
    finally:
        driver.quit()


def test_removing_the_pack_frees_the_storage(offline_site):
    _, _, base_url, _ = offline_site
    driver = new_chromium()
    try:
        driver.get(base_url + "/en/")
        WebDriverWait(driver, 10).until(lambda d: "MB" in d.find_element(By.ID, "offline-save").text)
        driver.find_element(By.ID, "offline-save").click()
        wait_saved(driver)
        assert "celvedis-en" in driver.execute_script("return caches.keys()")
        assert "Last updated" in driver.find_element(By.ID, "offline-status").text
        driver.find_element(By.ID, "offline-remove").click()
        WebDriverWait(driver, 10).until(lambda d: "Removed" in d.find_element(By.ID, "offline-status").text)
        assert "celvedis-en" not in driver.execute_script("return caches.keys()")
    finally:
        driver.quit()


def test_no_offline_ships_no_worker(tmp_path):
    shutil.copytree(REPO / "content", tmp_path / "content")
    shutil.copytree(REPO / "themes", tmp_path / "themes")
    build(tmp_path, tmp_path / "out", "--no-offline")
    assert not (tmp_path / "out" / "sw.js").exists()
    assert not (tmp_path / "out" / "offline").exists()
    assert 'id="offline"' not in (tmp_path / "out" / "en" / "index.html").read_text(encoding="utf-8")
