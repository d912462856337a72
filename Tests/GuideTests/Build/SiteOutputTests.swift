import Foundation
@testable import GuideSite
import XCTest

/// What a built site contains: every page in every language, head links, sitemap, fallback.
final class SiteOutputTests: BuiltSiteTestCase {
    func testEveryEntryHasAPageInEveryLanguage() throws {
        for path in ["index.html", "404.html", "robots.txt", "sitemap.xml",
                     "lv/index.html", "ru/index.html", "en/index.html",
                     "lv/kursi/index.html", "ru/kursy/index.html", "en/courses/index.html",
                     "lv/kursi/course-a/index.html", "ru/kursy/course-a/index.html", "en/courses/course-a/index.html",
                     "lv/organizacijas/org-a/index.html", "ru/organizacii/org-a/index.html", "en/organizations/org-a/index.html",
                     "lv/juridiska-palidziba/legal-a/index.html", "ru/yuridicheskaya-pomoshch/legal-a/index.html",
                     "en/legal-help/legal-a/index.html"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(path).path), path)
        }
    }

    func testHeadCarriesLanguageCanonicalAndAlternates() throws {
        let html = try page("ru/kursy/course-a/index.html")
        XCTAssertTrue(html.contains("<html lang=\"ru\" dir=\"ltr\">"))
        XCTAssertTrue(html.contains("<link rel=\"canonical\" href=\"https://guide.test/ru/kursy/course-a/\">"))
        for (code, path) in [("lv", "lv/kursi"), ("ru", "ru/kursy"), ("en", "en/courses")] {
            XCTAssertTrue(html.contains("<link rel=\"alternate\" hreflang=\"\(code)\" href=\"https://guide.test/\(path)/course-a/\">"), code)
        }
        XCTAssertTrue(html.contains("hreflang=\"x-default\" href=\"https://guide.test/lv/kursi/course-a/\""))
        XCTAssertTrue(html.contains("<a href=\"/en/courses/course-a/\" hreflang=\"en\" lang=\"en\">English</a>"), "language switcher")
    }

    func testRootChoosesLanguageInEachScript() throws {
        let html = try page("index.html")
        XCTAssertTrue(html.contains("lang=\"lv\" hreflang=\"lv\" dir=\"ltr\"><strong>Latviešu</strong>"))
        XCTAssertTrue(html.contains("lang=\"ru\" hreflang=\"ru\" dir=\"ltr\"><strong>Русский</strong>"))
        XCTAssertTrue(html.contains("<strong>English</strong>"))
    }

    func testEntryPageShowsFacts() throws {
        let html = try page("en/organizations/org-a/index.html")
        XCTAssertTrue(html.contains("<a href=\"tel:+37167000000\">+371 67000000</a>"))
        XCTAssertTrue(html.contains("<a href=\"mailto:info@org.example.lv\">info@org.example.lv</a>"))
        XCTAssertTrue(html.contains("Brīvības iela 1, Rīga"))
        XCTAssertTrue(html.contains("Mon–Fri: 09:00–17:00"))
        XCTAssertTrue(html.contains("Facts checked on 15 January 2026."))
        // A Latvian date ends with the year's ordinal dot, which also ends the sentence.
        let latvian = try page("lv/organizacijas/org-a/index.html")
        XCTAssertTrue(latvian.contains("<p class=\"reviewed\">Fakti pārbaudīti 15.01.2026.</p>"))
        XCTAssertTrue(html.contains("href=\"geo:56.95,24.11\""))
        let course = try page("ru/kursy/course-a/index.html")
        XCTAssertTrue(course.contains("A1, A2"))
        XCTAssertTrue(course.contains("120 академических часов"))
        XCTAssertTrue(course.contains("Бесплатно (оплачивает самоуправление)"))
        XCTAssertTrue(course.contains("<a href=\"/ru/organizacii/org-a/#contacts\">Org A</a>"), "references resolve to the reader's language")
    }

    func testJSONLDHasTheEntryType() throws {
        for (path, type) in [("en/courses/course-a/index.html", "\"@type\":\"Course\""),
                             ("en/organizations/org-a/index.html", "\"@type\":\"NGO\""),
                             ("en/legal-help/legal-a/index.html", "\"@type\":\"Service\"")] {
            let html = try page(path)
            XCTAssertTrue(html.contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\""), path)
            XCTAssertTrue(html.contains(type), path)
        }
    }

    func testUntranslatedEntryFallsBackWithNotice() throws {
        let html = try page("ru/yuridicheskaya-pomoshch/legal-a/index.html")
        XCTAssertTrue(html.contains("<html lang=\"ru\""))
        XCTAssertTrue(html.contains("Эта страница ещё не переведена на русский. Ниже текст на языке: Latviešu."))
        XCTAssertTrue(html.contains("<h1 lang=\"lv\">Juridiskā palīdzība A</h1>"))
        XCTAssertTrue(html.contains("<div class=\"body\" lang=\"lv\">"))
        XCTAssertFalse(html.contains("hreflang=\"ru\" href=\"https://guide.test/ru/yuridicheskaya-pomoshch/legal-a/\""),
                       "a fallback page is not announced as a Russian alternate")
        let sitemap = try page("sitemap.xml")
        XCTAssertTrue(sitemap.contains("<loc>https://guide.test/lv/juridiska-palidziba/legal-a/</loc>"))
        XCTAssertFalse(sitemap.contains("<loc>https://guide.test/ru/yuridicheskaya-pomoshch/legal-a/</loc>"))
    }

    func testSitemapListsAlternates() throws {
        let sitemap = try page("sitemap.xml")
        XCTAssertTrue(sitemap.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""))
        XCTAssertTrue(sitemap.contains("<loc>https://guide.test/en/courses/course-a/</loc>\n    <xhtml:link rel=\"alternate\" hreflang=\"lv\" href=\"https://guide.test/lv/kursi/course-a/\"/>"))
        XCTAssertTrue(try page("robots.txt").contains("Sitemap: https://guide.test/sitemap.xml"))
    }

    func testSectionIndexCountsWithPluralForms() throws {
        XCTAssertTrue(try page("lv/kursi/index.html").contains("1 kurss"))
        XCTAssertTrue(try page("ru/kursy/index.html").contains("1 курс<"))
        XCTAssertTrue(try page("en/courses/index.html").contains("1 course<"))
    }

    func testAssetsHaveContentHashNames() throws {
        let html = try page("lv/index.html")
        let css = try XCTUnwrap(html.range(of: #"/assets/style\.[0-9a-f]{10}\.css"#, options: .regularExpression))
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.output.path + html[css]))
    }

    func testTwoBuildsAreByteIdentical() throws {
        let first = snapshot(of: site.output)
        let other = site.root.appendingPathComponent("Second")
        let result = SiteBuilder().build(BuildOptions(sourceRoot: site.root, output: other))
        XCTAssertTrue(result.published)
        let second = snapshot(of: other)
        XCTAssertEqual(first.keys.sorted(), second.keys.sorted())
        for (path, data) in first where second[path] != data {
            XCTFail("\(path) differs between builds")
        }
    }

    func testRebuildReplacesOutputAndLeavesNoStaging() throws {
        try site.write("content/organizations/org-a/en.md", "---\ntitle: Renamed org\nsummary: B\n---\nText\n")
        XCTAssertTrue(site.build().published)
        XCTAssertTrue(try page("en/organizations/org-a/index.html").contains("Renamed org"))
        let names = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
        XCTAssertFalse(names.contains { $0.contains("staging") }, "\(names)")
    }

    func testEditHintsOnlyWhenAskedFor() throws {
        XCTAssertFalse(try page("en/organizations/org-a/index.html").contains("edit-hint"))
        let preview = site.root.appendingPathComponent("Preview")
        XCTAssertTrue(SiteBuilder().build(BuildOptions(sourceRoot: site.root, output: preview, showsEditHints: true)).published)
        let html = try String(contentsOf: preview.appendingPathComponent("en/organizations/org-a/index.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("<p class=\"edit-hint\">Edit this text in content/organizations/org-a/en.md. Facts are in content/organizations/org-a/entry.yaml.</p>"), html)
    }
}
