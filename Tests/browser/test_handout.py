"""Printed handouts in a real browser: every QR code on a handout and on an entry page's print
version decodes (with Debian's zbar) to the page it stands for, and each language's handout of
each town prints on at most two A4 sheets (Chromium's own PDF)."""

import base64
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
import yaml
from selenium.webdriver.common.by import By

REPO = Path(__file__).resolve().parents[2]
SITE = yaml.safe_load((REPO / "content" / "site.yaml").read_text(encoding="utf-8"))
LANGUAGES = [language["code"] for language in SITE["languages"]]
BASE = SITE["base_url"]
CM = 96 / 2.54  # CSS pixels

pytestmark = pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg (Debian zbar-tools) is not installed")


def handouts(site_dir):
    return sorted(str(path.parent.relative_to(site_dir)) for path in site_dir.glob("*/handout/*/index.html"))


def decode(element):
    """The text of the QR code drawn by `element`, read from a screenshot of it."""
    element.parent.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    with tempfile.NamedTemporaryFile(suffix=".png") as image:
        image.write(element.screenshot_as_png)
        image.flush()
        result = subprocess.run(["zbarimg", "--raw", "-q", image.name], capture_output=True, text=True)
    return result.stdout.strip()


def code_width(image):
    """The CSS width of a code's `<img>`, after checking that it is drawn with square pixels: the
    PNG has one pixel a module, and smoothed to its printed size its modules would blur."""
    rendering = image.parent.execute_script("return getComputedStyle(arguments[0]).imageRendering", image)
    assert rendering == "pixelated"
    return image.parent.execute_script("return arguments[0].getBoundingClientRect().width", image)


def printed_sheets(driver):
    pdf = base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True})["data"])
    return pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")


def test_every_town_with_places_has_a_handout_in_every_language(site_dir):
    towns = {path.split("/")[-1] for path in handouts(site_dir)}
    assert {"riga", "jelgava", "liepaja"} <= towns
    assert len(handouts(site_dir)) == len(towns) * len(LANGUAGES)


@pytest.fixture
def sharp(driver):
    """The browser drawing four device pixels per CSS pixel, as a printer does (a 2 cm code is
    about 75 screen pixels, too few for a camera's worth of detail in a screenshot)."""
    width, height = driver.execute_script("return [innerWidth, innerHeight]")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 4, "mobile": False})
    yield driver
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


@pytest.mark.parametrize("language", LANGUAGES)
def test_handouts_print_on_two_sheets_and_their_codes_lead_to_their_pages(sharp, base_url, site_dir, language):
    driver = sharp
    for handout in [path for path in handouts(site_dir) if path.startswith(language + "/")]:
        driver.get(f"{base_url}/{handout}/")
        assert printed_sheets(driver) <= 2, handout
        code = driver.find_element(By.CSS_SELECTOR, ".handout-code img.qr")
        assert code_width(code) == pytest.approx(CM * 2.5, abs=1), handout
        assert decode(code) == BASE + handout + "/"
        items = driver.find_elements(By.CSS_SELECTOR, ".handout-items li")
        assert items, handout
        for item in items:
            href = item.find_element(By.CSS_SELECTOR, "h3 a").get_attribute("pathname")
            code = item.find_element(By.CSS_SELECTOR, "img.qr")
            assert code_width(code) == pytest.approx(CM * 2, abs=1), href
            assert decode(code) == BASE + href.lstrip("/"), href


def test_an_entry_prints_with_a_code_to_itself(sharp, base_url):
    driver = sharp
    driver.get(base_url + "/en/legal-help/pmlp-residence/")
    code = driver.find_element(By.CSS_SELECTOR, ".print-code")
    assert not code.is_displayed(), "the code is for paper only"
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert code.is_displayed()
        image = code.find_element(By.CSS_SELECTOR, "img.qr")
        assert code_width(image) == pytest.approx(CM * 3, abs=1)
        assert decode(image) == BASE + "en/legal-help/pmlp-residence/"
        assert not driver.find_element(By.CSS_SELECTOR, ".main-nav").is_displayed(), "no navigation on paper"
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
