"""Courses in time and for whom, in a real browser on the bundled guide: a course filter's own
page lists exactly the current courses that match, without JavaScript; the map page filtered
the same way shows the same set and links that page; and the "I am …" filter shows exactly
what a status may use. The expected sets are computed from the open data (`data/guide.json`)
and the build's day, not written down, so the tests follow the content."""

import json
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml
from browser_session import new_chromium
from build_day import has_ended
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

LANGUAGES = ["lv", "ru", "en", "uk"]
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def current_courses(site_dir):
    guide = json.loads((site_dir / "data" / "guide.json").read_text(encoding="utf-8"))
    return [course for course in guide["courses"] if not has_ended(course.get("runs"))]


@pytest.fixture(scope="module")
def no_script():
    driver = new_chromium(javascript=False)
    yield driver
    driver.quit()


def path_of(course, code):
    return urlparse(course["guide_url"][code]).path


def course_list_path(course, code):
    """`/ru/kursy/` from a course's `/ru/kursy/<slug>/`."""
    return path_of(course, code).rsplit("/", 2)[0] + "/"


def listed_paths(driver, selector):
    """The entries a list shows, once each (the map lists a course once per address)."""
    return sorted({link.get_attribute("pathname") for link in driver.find_elements(By.CSS_SELECTOR, selector)
                   if link.is_displayed()})


def test_some_bundled_course_has_ended_so_the_filters_have_something_to_leave_out(site_dir, current_courses):
    everything = json.loads((site_dir / "data" / "guide.json").read_text(encoding="utf-8"))["courses"]
    assert len(current_courses) < len(everything)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_a1_page_lists_exactly_the_current_a1_courses_without_javascript(no_script, base_url, current_courses, code):
    expected = sorted(path_of(course, code) for course in current_courses if "A1" in course["levels"])
    assert expected, "the bundled guide has current A1 courses"
    page = course_list_path(current_courses[0], code) + "a1/"
    no_script.get(base_url + page)
    assert listed_paths(no_script, "ul.entries > li > h2 > a") == expected


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_map_filtered_to_a1_shows_the_same_courses_and_links_that_page(driver, base_url, current_courses, code):
    expected = sorted(path_of(course, code) for course in current_courses if "A1" in course["levels"])
    filter_page = course_list_path(current_courses[0], code) + "a1/"
    driver.get(base_url + filter_page)
    map_link = driver.find_element(By.CSS_SELECTOR, ".map-link a").get_attribute("href")
    assert map_link.endswith("?level=A1")
    driver.get(map_link)
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "map-filters").is_displayed())
    assert Select(driver.find_element(By.ID, "filter-level")).first_selected_option.get_attribute("value") == "A1"
    assert listed_paths(driver, "li.place > :is(h3, h4) > a") == expected
    link = driver.find_element(By.CSS_SELECTOR, "#filter-page a")
    assert link.is_displayed() and link.get_attribute("pathname") == filter_page
    # A second filter makes a list no single page holds: the link goes.
    Select(driver.find_element(By.ID, "filter-mode")).select_by_index(1)
    assert not driver.find_element(By.ID, "filter-page").is_displayed()


@pytest.mark.parametrize("code", LANGUAGES)
def test_i_am_under_temporary_protection_shows_exactly_what_that_status_may_use(driver, base_url, current_courses, code):
    def allowed(course):
        return "temporary_protection" in course["eligible"] or "anyone" in course["eligible"]
    expected = sorted(path_of(course, code) for course in current_courses if allowed(course))
    assert expected and len(expected) < len(current_courses), "the filter must leave some current courses out"
    page = course_list_path(current_courses[0], code)
    driver.get(base_url + page)
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "status-filter").is_displayed())
    Select(driver.find_element(By.ID, "filter-status")).select_by_value("temporary_protection")
    assert listed_paths(driver, "ul.entries > li > h2 > a") == expected
    assert driver.current_url.endswith("?status=temporary_protection")
    # The address restores the choice, as it would from a shared link.
    driver.get(driver.current_url)
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "status-filter").is_displayed())
    assert Select(driver.find_element(By.ID, "filter-status")).first_selected_option.get_attribute("value") == "temporary_protection"
    assert listed_paths(driver, "ul.entries > li > h2 > a") == expected


def test_a_status_nothing_is_marked_for_says_so(driver, base_url, current_courses):
    site = yaml.safe_load((REPO / "content" / "site.yaml").read_text(encoding="utf-8"))
    statuses = [status for status in site["eligibility"] if status != "anyone"]
    unserved = [status for status in statuses
                if not any(status in course["eligible"] or "anyone" in course["eligible"] for course in current_courses)]
    driver.get(base_url + course_list_path(current_courses[0], "en"))
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "status-filter").is_displayed())
    select = Select(driver.find_element(By.ID, "filter-status"))
    for status in statuses:
        select.select_by_value(status)
        shown = listed_paths(driver, "ul.entries > li > h2 > a")
        assert driver.find_element(By.ID, "status-none").is_displayed() == (status in unserved), status
        assert (len(shown) == 0) == (status in unserved), status


@pytest.mark.parametrize("code", LANGUAGES)
def test_an_ended_course_page_says_so_and_the_list_of_ended_courses_holds_it(no_script, base_url, site_dir, current_courses, code):
    everything = json.loads((site_dir / "data" / "guide.json").read_text(encoding="utf-8"))["courses"]
    ended = [course for course in everything if course not in current_courses]
    no_script.get(base_url + path_of(ended[0], code))
    notice = no_script.find_element(By.CSS_SELECTOR, ".time-notice")
    assert notice.is_displayed()
    assert notice.find_element(By.CSS_SELECTOR, "a").get_attribute("pathname") == course_list_path(ended[0], code)
    no_script.get(base_url + course_list_path(ended[0], code))
    assert path_of(ended[0], code) not in listed_paths(no_script, "ul.entries > li > h2 > a")
    no_script.find_element(By.CSS_SELECTOR, ".ended-link a").click()
    assert sorted(path_of(course, code) for course in ended) == listed_paths(no_script, "ul.entries > li > h2 > a")


def test_search_finds_an_ended_course_labelled_and_below_the_current_ones(driver, base_url, site_dir):
    """"Drošā māja" names the organisation's current pages and its ended courses and centre."""
    driver.get(base_url + "/en/search/?q=Dro%C5%A1%C4%81%20m%C4%81ja")
    WebDriverWait(driver, 15).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li"))
    while driver.find_elements(By.CSS_SELECTOR, "button.more:not([hidden])"):
        shown = len(driver.find_elements(By.CSS_SELECTOR, "#search-results li"))
        driver.find_element(By.CSS_SELECTOR, "button.more").click()
        WebDriverWait(driver, 10).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#search-results li")) > shown)
    labelled = [bool(item.find_elements(By.CSS_SELECTOR, ".badge")) for item in driver.find_elements(By.CSS_SELECTOR, "#search-results li")]
    assert True in labelled and False in labelled, labelled
    assert labelled == sorted(labelled), "every ended result comes after the current ones"
    badge = driver.find_element(By.CSS_SELECTOR, "#search-results li .badge").text
    assert badge.startswith("Ended"), badge
