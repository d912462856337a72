import Foundation
import XCTest

/// A right-to-left language whose texts are not written yet shows another language's text, which
/// must keep its own direction inside the right-to-left page.
final class RightToLeftFallbackTests: XCTestCase {
    func testAFallbackTextKeepsItsDirectionOnARightToLeftPage() throws {
        let site = try TestSite()
        defer { site.destroy() }
        try site.replace("required_languages: [lv]", with: """
          - code: ar
            name: العربية
            title: دليل
            direction: rtl
            sections: {courses: ar-courses, legal: ar-legal, organizations: ar-organizations}
        required_languages: [lv]
        """, in: "content/site.yaml")
        try site.replace("centrs: {lv: Centrs, ru: Центр, en: Centre}", with: "centrs: {lv: Centrs, ru: Центр, en: Centre, ar: المركز}", in: "content/site.yaml")
        try site.write("themes/default/i18n/ar.yaml", try site.read("themes/default/i18n/en.yaml"))
        let result = site.build()
        XCTAssertTrue(result.published, result.diagnostics.map(\.formatted).joined(separator: "\n"))
        let page = try site.read("Output/ar/ar-courses/course-a/index.html")
        XCTAssertTrue(page.contains("<html lang=\"ar\" dir=\"rtl\">"), page)
        XCTAssertTrue(page.contains("<h1 lang=\"lv\" dir=\"ltr\">Course A lv</h1>"), page)
        XCTAssertTrue(page.contains("<div class=\"body\" lang=\"lv\" dir=\"ltr\">"), page)
        // Its own language's pages carry no such attributes.
        XCTAssertFalse(try site.read("Output/lv/kursi/course-a/index.html").contains("dir=\"ltr\">Course A"))
    }
}
