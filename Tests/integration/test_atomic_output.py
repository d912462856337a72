"""A build killed at any moment must leave Output/ exactly as it was or exactly as the new site,
and the next builds must publish exactly their site from whatever the killed one left in the kept
folder beside it (.Output-previous, the site before last, which a build updates and swaps in).

Each round builds the other version of the content over the current Output/ and sends SIGKILL
after a random delay spread over the whole build, so kills land while loading, rendering,
writing, swapping and cleaning up.
"""

import hashlib
import os
import random
import shutil
import signal
import subprocess
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GUIDE = os.environ.get("GUIDE_BIN", str(REPO / ".build" / "debug" / "guide"))
KILLS = 20


def snapshot(folder):
    files = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            files[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return files


def build(source, output):
    result = subprocess.run([GUIDE, "build", "--source", str(source), "--output", str(output)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_killed_builds_leave_the_old_or_the_new_site(tmp_path):
    versions = {}
    for name, title in (("a", "Sākums A"), ("b", "Sākums B")):
        source = tmp_path / f"source-{name}"
        shutil.copytree(REPO / "content", source / "content")
        shutil.copytree(REPO / "themes", source / "themes")
        home = source / "content" / "pages" / "home" / "lv.md"
        text = home.read_text(encoding="utf-8")
        home.write_text(text.replace("\ntitle:", f"\ntitle: {title} —", 1), encoding="utf-8")
        reference = tmp_path / f"reference-{name}" / "Output"
        started = time.monotonic()
        build(source, reference)
        versions[name] = (source, snapshot(reference), time.monotonic() - started)
    assert versions["a"][1] != versions["b"][1]

    site = tmp_path / "site"
    output = site / "Output"
    build(versions["a"][0], output)
    current = "a"
    rng = random.Random(20261126)
    landed_mid_build = 0
    for _ in range(KILLS):
        target = "b" if current == "a" else "a"
        source, expected, duration = versions[target]
        process = subprocess.Popen([GUIDE, "build", "--source", str(source), "--output", str(output)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0, duration * 1.2))
        process.send_signal(signal.SIGKILL)
        process.wait()
        state = snapshot(output)
        assert state in (versions[current][1], expected), "Output/ is neither the old nor the new site"
        if state == versions[current][1]:
            landed_mid_build += 1
        else:
            current = target
    print(f"{KILLS} kills: {landed_mid_build} left the old site, {KILLS - landed_mid_build} found the new one complete")
    assert landed_mid_build > 0, "no kill landed during a build; the delays are too long"

    # After the kills the kept folder (the site before last, which the next build updates) may
    # be half updated; two more builds must still publish exactly each version.
    for name in (current, "b" if current == "a" else "a", current):
        build(versions[name][0], output)
        assert snapshot(output) == versions[name][1], f"a build after the kills did not publish version {name}"
    leftovers = [path.name for path in site.iterdir() if path.name not in ("Output", ".Output-previous")]
    assert leftovers == [], f"staging folders left behind: {leftovers}"
