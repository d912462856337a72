"""How well search finds what newcomers type, in Chromium on the bundled guide: queries of the
kinds readers type (basic, diacritics missing, typos, inflections, very short, acronyms, phone
numbers, another language, Ukrainian, Latin transliteration, the wrong keyboard layout), each
with the pages that answer it, chosen by reading content/. A query passes when one of them is
among the first three results: the page's own, or, when it has none, the first other language's.

Prints hit@3 per kind and, last, `search_hit_at_3=X/Y`. These queries are the project's own, so
passing them says little by itself: the rules they exercise are general (docs/search-analysis.md).
"""

from collections import defaultdict
from urllib.parse import quote

from selenium.common.exceptions import TimeoutException
from selenium.webdriver.support.ui import WebDriverWait

SEARCH = {"lv": "/lv/meklet/", "ru": "/ru/poisk/", "en": "/en/search/", "uk": "/uk/poshuk/"}
COURSES = ("riga-municipality-a-b", "sif-ukrainians-latvian", "sif-remigrant-families", "nva-refugees-latvian",
           "lva-third-country-2021-2022", "drosa-maja-latvian-course", "drosa-maja-conversation-club",
           "lva-self-study-materials", "choosing-a-course")
REFUGEE_LAWYER = ("drosa-maja-refugee-lawyer", "jpa-legal-aid", "lchr-human-rights")
ASYLUM = ("drosa-maja", "asylum-appeals", "drosa-maja-refugee-lawyer", "lchr-human-rights")

# (kind, language of the search page, query, slugs of the pages that answer it)
QUERIES = [
    ("basic", "lv", "uzturēšanās atļauja", ("pmlp-residence",)),
    ("basic", "ru", "юридическая помощь", ("jpa-legal-aid", "asylum-appeals")),
    ("basic", "en", "legal aid", ("jpa-legal-aid",)),
    ("basic", "uk", "курси латиської мови", COURSES),
    ("basic", "en", "complaint about discrimination", ("ombudsman-discrimination", "tiesibsargs")),
    ("diacritics", "lv", "uzturesanas atlauja", ("pmlp-residence",)),
    ("diacritics", "lv", "bezmaksas jurists begliem", ("drosa-maja-refugee-lawyer",)),
    ("diacritics", "lv", "cilveku tirdznieciba", ("drosa-maja-trafficking-hotline",)),
    ("diacritics", "lv", "latviesu valodas kursi", COURSES),
    ("typo", "lv", "uzturešnas atlauja", ("pmlp-residence",)),
    ("typo", "en", "discrimnation", ("ombudsman-discrimination", "lchr-human-rights", "tiesibsargs", "cilvektiesibu-centrs")),
    ("typo", "ru", "убежеще", ASYLUM),
    ("typo", "en", "refugess lawyer", ("drosa-maja-refugee-lawyer",)),
    ("typo", "lv", "tiesibsarks", ("tiesibsargs", "ombudsman-discrimination")),
    ("inflection", "lv", "uzturēšanās atļaujām", ("pmlp-residence",)),
    ("inflection", "ru", "юристу для беженцев", ("drosa-maja-refugee-lawyer",)),
    ("inflection", "uk", "посвідкою на проживання", ("pmlp-residence",)),
    ("inflection", "en", "declared residences", ("pmlp-residence",)),
    ("inflection", "lv", "kursiem bēgļiem", ("nva-refugees-latvian", "drosa-maja-latvian-course")),
    ("short", "en", "aid", ("jpa-legal-aid", "asylum-appeals", "jpa")),
    ("short", "lv", "vīza", ("pmlp-residence", "pmlp")),
    ("short", "ru", "вид", ("pmlp-residence",)),
    ("short", "lv", "tulks", ("drosa-maja", "drosa-maja-information-centre", "sif", "sif-one-stop-shop-daugavpils",
                              "sif-one-stop-shop-jelgava", "sif-one-stop-shop-liepaja")),
    ("acronym", "lv", "PMLP", ("pmlp", "pmlp-residence")),
    ("acronym", "en", "NVA", ("nva", "nva-refugees-latvian")),
    ("acronym", "ru", "SIF", ("sif", "sif-ukrainians-latvian", "sif-remigrant-families")),
    ("acronym", "en", "lva", ("lva", "lva-self-study-materials", "lva-third-country-2021-2022")),
    ("acronym", "uk", "JPA", ("jpa", "jpa-legal-aid")),
    ("phone", "en", "112", ("emergency", "home")),
    ("phone", "lv", "67209400", ("pmlp", "pmlp-residence")),
    ("phone", "en", "+371 28612120", ("drosa-maja-trafficking-hotline", "drosa-maja", "emergency")),
    ("phone", "ru", "80001801", ("jpa-legal-aid", "jpa")),
    ("phone", "en", "67686768", ("tiesibsargs", "ombudsman-discrimination")),
    ("other-language", "en", "убежище", ASYLUM),
    ("other-language", "lv", "residence permit", ("pmlp-residence",)),
    ("other-language", "ru", "patvērums", ASYLUM),
    ("other-language", "en", "uzturēšanās atļauja", ("pmlp-residence", "pmlp")),
    ("ukrainian", "uk", "безкоштовний юрист", REFUGEE_LAWYER),
    ("ukrainian", "uk", "торгівля людьми", ("drosa-maja-trafficking-hotline",)),
    ("ukrainian", "ru", "посвідка на проживання", ("pmlp-residence",)),
    ("ukrainian", "uk", "скарга на дискримінацію", ("ombudsman-discrimination",)),
    ("transliteration", "ru", "vid na zhitelstvo", ("pmlp-residence",)),
    ("transliteration", "ru", "besplatnyj yurist", REFUGEE_LAWYER),
    ("transliteration", "ru", "kursy latyshskogo yazyka", COURSES),
    ("transliteration", "uk", "posvidka na prozhyvannia", ("pmlp-residence",)),
    ("transliteration", "ru", "torgovlya lyudmi", ("drosa-maja-trafficking-hotline",)),
    ("layout", "ru", "dbl yf ;bntkmcndj", ("pmlp-residence",)),
    ("layout", "ru", "ltrkfhfwbz vtcnf ;bntkmcndf", ("pmlp-residence",)),
    ("layout", "uk", "gjcdslrf yf ghj;bdfyyz", ("pmlp-residence",)),
    ("layout", "lv", "гяегкуыфтфы фидфгоф", ("pmlp-residence",)),
    ("layout", "en", "дупфд фшв", ("jpa-legal-aid",)),
]


