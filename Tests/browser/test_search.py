"""The search page in a real browser, on the bundled guide: results as you type, their ranking,
prefixes, typos, other languages, shareable URLs and the keyboard.

Waits are explicit: a condition is polled until it holds (results arrive after a debounce and
a few fetches), and a timeout reports what the page showed instead.
"""

from urllib.parse import parse_qs, urlparse

import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

RESIDENCE_PERMITS = "/lv/juridiska-palidziba/pmlp-residence/"
STATE_LEGAL_AID = "/en/legal-help/jpa-legal-aid/"


def result_paths(driver, css="#search-results > li > a"):
    # Read in one script, since the list is replaced while the reader types.
    return driver.execute_script("return [...document.querySelectorAll(arguments[0])].map(a => a.pathname)", css)


def wait_until(driver, condition, what):
    """Polls `condition(driver)` for up to ten seconds; on timeout fails with what was shown."""
    try:
        return WebDriverWait(driver, 10).until(condition)
    except TimeoutException:
        status = driver.find_element(By.ID, "search-status").text
        pytest.fail(f"timed out waiting for {what}; status {status!r}, results {result_paths(driver)}")


def search(driver, base_url, page, query):
    """Opens a search page and types the query key by key, as a reader would."""
    driver.get(base_url + page)
    field = driver.find_element(By.ID, "search-input")
    field.send_keys(query)
    return field


def query_in_url(driver):
    return parse_qs(urlparse(driver.current_url).query).get("q")


def test_latvian_residence_permit_without_diacritics(driver, base_url):
    search(driver, base_url, "/lv/meklet/", "uzturesanas atlauja")
    wait_until(driver, lambda d: result_paths(d)[:1] == [RESIDENCE_PERMITS], "the residence-permit service first")
    marked = {mark.text.lower() for mark in driver.find_elements(By.CSS_SELECTOR, "#search-results li:first-child mark")}
    assert {"uzturēšanās", "atļauja"} <= marked
    # The search can be shared: the address carries the query.
    assert query_in_url(driver) == ["uzturesanas atlauja"]


def test_russian_course_query_lists_courses(driver, base_url):
    search(driver, base_url, "/ru/poisk/", "курсы латышского")

    def mostly_courses(d):
        return sum(path.startswith("/ru/kursy/") for path in result_paths(d)[:5]) >= 3

    wait_until(driver, mostly_courses, "courses among the first five results")


def test_english_legal_aid_ranks_the_state_service_first(driver, base_url):
    search(driver, base_url, "/en/search/", "legal aid")
    wait_until(driver, lambda d: result_paths(d)[:1] == [STATE_LEGAL_AID], "the state legal aid service first")
    status = driver.find_element(By.ID, "search-status")
    assert status.get_attribute("role") == "status"
    count = int(status.text.split()[0])
    assert count >= len(result_paths(driver)) and status.text == f"{count} results"


def test_a_prefix_finds_results_before_the_word_is_finished(driver, base_url):
    search(driver, base_url, "/lv/meklet/", "kurs")
    wait_until(driver, lambda d: any(p.startswith("/lv/kursi/") for p in result_paths(d)), "courses for `kurs`")


@pytest.mark.parametrize("query", ["atlauha", "uzturesanaz"])
def test_one_typo_still_finds_the_page(driver, base_url, query):
    search(driver, base_url, "/lv/meklet/", query)
    wait_until(driver, lambda d: RESIDENCE_PERMITS in result_paths(d)[:3], f"the residence-permit page for `{query}`")


def test_no_result_here_offers_another_languages(driver, base_url):
    search(driver, base_url, "/en/search/", "убежище")
    css = "ol[lang='ru'] > li > a"
    wait_until(driver, lambda d: result_paths(d, css), "Russian results")
    assert result_paths(driver) == []
    assert all(path.startswith("/ru/") for path in result_paths(driver, css))
    # The heading names the language, marked as written in it, right above its results.
    name = driver.find_element(By.CSS_SELECTOR, "h2 > span[lang='ru']")
    assert name.text == "Русский"
    assert name.find_element(By.XPATH, "../following-sibling::*[1]").get_attribute("lang") == "ru"
    assert "Русский" in driver.find_element(By.ID, "search-status").text


