"""The bundled guide on a cheap phone's screen (360×780), in every language: what the first
screen shows, that no page is wider than the screen, and that helpline numbers can be tapped."""

import re
from pathlib import Path

import pytest
import yaml
from browser_session import new_chromium
from selenium.webdriver.common.by import By

REPO = Path(__file__).resolve().parents[2]
SITE = yaml.safe_load((REPO / "content" / "site.yaml").read_text(encoding="utf-8"))
LANGUAGES = [language["code"] for language in SITE["languages"]]
PHONE_LIKE = re.compile(r"^\+?[0-9][0-9 ]{1,18}[0-9]$")


@pytest.fixture(scope="module")
def phone():
    driver = new_chromium(window="360,780")
    yield driver
    driver.quit()


def in_first_screen(driver, element):
    """Whether the element is laid out wholly inside the viewport without scrolling."""
    return driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;", element)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_first_screen_of_each_home_page(phone, base_url, language):
    phone.get(f"{base_url}/{language}/")
    phone.execute_script("window.scrollTo(0, 0)")
    sections = next(item for item in SITE["languages"] if item["code"] == language)["sections"]
    wanted = {
        "language switch": "nav.languages a[hreflang='lv']",
        "search box": "form[role=search] input[type=search]",
        "first steps": f"main a[href='/{language}/first-steps/']",
        "emergency numbers": f"main a[href='/{language}/emergency/']",
        "Latvian courses": f"a[href='/{language}/{sections['courses']}/']",
        "legal help": f"a[href='/{language}/{sections['legal']}/']",
        "organisations": f"a[href='/{language}/{sections['organizations']}/']",
        "112": "main a[href='tel:112']",
    }
    outside = [name for name, css in wanted.items()
               if not any(in_first_screen(phone, element) for element in phone.find_elements(By.CSS_SELECTOR, css))]
    assert outside == [], f"/{language}/ at 360×780: not on the first screen: {outside}"


def test_the_chooser_offers_112_and_says_what_the_guide_is(phone, base_url):
    phone.get(base_url + "/")
    assert in_first_screen(phone, phone.find_element(By.CSS_SELECTOR, "a[href='tel:112']"))
    descriptions = {link.get_attribute("lang"): link.find_element(By.CSS_SELECTOR, ".description").text
                    for link in phone.find_elements(By.CSS_SELECTOR, ".language-list a")}
    assert set(descriptions) == set(LANGUAGES)
    assert all(len(text) > 20 for text in descriptions.values()), descriptions


def all_page_paths(site_dir):
    return sorted("/" + str(path.relative_to(site_dir)).removesuffix("index.html")
                  for path in site_dir.rglob("*.html"))


def test_no_page_is_wider_than_a_phone(phone, base_url, site_dir):
    paths = all_page_paths(site_dir)
    assert len(paths) > 100
    too_wide = []
    for path in paths:
        phone.get(base_url + path)
        width, viewport = phone.execute_script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        if width > viewport:
            too_wide.append(f"{path} ({width} px)")
    assert too_wide == [], f"wider than the 360 px screen: {too_wide}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_number_in_the_emergency_tables_can_be_tapped(phone, base_url, language):
    phone.get(f"{base_url}/{language}/emergency/")
    cells = phone.find_elements(By.CSS_SELECTOR, "main td")
    numbers = [cell for cell in cells if PHONE_LIKE.match(cell.text.strip())]
    assert len(numbers) >= 5
    untappable = [cell.text for cell in numbers
                  if not [link for link in cell.find_elements(By.CSS_SELECTOR, "a[href^='tel:']") if link.text == cell.text]]
    assert untappable == []
    for cell in numbers:
        href = cell.find_element(By.CSS_SELECTOR, "a[href^='tel:']").get_attribute("href")
        digits = re.sub(r"[^0-9]", "", cell.text)
        # A full number dials with its country code, so a phone with a foreign SIM reaches it too.
        assert href.endswith(digits) and (len(digits) < 8 or href.startswith("tel:+")), (cell.text, href)
