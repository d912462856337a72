"""The page policy in a real browser: the bundled guide, served with the headers its `_headers`
file names (as Netlify or Cloudflare Pages would send them), opens every page without a single
Content-Security-Policy violation, and search, the map and the offline pack still work under it.
A theme that leaks hostile text into a page unescaped still runs none of it: the policy stops it.
"""

import fnmatch
import functools
import http.server
import os
import re
import shutil
import subprocess
import threading
import urllib.request
from pathlib import Path
from xml.etree import ElementTree

import pytest
from browser_session import new_chromium
from build_day import BUILD_DAY
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

REPO = Path(__file__).resolve().parents[2]
GUIDE = os.environ.get("GUIDE_BIN", str(REPO / ".build" / "debug" / "guide"))

# The payloads of Tests/GuideTests/Build/HostileContentTests.swift.
PAYLOADS = [
    "<script>window.pwned=1</script>",
    "<img src=x onerror=\"window.pwned=1\">",
    "\"><svg onload=window.pwned=1>",
    "</script><script>window.pwned=1</script>",
    "<iframe src=\"data:text/html,<script>window.pwned=1</script>\"></iframe>",
]

# Registered before any page script runs, so a violation during parsing is recorded too.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + (event.sample || ''));
});
"""


def header_rules(site):
    """`_headers` as (pattern, [(name, value)]) in file order."""
    rules = []
    for line in (site / "_headers").read_text(encoding="utf-8").splitlines():
        if line.startswith("/"):
            rules.append((line, []))
        elif line.startswith("  ") and ":" in line:
            name, value = line.strip().split(":", 1)
            rules[-1][1].append((name.strip(), value.strip()))
    return rules


def handler_with_headers(site):
    """A static host that adds the headers of every `_headers` rule matching the request path."""
    rules = header_rules(site)

    class Handler(http.server.SimpleHTTPRequestHandler):
        def end_headers(self):
            path = self.path.split("?", 1)[0]
            for pattern, headers in rules:
                if fnmatch.fnmatchcase(path, pattern):
                    for name, value in headers:
                        self.send_header(name, value)
            super().end_headers()

        def log_message(self, format, *args):
            pass

    return functools.partial(Handler, directory=str(site))


class Host:
    def __init__(self, site):
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler_with_headers(site))
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self):
        self.server.shutdown()
        self.thread.join()
        self.server.server_close()


def build(source, output):
    result = subprocess.run([GUIDE, "build", "--source", str(source), "--output", str(output), "--today", BUILD_DAY],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    output = tmp_path_factory.mktemp("csp") / "out"
    build(REPO, output)
    host = Host(output)
    driver = new_chromium()
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": RECORD_VIOLATIONS})
    yield output, host.url, driver
    driver.quit()
    host.close()


def violations(driver):
    """The page's violations so far, and console messages about the policy (which also name
    policies a browser could not parse); reading the console log empties it."""
    events = driver.execute_script("return window.__violations || []")
    console = [entry["message"] for entry in driver.get_log("browser") if "Content Security Policy" in entry["message"]]
    return events + console


def page_paths(site):
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = [element.text for element in ElementTree.parse(site / "sitemap.xml").findall(".//s:loc", namespace)]
    paths = sorted({re.sub(r"^https?://[^/]+", "", location) for location in locations})
    return ["/", "/404.html"] + [path for path in paths if path != "/"]


def test_the_headers_reach_the_browser(served):
    site, url, driver = served
    rules = dict(header_rules(site))
    assert ("X-Content-Type-Options", "nosniff") in rules["/*"]
    with urllib.request.urlopen(url + "/lv/") as response:
        assert response.headers["Content-Security-Policy"].startswith("default-src 'self'")
        assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    style = next((site / "assets").glob("style.*.css")).name
    with urllib.request.urlopen(f"{url}/assets/{style}") as response:
        assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"


def test_every_page_opens_without_a_violation(served):
    site, url, driver = served
    paths = page_paths(site)
    assert len(paths) > 200
    found = {}
    for path in paths:
        driver.get(url + path)
        # Module scripts run after parsing; a blocked one reports by then.
        WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
        problems = violations(driver)
        if problems:
            found[path] = problems
    assert found == {}


def test_the_printed_code_draws_under_the_policy(served):
    """The QR code is a `data:` PNG, which only `img-src` allows; the browser must have decoded it,
    not just reported nothing."""
    _, url, driver = served
    driver.get(url + "/en/legal-help/pmlp-residence/")
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
    code = driver.find_element(By.CSS_SELECTOR, ".print-code img.qr")
    assert code.get_attribute("src").startswith("data:image/png;base64,")
    size = driver.execute_script("return [arguments[0].complete, arguments[0].naturalWidth, arguments[0].naturalHeight]", code)
    assert size == [True, int(code.get_attribute("width")), int(code.get_attribute("height"))]
    assert violations(driver) == []


def test_search_works_under_the_policy(served):
    _, url, driver = served
    driver.get(url + "/lv/meklet/?q=uztur%C4%93%C5%A1an%C4%81s%20at%C4%BCauja")
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results > li > a"))
    assert violations(driver) == []


def test_the_map_draws_markers_under_the_policy(served):
    _, url, driver = served
    driver.get(url + "/en/map/")
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "path.place-marker"))
    assert violations(driver) == []


def test_the_offline_pack_saves_under_the_policy(served):
    _, url, driver = served
    driver.get(url + "/en/")
    button = WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "offline-save"))
    WebDriverWait(driver, 10).until(lambda d: "MB" in button.text)
    button.click()
    WebDriverWait(driver, 60).until(lambda d: not d.find_element(By.ID, "offline-remove").get_attribute("hidden"))
    assert "celvedis-en" in driver.execute_script("return caches.keys()")
    assert violations(driver) == []
    driver.find_element(By.ID, "offline-remove").click()
    WebDriverWait(driver, 10).until(lambda d: "celvedis-en" not in d.execute_script("return caches.keys()"))


def test_hostile_text_a_theme_leaks_unescaped_runs_no_script(tmp_path):
    source = tmp_path / "source"
    shutil.copytree(REPO / "content", source / "content")
    shutil.copytree(REPO / "themes", source / "themes")
    # A careless theme override: the title put into the page without escaping.
    base = source / "themes" / "default" / "templates" / "base.mustache"
    base.write_text(base.read_text(encoding="utf-8").replace('<main id="main">', '<main id="main"><div>{{{title}}}</div>', 1),
                    encoding="utf-8")
    home = source / "content" / "pages" / "home" / "en.md"
    hostile_title = "title: '" + " ".join(PAYLOADS).replace("'", "''") + "'"
    home.write_text(re.sub(r"^title: .*$", hostile_title, home.read_text(encoding="utf-8"), count=1, flags=re.M),
                    encoding="utf-8")
    output = tmp_path / "out"
    build(source, output)
    assert "<script>window.pwned=1</script>" in (output / "en" / "index.html").read_text(encoding="utf-8")
    host = Host(output)
    driver = new_chromium()
    try:
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": RECORD_VIOLATIONS})
        driver.get(host.url + "/en/")
        WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
        assert driver.find_elements(By.XPATH, "//main/div/script[contains(., 'window.pwned')]"), "the payload is live markup"
        assert driver.execute_script("return typeof window.pwned") == "undefined"
        assert any(problem.startswith("script-src") for problem in violations(driver))
    finally:
        driver.quit()
        host.close()
