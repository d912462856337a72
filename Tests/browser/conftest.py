"""Shared fixtures for tests that run the built guide in a real browser.

The bundled guide is built once per session with the `guide` binary (GUIDE_BIN, default
`<repo>/.build/debug/guide`; the test command compiles it first) and served over HTTP, because
ES modules and fetch() do not work from file:// URLs. The browser is Debian's headless Chromium
at a phone's window size; nothing needs the network.
"""

import functools
import http.server
import os
import subprocess
import threading
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml
from browser_session import new_chromium
from build_day import BUILD_DAY

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory):
    """The bundled guide, built into a fresh folder."""
    guide = os.environ.get("GUIDE_BIN", str(REPO / ".build" / "debug" / "guide"))
    # A subfolder, because the build stages its output beside the output folder.
    output = tmp_path_factory.mktemp("site") / "out"
    result = subprocess.run([guide, "build", "--source", str(REPO), "--output", str(output), "--today", BUILD_DAY],
                            capture_output=True, text=True)
    assert result.returncode == 0, f"guide build failed:\n{result.stderr}"
    return output


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        """Requests are not news; failures show up in the browser's log and the assertions."""


@pytest.fixture(scope="session")
def base_url(site_dir):
    """The built site served on 127.0.0.1 at a free port, e.g. `http://127.0.0.1:43121`."""
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site_dir)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    thread.join()
    server.server_close()


@pytest.fixture(scope="session")
def chromium():
    """One headless Chromium for the session (starting one per test is slow), keeping every
    console message so that tests can fail on errors."""
    driver = new_chromium()
    yield driver
    driver.quit()


# Map tiles come from the network, which test machines do not have; a page must work without
# them, and their failed loads are not the page's errors.
TILE_HOST = urlparse(yaml.safe_load((REPO / "content" / "site.yaml").read_text(encoding="utf-8"))["map"]["tiles"]).netloc


def severe_console_entries(driver):
    """Console errors (and failed loads) since the last call, but for map tiles; reading the log
    empties it."""
    return [entry for entry in driver.get_log("browser")
            if entry["level"] == "SEVERE" and f"//{TILE_HOST}/" not in entry["message"]]


@pytest.fixture
def driver(chromium, base_url):
    """The session's browser for one test, which fails if any page logged a console error."""
    severe_console_entries(chromium)  # what earlier tests left is theirs
    yield chromium
    errors = severe_console_entries(chromium)
    assert not errors, "console errors:\n" + "\n".join(entry["message"] for entry in errors)