def top_three(driver, base_url, language, query):
    """The first three results' paths for `query`, opened as a shared search address is."""
    driver.get(f"{base_url}{SEARCH[language]}?q={quote(query)}")
    loading = driver.execute_script("return document.getElementById('search-form').dataset.loading")
    try:
        WebDriverWait(driver, 15).until(lambda d: d.execute_script(
            "const s = document.getElementById('search-status').textContent; return s && s != arguments[0]", loading))
    except TimeoutException:
        return []
    return driver.execute_script("""
        const own = [...document.querySelectorAll('#search-results > li > a')];
        const other = [...document.querySelectorAll('ol.search-results[lang] > li > a')];
        return (own.length ? own : other).slice(0, 3).map(a => a.pathname);""")


def test_hit_at_three_per_kind(driver, base_url, capsys):
    hits, totals, misses = defaultdict(int), defaultdict(int), []
    for kind, language, query, slugs in QUERIES:
        paths = top_three(driver, base_url, language, query)
        found = any(path.rstrip("/").rsplit("/", 1)[-1] in slugs for path in paths)
        hits[kind] += found
        totals[kind] += 1
        if not found:
            misses.append(f"  miss: {kind} {language} {query!r} → {paths}")
    total = sum(hits.values())
    with capsys.disabled():
        print()
        for kind in dict.fromkeys(kind for kind, *_ in QUERIES):
            print(f"{kind:16} hit@3 {hits[kind]}/{totals[kind]}")
        print("\n".join(misses))
        print(f"search_hit_at_3={total}/{len(QUERIES)}")
    assert len(QUERIES) >= 40 and len(totals) == 11
    # Every kind is solved, not only the easy ones.
    assert all(hits[kind] >= totals[kind] - 1 for kind in totals), misses