def test_opening_a_shared_search_address_shows_results(driver, base_url):
    driver.get(base_url + "/en/search/?q=legal%20aid")
    wait_until(driver, lambda d: result_paths(d)[:1] == [STATE_LEGAL_AID], "results for the query in the address")
    assert driver.find_element(By.ID, "search-input").get_attribute("value") == "legal aid"


def test_keyboard_reaches_the_results_and_escape_clears(driver, base_url):
    field = search(driver, base_url, "/en/search/", "legal aid")
    wait_until(driver, lambda d: result_paths(d), "results")
    # Past the search button and the section filter (the course filters are hidden), Tab lands
    # on the first result's link.
    field.send_keys(Keys.TAB)
    assert driver.switch_to.active_element.tag_name == "button"
    driver.switch_to.active_element.send_keys(Keys.TAB)
    assert driver.switch_to.active_element.get_attribute("name") == "section"
    driver.switch_to.active_element.send_keys(Keys.TAB)
    assert driver.switch_to.active_element.get_attribute("pathname") == result_paths(driver)[0]
    field.send_keys(Keys.ESCAPE)
    wait_until(driver, lambda d: not result_paths(d), "the results to clear")
    assert field.get_attribute("value") == ""
    assert driver.find_element(By.ID, "search-status").text == ""
    assert query_in_url(driver) is None


def test_ukrainian_inflected_form_finds_its_page(driver, base_url):
    # «посвідкою» (instrumental) is written nowhere; the page says «посвідка», «посвідки», «посвідку».
    search(driver, base_url, "/uk/poshuk/", "посвідкою на проживання")
    wait_until(driver, lambda d: result_paths(d)[:1] == ["/uk/yurydychna-dopomoha/pmlp-residence/"],
               "the residence-permit service first")


def test_ukrainian_is_in_the_language_switch_and_the_chooser(driver, base_url):
    driver.get(base_url + "/uk/")
    switch = {link.get_attribute("lang"): link.text for link in driver.find_elements(By.CSS_SELECTOR, "nav.languages a")}
    assert switch == {"lv": "Latviešu", "ru": "Русский", "en": "English", "uk": "Українська"}
    assert driver.find_element(By.CSS_SELECTOR, "nav.languages a[aria-current]").get_attribute("lang") == "uk"
    driver.get(base_url + "/")
    chooser = {link.get_attribute("lang"): link.find_element(By.TAG_NAME, "strong").text
               for link in driver.find_elements(By.CSS_SELECTOR, ".language-list a")}
    assert chooser["uk"] == "Українська"
    assert driver.find_element(By.CSS_SELECTOR, ".language-list a[lang=uk]").get_attribute("pathname") == "/uk/"


def test_show_more_adds_ten_results_at_a_time(driver, base_url):
    search(driver, base_url, "/lv/meklet/", "latviešu")
    wait_until(driver, lambda d: len(result_paths(d)) == 10, "the first ten results")
    count = int("".join(ch for ch in driver.find_element(By.ID, "search-status").text if ch.isdigit()))
    assert count > 10, "the query must find more than one page of results"
    more = driver.find_element(By.CSS_SELECTOR, "button.more")
    assert more.is_displayed() and more.text == "Rādīt vēl"
    first_ten = result_paths(driver)
    more.click()
    wait_until(driver, lambda d: len(result_paths(d)) == min(20, count), "ten more results")
    assert result_paths(driver)[:10] == first_ten, "the first ten stay where they were"
    assert driver.switch_to.active_element.get_attribute("pathname") == result_paths(driver)[10], "focus on the first new result"
    while more.is_displayed():
        shown = len(result_paths(driver))
        more.click()
        wait_until(driver, lambda d: len(result_paths(d)) == min(shown + 10, count), "ten more results")
    assert len(result_paths(driver)) == count


def selected(driver):
    return driver.execute_script("return Object.fromEntries([...document.querySelectorAll('#search-filters select')]"
                                 ".map(s => [s.name, s.parentNode.hidden ? null : s.value]))")


def choose(driver, name, value):
    Select(driver.find_element(By.CSS_SELECTOR, f"#search-filters select[name={name}]")).select_by_value(value)


