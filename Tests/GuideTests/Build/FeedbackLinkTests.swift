import Foundation
@testable import GuideSite
import XCTest

/// "Report a mistake on this page": prefilled with the page, in every language, and only where
/// site.yaml says where reports go.
final class FeedbackLinkTests: XCTestCase {
    private var site: TestSite!

    override func setUpWithError() throws {
        site = try TestSite()
    }

    override func tearDownWithError() throws {
        site.destroy()
    }

    private func link(in path: String) throws -> String? {
        let html = try site.read("Output/" + path)
        guard let range = html.range(of: "<p class=\"feedback\"><a href=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    func testAMailAddressGetsThePageTitleAsSubjectAndItsAddressAsBody() throws {
        let result = site.build()
        XCTAssertTrue(result.published)
        XCTAssertFalse(result.diagnostics.contains { $0.message.contains("feedback") })
        for (path, url, text) in [("lv/kursi/course-a/index.html", "https://guide.test/lv/kursi/course-a/", "Ziņot par kļūdu šajā lapā"),
                                  ("ru/kursy/course-a/index.html", "https://guide.test/ru/kursy/course-a/", "Сообщить об ошибке на этой странице"),
                                  ("en/courses/course-a/index.html", "https://guide.test/en/courses/course-a/", "Report a mistake on this page")] {
            let href = try XCTUnwrap(link(in: path), path).replacingOccurrences(of: "&amp;", with: "&")
            XCTAssertTrue(href.hasPrefix("mailto:editors@guide.test?subject="), href)
            let query = try XCTUnwrap(URLComponents(string: href)?.queryItems)
            let title = try XCTUnwrap(site.read("Output/" + path).components(separatedBy: "<h1>").dropFirst().first?.components(separatedBy: "</h1>").first)
            XCTAssertEqual(query.first { $0.name == "subject" }?.value, title)
            XCTAssertEqual(query.first { $0.name == "body" }?.value, url)
            XCTAssertTrue(try site.read("Output/" + path).contains(">\(text)</a></p>"), path)
        }
    }

    func testAFormGetsTheAddressAndTitleAsParameters() throws {
        try site.replace("feedback: mailto:editors@guide.test\n", with: "feedback: https://forms.guide.test/report?lang=any\n", in: "content/site.yaml")
        XCTAssertTrue(site.build().published)
        let href = try XCTUnwrap(link(in: "en/index.html")).replacingOccurrences(of: "&amp;", with: "&")
        let query = try XCTUnwrap(URLComponents(string: href)?.queryItems)
        XCTAssertEqual(query.first { $0.name == "url" }?.value, "https://guide.test/en/")
        XCTAssertEqual(query.first { $0.name == "lang" }?.value, "any")
        XCTAssertNotNil(query.first { $0.name == "title" }?.value)
    }

    func testWithoutAnAddressThereIsNoLinkAndOneWarning() throws {
        try site.replace("feedback: mailto:editors@guide.test\n", with: "", in: "content/site.yaml")
        let result = site.build()
        XCTAssertTrue(result.published)
        XCTAssertEqual(result.diagnostics.filter { $0.message.contains("`feedback`") }.count, 1)
        XCTAssertNil(try link(in: "en/courses/course-a/index.html"))
    }

    func testAnAddressThatIsNeitherMailNorWebIsAnError() throws {
        try site.replace("feedback: mailto:editors@guide.test\n", with: "feedback: editors@guide.test\n", in: "content/site.yaml")
        let result = site.build()
        XCTAssertFalse(result.published)
        let error = try XCTUnwrap(result.diagnostics.first { $0.isError })
        XCTAssertEqual(error.location.path, "content/site.yaml")
        XCTAssertEqual(error.location.line, 17)
        XCTAssertTrue(error.message.contains("`feedback` must be a mailto: address or a web address"))
    }
}
