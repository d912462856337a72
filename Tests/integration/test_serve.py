"""`guide serve` end to end: the real binary serving a copy of the bundled guide.

Each test talks to the server the way a browser does (plain HTTP and a server-sent event stream)
and edits the copied content the way an editor does, by saving files. The binary is GUIDE_BIN,
default `<repo>/.build/debug/guide`. Every wait is bounded, and the server is always stopped.
"""

import http.client
import json
import os
import queue
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
GUIDE = os.environ.get("GUIDE_BIN", str(REPO / ".build" / "debug" / "guide"))
HOME_TEXT = "content/pages/home/lv.md"
HOME_TITLE = "Laipni lūdzam Ceļvedī"
STARTUP_SECONDS = 60  # the first build of a debug binary on a slow machine
EVENT_SECONDS = 15  # from a save to its event: a poll, a pause, one rebuild


class Server:
    """A running `guide serve`, its output files, and the temporary folder it was given."""

    def __init__(self, source, scratch):
        self.source = source
        self.temp = scratch / "tmp"  # TMPDIR: the server's own folder goes in here
        self.temp.mkdir()
        self.stdout_path = scratch / "stdout.txt"
        self.stderr_path = scratch / "stderr.txt"
        with open(self.stdout_path, "w") as stdout, open(self.stderr_path, "w") as stderr:
            self.process = subprocess.Popen(
                [GUIDE, "serve", "--source", str(source), "--port", "0"],
                stdout=stdout, stderr=stderr, env={**os.environ, "TMPDIR": str(self.temp)})
        self.port = None

    def wait_until_serving(self):
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            match = re.search(r"^Serving http://127\.0\.0\.1:(\d+)/$", self.stdout_path.read_text(), re.MULTILINE)
            if match:
                self.port = int(match.group(1))
                return
            assert self.process.poll() is None, f"guide serve exited with {self.process.returncode}:\n{self.output()}"
            time.sleep(0.05)
        pytest.fail(f"guide serve printed no address within {STARTUP_SECONDS} s:\n{self.output()}")

    def stop(self, signal_number=signal.SIGTERM):
        """Asks the server to stop and returns its exit code; kills it if it does not stop."""
        if self.process.poll() is None:
            self.process.send_signal(signal_number)
        try:
            return self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise

    def output(self):
        return f"stdout:\n{self.stdout_path.read_text()}\nstderr:\n{self.stderr_path.read_text()}"

    def get(self, path):
        """GET `path` sent exactly as written (no client-side normalisation of `..`)."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read().decode("utf-8", "replace")
        finally:
            connection.close()

    def status(self):
        code, headers, body = self.get("/_guide/status")
        assert code == 200 and headers["Content-Type"] == "application/json"
        return json.loads(body)


class EventStream:
    """`/_guide/events`, read line by line on a thread so the test can wait with a timeout."""

    def __init__(self, port):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.connection.request("GET", "/_guide/events")
        self.response = self.connection.getresponse()
        assert self.response.status == 200
        assert self.response.getheader("Content-Type") == "text/event-stream"
        self.events = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        name, data = None, []
        try:
            for raw in self.response:
                line = raw.decode("utf-8").rstrip("\n")
                if line.startswith("event: "):
                    name = line[len("event: "):]
                elif line.startswith("data: "):
                    data.append(line[len("data: "):])
                elif line == "":
                    if name:  # comments (keep-alive) and `retry:` carry no event
                        self.events.put((name, "\n".join(data)))
                    name, data = None, []
        except (OSError, ValueError, http.client.HTTPException):
            pass  # closed by the test or the server

    def next(self, timeout=EVENT_SECONDS):
        try:
            return self.events.get(timeout=timeout)
        except queue.Empty:
            pytest.fail(f"no event within {timeout} s")

    def assert_quiet(self, seconds):
        try:
            event = self.events.get(timeout=seconds)
        except queue.Empty:
            return
        pytest.fail(f"unexpected event {event}")

    def close(self):
        # Shutting the socket down wakes the reader, which would otherwise hold the response
        # until the next keep-alive comment arrives.
        self.connection.sock.shutdown(socket.SHUT_RDWR)
        self.reader.join(timeout=5)
        self.connection.close()


def copy_guide(destination):
    destination.mkdir()
    for folder in ("content", "themes"):
        shutil.copytree(REPO / folder, destination / folder)
    # The bundled guide has no feedback address yet, which the build warns about; these tests
    # count the diagnostics that edits cause, so the copy has one.
    site_yaml = destination / "content" / "site.yaml"
    site_yaml.write_text(site_yaml.read_text(encoding="utf-8") + "feedback: mailto:editors@guide.test\n", encoding="utf-8")
    return destination


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    scratch = tmp_path_factory.mktemp("serve")
    running = Server(copy_guide(scratch / "guide"), scratch)
    try:
        running.wait_until_serving()
        yield running
    finally:
        running.stop()


@pytest.fixture
def events(server):
    stream = EventStream(server.port)
    yield stream
    stream.close()


def edit(path, old, new):
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_serves_the_built_site_with_the_reload_script(server):
    code, headers, body = server.get("/lv/")
    assert code == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert headers["Cache-Control"] == "no-store"
    assert f"<h1>{HOME_TITLE}</h1>" in body
    assert HOME_TEXT in body  # the edit hint, shown only by the preview
    assert body.count('<script src="/_guide/client.js" defer></script></body>') == 1

    code, headers, script = server.get("/_guide/client.js")
    assert code == 200 and headers["Content-Type"].startswith("text/javascript")
    assert "EventSource" in script

    code, headers, _ = server.get("/data/courses.geojson")
    assert code == 200 and headers["Content-Type"] == "application/geo+json"


def test_folders_redirect_to_their_index_and_missing_pages_get_the_404_page(server):
    code, headers, _ = server.get("/lv")
    assert code == 301 and headers["Location"] == "/lv/"
    code, headers, body = server.get("/lv/no-such-page/")
    assert code == 404 and "/_guide/client.js" in body
    site_404 = next(server.temp.glob("guide-serve-*/site/404.html")).read_text()
    assert body.replace('<script src="/_guide/client.js" defer></script>', "") == site_404
    code, _, body = server.get("/assets/")  # a folder without index.html: no listing
    assert code == 404 and body == server.get("/lv/no-such-page/")[2]


@pytest.mark.parametrize("path", [
    "/../../secret.txt",
    "/%2e%2e/%2e%2e/secret.txt",
    "/%2E%2E%2F%2E%2E%2Fsecret.txt",
    "/lv/..%2f..%2f..%2fsecret.txt",
    "/lv/%2e%2e/%2e%2e/%2e%2e/secret.txt",
    "/../../../../../../etc/passwd",
    "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "//etc/passwd",
    "/%00/etc/passwd",
    "http://127.0.0.1/../../secret.txt",
])
def test_never_serves_a_file_outside_the_site(server, path):
    # The site is <TMPDIR>/guide-serve-<pid>/site, so this file is two levels above it.
    (server.temp / "secret.txt").write_text("SECRET-b7e2")
    code, _, body = server.get(path)
    assert code in (400, 404)
    assert "SECRET-b7e2" not in body and "root:" not in body


def test_nothing_is_rebuilt_while_nothing_changes(server, events):
    build = server.status()["build"]
    events.assert_quiet(0.7)  # more than three polls
    assert server.status()["build"] == build


def test_a_burst_of_saves_is_built_once(server, events):
    page = server.source / HOME_TEXT
    original = page.read_text()
    for number in range(5):
        page.write_text(original + f"\nSave {number}.\n")
    name, _ = events.next()
    assert name == "reload"
    events.assert_quiet(0.7)
    page.write_text(original)
    assert events.next()[0] == "reload"


def test_saving_reloads_and_errors_are_reported_while_the_last_good_site_stays(server, events):
    page = server.source / HOME_TEXT

    edit(page, f"title: {HOME_TITLE}\n", f"title: {HOME_TITLE} (labots)\n")
    name, data = events.next()
    assert name == "reload"
    good_build = int(data)
    assert server.status() == {"build": good_build, "ok": True, "diagnostics": []}
    code, _, body = server.get("/lv/")
    assert code == 200 and f"<h1>{HOME_TITLE} (labots)</h1>" in body

    # `title: a: b` is invalid YAML in the front matter, on its second line.
    edit(page, f"title: {HOME_TITLE} (labots)\n", "title: Laipni: lūdzam\n")
    name, data = events.next()
    assert name == "error"
    problems = json.loads(data)
    assert any(p["path"] == HOME_TEXT and p["line"] == 2 and p["severity"] == "error"
               and "YAML" in p["message"] and p["hint"] for p in problems), problems
    status = server.status()
    assert status["ok"] is False and status["build"] > good_build
    assert status["diagnostics"] == problems
    code, _, body = server.get("/lv/")
    assert code == 200 and f"<h1>{HOME_TITLE} (labots)</h1>" in body

    # A page opened now learns about the errors as soon as it connects.
    late = EventStream(server.port)
    try:
        assert late.next() == ("error", data)
    finally:
        late.close()

    edit(page, "title: Laipni: lūdzam\n", f"title: {HOME_TITLE}\n")
    name, data = events.next()
    assert name == "reload" and int(data) > status["build"]
    assert server.status()["ok"] is True
    code, _, body = server.get("/lv/")
    assert code == 200 and f"<h1>{HOME_TITLE}</h1>" in body


@pytest.mark.parametrize("signal_number", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_stops_cleanly_and_removes_its_temporary_folder(tmp_path, signal_number):
    running = Server(copy_guide(tmp_path / "guide"), tmp_path)
    try:
        running.wait_until_serving()
        stream = EventStream(running.port)  # an open page must not keep the server running
        assert list(running.temp.glob("guide-serve-*/site/index.html"))
    finally:
        code = running.stop(signal_number)
    stream.close()
    assert code == 0, running.output()
    assert list(running.temp.iterdir()) == []
