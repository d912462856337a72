import Foundation
@testable import GuideModel
@testable import GuideSite
import XCTest

/// A renamed page keeps its old addresses through `aliases:`: a redirect page at each and a
/// `_redirects` line, and neither in the sitemap nor in the search index.
final class RedirectPagesTests: XCTestCase {
    private var site: TestSite!

    override func setUpWithError() throws {
        site = try TestSite()
    }

    override func tearDown() {
        site.destroy()
    }

    private func addAlias(_ alias: String, language: String, entry: String = "courses/course-a") throws {
        try site.replace("---\ntitle:", with: "---\naliases: [\(alias)]\ntitle:", in: "content/\(entry)/\(language).md")
    }

    func testAliasesBecomeRedirectPagesAndHostLines() throws {
        try addAlias("/lv/kursi/old-course/", language: "lv")
        try addAlias("/en/courses/old-course/", language: "en")
        let result = site.build()
        XCTAssertTrue(result.published, "\(result.diagnostics)")

        let page = try site.read("Output/lv/kursi/old-course/index.html")
        XCTAssertTrue(page.contains(#"<html lang="lv">"#))
        XCTAssertTrue(page.contains(#"<meta http-equiv="refresh" content="0; url=/lv/kursi/course-a/">"#))
        XCTAssertTrue(page.contains(#"<link rel="canonical" href="https://guide.test/lv/kursi/course-a/">"#))
        XCTAssertTrue(page.contains(#"<meta name="robots" content="noindex">"#))
        XCTAssertTrue(page.contains(#"<a href="/lv/kursi/course-a/">Course A lv</a>"#), "a visible link in the page's language")
        XCTAssertFalse(page.contains("<script"))
        XCTAssertTrue(try site.read("Output/en/courses/old-course/index.html").contains("url=/en/courses/course-a/"))

        XCTAssertEqual(try site.read("Output/_redirects"),
                       "/en/courses/old-course/ /en/courses/course-a/ 301\n/lv/kursi/old-course/ /lv/kursi/course-a/ 301\n")
        XCTAssertFalse(try site.read("Output/sitemap.xml").contains("old-course"))
        XCTAssertTrue(try site.read("Output/sitemap.xml").contains("/lv/kursi/course-a/"))
        let index = snapshot(of: site.output.appendingPathComponent("search"))
        XCTAssertFalse(index.values.contains { String(decoding: $0, as: UTF8.self).contains("old-course") }, "no redirect in the search index")
    }

    func testSiteWithoutAliasesWritesNoRedirectFile() throws {
        XCTAssertTrue(site.build().published)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("_redirects").path))
    }

    func testAliasOfALivePageIsAnErrorOnItsLine() throws {
        try addAlias("/lv/juridiska-palidziba/legal-a/", language: "lv")
        let result = site.build()
        XCTAssertFalse(result.published)
        let error = try XCTUnwrap(result.diagnostics.first { $0.message.contains("is the address of a live page") })
        XCTAssertEqual(error.severity, .error)
        XCTAssertEqual(error.location, SourceLocation(path: "content/courses/course-a/lv.md", line: 2, column: 11))
    }

    func testTheSameAliasTwiceIsAnError() throws {
        try addAlias("/lv/old/", language: "lv")
        try addAlias("/lv/old/", language: "lv", entry: "legal/legal-a")
        let result = site.build()
        XCTAssertFalse(result.published)
        let error = try XCTUnwrap(result.diagnostics.first { $0.message.contains("is also given in") })
        XCTAssertEqual(error.location.path, "content/legal/legal-a/lv.md")
        XCTAssertTrue(error.message.contains("content/courses/course-a/lv.md:2"), error.message)
    }

    func testAliasMustBeAPathOfThisSite() throws {
        // The last five were written as folders where the build has files (or could have none),
        // and failed with an input/output error that named no source.
        for alias in ["https://old.example/lv/", "lv/old/", "/lv/../x/", "/lv/old/?id=3", "/lv/old", "/assets/old/",
                      "/robots.txt/", "/sitemap.xml/", "/lv/kursi/course-a/index.html/", "/lv/\(String(repeating: "x", count: 256))/",
                      "/lv/a\\tb/"] {
            let fresh = try TestSite()
            defer { fresh.destroy() }
            try fresh.replace("---\ntitle:", with: "---\naliases: [\"\(alias)\"]\ntitle:", in: "content/courses/course-a/lv.md")
            let result = fresh.build()
            XCTAssertFalse(result.published, alias)
            let error = result.diagnostics.first { $0.message.contains("alias") }
            XCTAssertEqual(error?.location.path, "content/courses/course-a/lv.md", "\(alias): \(result.diagnostics)")
            XCTAssertEqual(error?.location.line, 2, alias)
            XCTAssertNotNil(error?.hint, alias)
        }
    }
}
