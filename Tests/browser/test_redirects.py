"""A renamed slug keeps its old addresses: with `aliases:` in each language file, the old URL
leads to the new page in Chromium, the sitemap lists only the new one, and `guide check` warns
about a rename without aliases and fails on an alias that takes a live page's address."""

import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import threading

import pytest
from selenium.webdriver.support.ui import WebDriverWait

from build_day import BUILD_DAY
from conftest import REPO

GUIDE = os.environ.get("GUIDE_BIN", str(REPO / ".build" / "debug" / "guide"))
OLD_SLUG = "drosa-maja-latvian-course"
NEW_SLUG = "drosa-maja-latvian-course-2026"
FOLDER = "content/courses"


def guide(*arguments):
    return subprocess.run([GUIDE, *arguments], capture_output=True, text=True)


def build(root):
    result = guide("build", "--source", str(root), "--today", BUILD_DAY)
    assert result.returncode == 0, result.stderr


def check(root, *arguments):
    return guide("check", "--source", str(root), "--today", BUILD_DAY, *arguments)


def sitemap_paths(root):
    text = (root / "Output" / "sitemap.xml").read_text(encoding="utf-8")
    return [re.sub(r"^https?://[^/]+", "", loc) for loc in re.findall(r"<loc>([^<]+)</loc>", text)]


def add_front_matter_line(path, line):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    path.write_text("---\n" + line + "\n" + text[4:], encoding="utf-8")


@pytest.fixture(scope="module")
def renamed(tmp_path_factory):
    """The bundled guide published once, then the course's folder renamed: its old addresses,
    by language, and the site's root."""
    root = tmp_path_factory.mktemp("renamed")
    shutil.copytree(REPO / "content", root / "content")
    shutil.copytree(REPO / "themes", root / "themes")
    build(root)
    old = {path.split("/")[1]: path for path in sitemap_paths(root) if path.endswith(f"/{OLD_SLUG}/")}
    assert len(old) >= 2, old
    (root / FOLDER / OLD_SLUG).rename(root / FOLDER / NEW_SLUG)
    return root, old


def test_rename_without_alias_is_a_warning_per_language(renamed):
    root, old = renamed
    result = check(root, "--format", "json")
    assert result.returncode == 0, result.stdout + result.stderr
    findings = [item for item in json.loads(result.stdout)["diagnostics"] if item["kind"] == "moved-without-alias"]
    assert sorted(re.search(r"`([^`]+)`", item["message"]).group(1) for item in findings) == sorted(old.values())
    assert all(item["severity"] == "warning" and item["path"] == "Output/sitemap.xml" for item in findings)


def test_aliases_lead_from_every_old_address_to_the_new_page(renamed, chromium):
    root, old = renamed
    for language, path in old.items():
        add_front_matter_line(root / FOLDER / NEW_SLUG / f"{language}.md", f"aliases: [{path}]")
    assert "moved-without-alias" not in check(root, "--format", "json").stdout
    build(root)
    paths = sitemap_paths(root)
    assert not any(OLD_SLUG + "/" in path for path in paths)
    assert all(path.replace(OLD_SLUG, NEW_SLUG) in paths for path in old.values())

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root / "Output")))
    server.RequestHandlerClass.log_message = lambda *args: None
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        for language, path in old.items():
            chromium.get(base + path)
            new = path.replace(OLD_SLUG, NEW_SLUG)
            WebDriverWait(chromium, 10).until(lambda driver: driver.current_url == base + new)
            assert chromium.find_element("css selector", "html").get_attribute("lang") == language
            assert chromium.find_element("css selector", "h1").text
    finally:
        server.shutdown()
        server.server_close()

    clash = root / FOLDER / NEW_SLUG / "lv.md"
    text = clash.read_text(encoding="utf-8")
    clash.write_text(text.replace(f"aliases: [{old['lv']}]", f"aliases: [{old['lv']}, /lv/]"), encoding="utf-8")
    result = check(root)
    assert result.returncode == 1, result.stdout
    assert re.search(rf"{FOLDER}/{NEW_SLUG}/lv.md\n(  .*\n)*  line 2: error: the alias `/lv/` is the address of a live page", result.stdout), result.stdout
