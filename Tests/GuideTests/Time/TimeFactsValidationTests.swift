import Foundation
@testable import GuideModel
import XCTest

/// Every mistake in time facts and eligibility is an error at the exact place of the value, with
/// a hint, and fails the build.
final class TimeFactsValidationTests: XCTestCase {
    private var site: TestSite!
    private let path = "content/courses/course-a/entry.yaml"

    override func setUpWithError() throws {
        site = try TestSite()
        try site.replace("neighbourhoods:", with: """
        eligibility:
          refugee: {lv: bēglis, ru: беженец, en: a refugee}
        neighbourhoods:
        """, in: "content/site.yaml")
    }

    override func tearDown() {
        site.destroy()
    }

    /// course-a's entry.yaml with `lines` after its cost, which is line 4; the first added line is 5.
    private func courseFacts(_ lines: String) throws {
        try site.replace("cost: {free: true, paid_by: municipality}\n", with: "cost: {free: true, paid_by: municipality}\n" + lines + "\n", in: path)
    }

    private func assertError(line: Int, column: Int, _ fragment: String, at file: String? = nil,
                             sourceFile: StaticString = #filePath, sourceLine: UInt = #line) {
        let result = site.build()
        XCTAssertFalse(result.published, file: sourceFile, line: sourceLine)
        let match = result.diagnostics.first {
            $0.isError && $0.location.path == (file ?? path) && $0.location.line == line && $0.location.column == column && $0.message.contains(fragment)
        }
        XCTAssertNotNil(match, "expected \(file ?? path):\(line):\(column) “\(fragment)”; got:\n" + result.diagnostics.map(\.formatted).joined(separator: "\n"),
                        file: sourceFile, line: sourceLine)
        XCTAssertNotNil(match?.hint, "every error carries a hint", file: sourceFile, line: sourceLine)
    }

    func testUntilBeforeFrom() throws {
        try courseFacts("runs: {from: 2022-05, until: 2021}")
        assertError(line: 5, column: 30, "`until` (2021) is before `from` (2022-05)")
    }

    func testRegistrationOutsideTheRun() throws {
        try courseFacts("runs:\n  from: 2021-01-01\n  until: 2021-06-30\nregistration: {opens: 2021-07-01}")
        assertError(line: 8, column: 23, "registration `opens` (2021-07-01) is after the entry ends")
    }

    func testRegistrationClosingBeforeItOpens() throws {
        try courseFacts("registration: {opens: 2026-05-10, closes: 2026-05-01}")
        assertError(line: 5, column: 43, "registration `closes` (2026-05-01) before it `opens` (2026-05-10)")
    }

    func testUnknownStatus() throws {
        try courseFacts("status: paused")
        assertError(line: 5, column: 9, "`paused` is not a valid `status`")
    }

    func testBrokenReplacementReference() throws {
        try courseFacts("runs: {until: 2020}\nreplaced_by: courses/course-b")
        assertError(line: 6, column: 14, "the replacement `courses/course-b` does not exist")
    }

    func testReplacementThatIsNotAReference() throws {
        try courseFacts("replaced_by: the new course")
        assertError(line: 5, column: 14, "`the new course` is not a reference to an entry")
    }

    func testDateThatIsNotADate() throws {
        try courseFacts("runs: {from: 2021-13}")
        assertError(line: 5, column: 14, "`from` is not a date: `2021-13`")
    }

    func testUnknownEligibilityStatus() throws {
        try courseFacts("eligible: [refugee, student]")
        assertError(line: 5, column: 11, "unknown status `student` in `eligible`")
    }

    func testEligibilityWithoutAVocabularyNamesSiteYAML() throws {
        try site.replace("eligibility:\n  refugee: {lv: bēglis, ru: беженец, en: a refugee}\n", with: "", in: "content/site.yaml")
        try courseFacts("eligible: [refugee]")
        let result = site.build()
        XCTAssertTrue(result.diagnostics.contains { $0.isError && $0.hint?.contains("site.yaml under `eligibility`") == true },
                      result.diagnostics.map(\.formatted).joined(separator: "\n"))
    }

    func testAStatusWithoutAReasonIsAWarning() throws {
        try courseFacts("status: suspended")
        let result = site.build()
        XCTAssertTrue(result.published)
        XCTAssertTrue(result.diagnostics.contains {
            !$0.isError && $0.location.path == "content/courses/course-a/lv.md" && $0.message.contains("no `status_note`")
        })
    }

    func testACourseWithoutACostIsAllowedAndShowsNoCost() throws {
        try site.replace("cost: {free: true, paid_by: municipality}\n", with: "", in: path)
        let result = site.build()
        XCTAssertTrue(result.published, result.diagnostics.map(\.formatted).joined(separator: "\n"))
        let page = try String(contentsOf: site.output.appendingPathComponent("en/courses/course-a/index.html"), encoding: .utf8)
        XCTAssertFalse(page.contains(">Cost<"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("en/courses/free/index.html").path))
    }

    func testSlugsOfTheSectionsOwnPagesAreRefused() throws {
        let text = try site.read("content/courses/course-a/lv.md")
        try site.write("content/courses/a1/entry.yaml", try site.read(path))
        try site.write("content/courses/a1/lv.md", text)
        let result = site.build()
        XCTAssertFalse(result.published)
        XCTAssertTrue(result.diagnostics.contains { $0.isError && $0.location.path == "content/courses/a1" && $0.message.contains("`a1`") },
                      result.diagnostics.map(\.formatted).joined(separator: "\n"))
    }
}
