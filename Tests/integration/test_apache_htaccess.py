"""The `.htaccess` the build writes, in Debian's Apache: with `AllowOverride All` it sends the
policy and the other security headers, marks a content-named asset immutable, and sends a page's
stored .gz with the page's own type to a browser that accepts gzip.
"""

import gzip
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
GUIDE = os.environ.get("GUIDE_BIN", str(REPO / ".build" / "debug" / "guide"))
APACHE = shutil.which("apache2") or "/usr/sbin/apache2"
MODULES = ["mpm_event", "authz_core", "dir", "mime", "headers", "rewrite", "expires", "setenvif"]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def apache():
    if not os.path.exists(APACHE):
        pytest.fail("Apache is not installed (script/install-dependencies test installs it)")
    # Apache refuses to serve as root, and its workers run as www-data: the site must be in a
    # folder they can read, not in pytest's private temporary folders.
    root = Path(tempfile.mkdtemp(prefix="guide-apache-"))
    root.chmod(0o755)
    site = root / "out"
    result = subprocess.run([GUIDE, "build", "--source", str(REPO), "--output", str(site), "--today", "2026-12-06",
                             "--precompress"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    subprocess.run(["chmod", "-R", "a+rX", str(root)], check=True)
    port = free_port()
    loads = "\n".join(f"LoadModule {name}_module /usr/lib/apache2/modules/mod_{name}.so" for name in MODULES)
    user = "User www-data\nGroup www-data\n" if os.geteuid() == 0 else ""
    config = root / "httpd.conf"
    config.write_text(f"""ServerRoot /etc/apache2
ServerName localhost
Listen 127.0.0.1:{port}
PidFile {root / 'httpd.pid'}
ErrorLog {root / 'error.log'}
{loads}
TypesConfig /etc/mime.types
{user}DocumentRoot {site}
DirectoryIndex index.html
<Directory {site}>
  AllowOverride All
  Require all granted
</Directory>
""", encoding="utf-8")
    check = subprocess.run([APACHE, "-t", "-f", str(config)], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    server = subprocess.Popen([APACHE, "-f", str(config), "-DFOREGROUND"], stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(50):
        try:
            urllib.request.urlopen(base + "/lv/", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    yield base, site
    server.terminate()
    server.wait(timeout=10)
    shutil.rmtree(root, ignore_errors=True)


def fetch(url, **headers):
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=5) as response:
        return response.headers, response.read()


def test_security_headers_and_immutable_assets(apache):
    base, site = apache
    style = next((site / "assets").glob("style.*.css")).name
    headers, _ = fetch(f"{base}/assets/{style}")
    assert headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert headers["Content-Security-Policy"].startswith("default-src 'self'")
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_a_page_goes_out_precompressed_with_its_own_type(apache):
    base, site = apache
    headers, body = fetch(f"{base}/lv/", **{"Accept-Encoding": "gzip"})
    assert headers["Content-Encoding"] == "gzip"
    assert headers["Content-Type"].startswith("text/html")
    assert gzip.decompress(body) == (site / "lv" / "index.html").read_bytes()
    assert "Accept-Encoding" in headers["Vary"]
    headers, body = fetch(f"{base}/lv/")
    assert headers.get("Content-Encoding") is None
    assert body == (site / "lv" / "index.html").read_bytes()
