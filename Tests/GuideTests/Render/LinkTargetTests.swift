@testable import GuideMarkdown
@testable import GuideModel
import XCTest

final class LinkTargetTests: XCTestCase {
    func testReferences() {
        XCTAssertEqual(LinkTarget("organizations/drosa-maja"), .reference(EntryID(section: .organizations, slug: "drosa-maja"), fragment: nil))
        XCTAssertEqual(LinkTarget("pages/first-steps#personas-kods"), .reference(EntryID(section: .pages, slug: "first-steps"), fragment: "personas-kods"))
        XCTAssertEqual(LinkTarget("courses/a1/"), .reference(EntryID(section: .courses, slug: "a1"), fragment: nil))
        XCTAssertEqual(LinkTarget("courses/a1#"), .reference(EntryID(section: .courses, slug: "a1"), fragment: nil))
        XCTAssertEqual(LinkTarget("pages/first-steps#как-записаться#2"),
                       .reference(EntryID(section: .pages, slug: "first-steps"), fragment: "как-записаться#2"))
    }

    func testNotReferences() {
        XCTAssertEqual(LinkTarget("https://pmlp.gov.lv"), .allowed)
        XCTAssertEqual(LinkTarget("tel:+37167209400"), .allowed)
        XCTAssertEqual(LinkTarget("#top"), .allowed)
        XCTAssertEqual(LinkTarget("shops/x"), .unresolvable)
        XCTAssertEqual(LinkTarget("organizations/../../etc"), .unresolvable)
        XCTAssertEqual(LinkTarget("organizations/Bad_Slug"), .unresolvable)
    }

    func testSchemesAsBrowsersReadThem() {
        XCTAssertEqual(LinkTarget(" JavaScript:alert(1)"), .forbidden(scheme: "javascript"))
        XCTAssertEqual(LinkTarget("java\nscript:alert(1)"), .forbidden(scheme: "javascript"))
        XCTAssertEqual(LinkTarget("data:text/html,x"), .forbidden(scheme: "data"))
        XCTAssertEqual(LinkTarget("\tJĀVA script:x"), .forbidden(scheme: "jāvascript"))
        XCTAssertEqual(LinkTarget("курсы:x"), .forbidden(scheme: "курсы"))
        XCTAssertEqual(LinkTarget(":x"), .unresolvable)
    }
}