def test_filters_narrow_the_results_and_the_address_restores_them(driver, base_url):
    driver.get(base_url + "/en/search/?q=latvian")
    wait_until(driver, lambda d: len(result_paths(d)) == 10, "the first ten results")
    assert driver.find_element(By.ID, "search-filters").is_displayed()
    # The course filters appear only once the section is courses.
    assert selected(driver) == {"section": "", "level": None, "cost": None, "mode": None}
    choose(driver, "section", "courses")
    wait_until(driver, lambda d: result_paths(d) and all(p.startswith("/en/courses/") for p in result_paths(d)), "courses only")
    courses = result_paths(driver)
    choose(driver, "level", "C1")
    wait_until(driver, lambda d: parse_qs(urlparse(d.current_url).query).get("level") == ["C1"], "the level in the address")
    wait_until(driver, lambda d: set(result_paths(d)) < set(courses), "fewer courses at level C1")
    at_c1 = result_paths(driver)
    assert parse_qs(urlparse(driver.current_url).query) == {"q": ["latvian"], "section": ["courses"], "level": ["C1"]}
    # Each course kept teaches C1, as its page says.
    for path in at_c1:
        driver.get(base_url + path)
        assert "C1" in driver.find_element(By.TAG_NAME, "main").text
    # The shared address opens the same filtered view.
    driver.get(base_url + "/en/search/?q=latvian&section=courses&level=C1")
    wait_until(driver, lambda d: result_paths(d) == at_c1, "the filtered results again")
    assert selected(driver) == {"section": "courses", "level": "C1", "cost": "", "mode": ""}
    # Another section hides the course filters and drops them from the address.
    choose(driver, "section", "legal")
    wait_until(driver, lambda d: result_paths(d) and all(p.startswith("/en/legal-help/") for p in result_paths(d)), "legal help only")
    assert selected(driver)["level"] is None
    assert parse_qs(urlparse(driver.current_url).query) == {"q": ["latvian"], "section": ["legal"]}


def test_did_you_mean_offers_a_word_the_pages_use(driver, base_url):
    search(driver, base_url, "/en/search/", "dyscrymination")
    wait_until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#search-note a"), "a suggestion")
    link = driver.find_element(By.CSS_SELECTOR, "#search-note a")
    assert link.text == "discrimination" and driver.find_element(By.ID, "search-note").text == "Did you mean discrimination?"
    link.click()
    wait_until(driver, lambda d: "/en/legal-help/ombudsman-discrimination/" in result_paths(d)[:3], "results for the suggestion")
    assert driver.find_element(By.ID, "search-input").get_attribute("value") == "discrimination"
    assert query_in_url(driver) == ["discrimination"]


def test_a_latin_query_on_russian_pages_says_which_spelling_it_searched(driver, base_url):
    search(driver, base_url, "/ru/poisk/", "vid na zhitelstvo")
    wait_until(driver, lambda d: result_paths(d)[:1] == ["/ru/yuridicheskaya-pomoshch/pmlp-residence/"], "the residence-permit service first")
    assert "вид на жительство" in driver.find_element(By.ID, "search-note").text


def test_the_wrong_keyboard_layout_is_read_as_the_other(driver, base_url):
    search(driver, base_url, "/ru/poisk/", "dbl yf ;bntkmcndj")
    wait_until(driver, lambda d: result_paths(d)[:1] == ["/ru/yuridicheskaya-pomoshch/pmlp-residence/"], "the residence-permit service first")


def test_stop_words_are_never_marked_nor_match_alone(driver, base_url):
    search(driver, base_url, "/ru/poisk/", "вид на жительство")
    wait_until(driver, lambda d: result_paths(d)[:1] == ["/ru/yuridicheskaya-pomoshch/pmlp-residence/"], "the residence-permit service first")
    marked = {mark.text.lower() for mark in driver.find_elements(By.CSS_SELECTOR, "#search-results mark")}
    assert "на" not in marked and "жительство" in marked
    # Every result has one of the query's words, not only «на».
    count = int(driver.find_element(By.ID, "search-status").text.split()[0])
    search(driver, base_url, "/ru/poisk/", "на")
    wait_until(driver, lambda d: result_paths(d), "results for a stop word alone")
    assert int(driver.find_element(By.ID, "search-status").text.split()[0]) > count


