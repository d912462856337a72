"""The nginx snippet the build writes, in Debian's nginx: `nginx -t` accepts a server block that
includes it, and serving the site through it sends the policy, marks a content-named asset
immutable and sends the stored .gz of a page to a browser that accepts gzip.
"""

import getpass
import gzip
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
GUIDE = os.environ.get("GUIDE_BIN", str(REPO / ".build" / "debug" / "guide"))
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def configuration(prefix, site, port):
    temporary = " ".join(f"{kind}_temp_path {prefix / kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    # Workers run as the test's own user, so they can read its private temporary folders (nginx
    # ignores the line, with a notice, when not started as root).
    return f"""
daemon off;
user {getpass.getuser()};
pid {prefix / 'nginx.pid'};
error_log {prefix / 'error.log'};
events {{}}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    {temporary}
    server {{
        listen 127.0.0.1:{port};
        root {site};
        include {site / 'nginx.conf.snippet'};
    }}
}}
"""


@pytest.fixture(scope="module")
def nginx(tmp_path_factory):
    if not os.path.exists(NGINX):
        pytest.fail("nginx is not installed (script/install-dependencies test installs it)")
    root = tmp_path_factory.mktemp("nginx")
    site = root / "out"
    result = subprocess.run([GUIDE, "build", "--source", str(REPO), "--output", str(site), "--today", "2026-12-06",
                             "--precompress"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    prefix = root / "prefix"
    prefix.mkdir()
    port = free_port()
    conf = prefix / "nginx.conf"
    conf.write_text(configuration(prefix, site, port), encoding="utf-8")
    check = subprocess.run([NGINX, "-t", "-p", str(prefix), "-c", str(conf)], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    server = subprocess.Popen([NGINX, "-p", str(prefix), "-c", str(conf)], stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/robots.txt")
            break
        except OSError:
            time.sleep(0.05)
    yield site, url
    server.terminate()
    server.wait(timeout=10)


def fetch(url, **headers):
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers)) as response:
        return response.headers, response.read()


def test_a_hashed_asset_is_immutable(nginx):
    site, url = nginx
    style = next((site / "assets").glob("style.*.css")).name
    headers, _ = fetch(f"{url}/assets/{style}")
    assert headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert headers["X-Content-Type-Options"] == "nosniff"
    shard = next((site / "search" / "lv" / "terms").glob("*.json")).name
    assert fetch(f"{url}/search/lv/terms/{shard}")[0]["Cache-Control"] == "public, max-age=31536000, immutable"
    assert fetch(f"{url}/search/lv/manifest.json")[0]["Cache-Control"] == "no-cache"


def test_a_page_carries_the_policy_and_comes_precompressed(nginx):
    site, url = nginx
    headers, body = fetch(url + "/lv/", **{"Accept-Encoding": "gzip"})
    assert headers["Content-Encoding"] == "gzip"
    assert body == (site / "lv" / "index.html.gz").read_bytes()
    assert gzip.decompress(body) == (site / "lv" / "index.html").read_bytes()
    policy = headers["Content-Security-Policy"]
    assert policy.startswith("default-src 'self'; script-src 'self';") and "img-src 'self' data: https://tile.openstreetmap.org;" in policy
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    plain_headers, plain = fetch(url + "/lv/")
    assert plain_headers["Content-Encoding"] is None and plain == (site / "lv" / "index.html").read_bytes()


def test_a_missing_page_gets_the_guide_404_with_the_policy(nginx):
    _, url = nginx
    with pytest.raises(urllib.error.HTTPError) as missing:
        fetch(url + "/lv/no-such-page/")
    assert missing.value.code == 404
    assert missing.value.headers["Content-Security-Policy"].startswith("default-src 'self'")