def test_a_look_alike_first_letter_is_one_typo(driver, base_url):
    # Ukrainian typed on a Russian keyboard: `и` for `і` as the first letter, whose terms are in
    # another shard than the typed letter's.
    search(driver, base_url, "/uk/poshuk/", "интеграції")
    wait_until(driver, lambda d: any("sif" in path for path in result_paths(d)[:3]), "a page of the Society Integration Foundation")


def test_another_form_of_a_word_finds_the_form_snowball_stems_shorter(driver, base_url):
    # Snowball stems «экзаменом» `экзамен` but «экзамена» and «экзамены» `экзам`, the only
    # forms the state language exam's page uses.
    search(driver, base_url, "/ru/poisk/", "экзаменом")
    wait_until(driver, lambda d: "/ru/yuridicheskaya-pomoshch/state-language-exam/" in result_paths(d)[:3], "the state language exam")


def test_keys_that_are_letters_on_the_russian_layout_do_not_split_the_word(driver, base_url):
    # `k.lb` is «люди» on QWERTY; `.` cut it into `k` and `lb`, and the index holds `k`.
    search(driver, base_url, "/ru/poisk/", "k.lb")
    wait_until(driver, lambda d: "люди" in d.find_element(By.ID, "search-note").text, "the retyped reading")
    marked = {mark.text.lower() for mark in driver.find_elements(By.CSS_SELECTOR, "#search-results mark")}
    assert marked and all(word.startswith("люд") for word in marked), marked


def assert_only_english_results(driver, base_url, query, expected):
    """Nothing on the Russian page, and `expected` among the first three English results."""
    search(driver, base_url, "/ru/poisk/", query)
    css = "ol[lang='en'] > li > a"
    wait_until(driver, lambda d: result_paths(d, css), "English results")
    assert result_paths(driver) == []
    assert expected in result_paths(driver, css)[:3]


def test_an_english_word_on_the_russian_page_finds_the_english_pages(driver, base_url):
    # Read in Cyrillic, `lawyer` is «лавер»; cut to «лав» it was one edit from «латв» and found
    # every page that names Latvia, which hid the English results.
    assert_only_english_results(driver, base_url, "lawyer", "/en/legal-help/drosa-maja-refugee-lawyer/")


def test_a_query_without_words_says_nothing_was_found(driver, base_url):
    search(driver, base_url, "/en/search/", "?!… —")
    wait_until(driver, lambda d: d.find_element(By.ID, "search-status").text, "a status")
    assert driver.find_element(By.ID, "search-status").text == "Nothing found."
    assert result_paths(driver) == []


def test_full_width_letters_are_read_as_plain_ones(driver, base_url):
    search(driver, base_url, "/en/search/", "ｌｅｇａｌ ａｉｄ")
    wait_until(driver, lambda d: result_paths(d)[:1] == [STATE_LEGAL_AID], "the state legal aid service first")


def test_no_suggestion_when_another_language_has_the_words(driver, base_url):
    search(driver, base_url, "/lv/meklet/", "asylum")
    wait_until(driver, lambda d: result_paths(d, "ol[lang='en'] > li > a"), "English results")
    assert driver.find_element(By.ID, "search-note").text == ""


def test_guesses_here_do_not_hide_another_languages_words_as_typed(driver, base_url):
    # On the Russian page `latvian` is only one edit from the Latvian name «Latvija» some pages
    # quote: those guesses are shown, and the English pages that have the words as typed too.
    search(driver, base_url, "/ru/poisk/", "latvian course")
    css = "ol[lang='en'] > li > a"
    wait_until(driver, lambda d: result_paths(d, css), "English results")
    assert any(path.startswith("/en/courses/") for path in result_paths(driver, css)[:3])
    # Two sentences: this page's count, then where else the words were found.
    count, elsewhere = driver.find_element(By.ID, "search-status").text.split(". ", 1)
    assert count.split()[0].isdigit() and "English" in elsewhere, (count, elsewhere)


def test_a_short_stem_is_not_one_typo_from_another_word(driver, base_url):
    # `permit` read in Cyrillic stems to «перм», one edit from «перв» (first): every page with
    # «первые шаги» was found, and the English pages were not shown.
    assert_only_english_results(driver, base_url, "residence permit", "/en/legal-help/pmlp-residence/")
