import Foundation
@testable import GuideCheck
@testable import GuideModel
import XCTest

/// The three reports the calendar makes: an entry that ended after its last review, registration
/// closing within 30 days, and a text naming years for an entry without time facts; each in
/// text and in JSON, at the line of the field or sentence concerned.
final class TimeFactsCheckTests: XCTestCase {
    private var site: TestSite!
    private let today = CalendarDate(iso: "2026-06-01")!

    override func setUpWithError() throws {
        site = try TestSite()
        // course-a (reviewed 2026-02-01) ended on 2026-03-31, after its review: line 5.
        // legal-a (no time facts) names "2019–2021" on line 5 of lv.md.
        try site.replace("cost: {free: true, paid_by: municipality}\n", with: "cost: {free: true, paid_by: municipality}\nruns: {until: 2026-03}\n",
                         in: "content/courses/course-a/entry.yaml")
        try site.write("content/legal/legal-a/lv.md", "---\ntitle: Juridiskā palīdzība A\nsummary: Bezmaksas konsultācijas.\n---\nProjekts notika 2019–2021.\n")
        // course-b's registration closes on 2026-06-20, in 19 days: line 6.
        try site.write("content/courses/course-b/entry.yaml", """
        provider: organizations/org-a
        levels: [B1]
        mode: online
        cost: {free: true, paid_by: state}
        runs: {from: 2026-09}
        registration: {opens: 2026-05-01, closes: 2026-06-20}
        source: https://org.example.lv/b
        reviewed: 2026-05-01
        """)
        try site.write("content/courses/course-b/lv.md", "---\ntitle: Kurss B\nsummary: B1.\neligibility: Visi.\nregistration: Tiešsaistē.\n---\nTeksts.\n")
    }

    override func tearDown() {
        site.destroy()
    }

    private func report() -> CheckReport {
        ContentChecker(sourceRoot: site.root, today: today).check()
    }

    func testEachReportInText() {
        let report = report()
        let timeFindings = report.summaries.filter { ["ended-since-review", "registration-closing", "undated"].contains($0.split(separator: " ")[0]) }
        XCTAssertEqual(timeFindings.sorted(), [
            "ended-since-review warning content/courses/course-a/entry.yaml:5",
            "registration-closing warning content/courses/course-b/entry.yaml:6",
            "undated warning content/legal/legal-a/lv.md:5",
        ], report.text)
        let text = report.text
        XCTAssertTrue(text.contains("  line 5: warning: this entry ended 2026-03 by its `runs.until`, after its facts were last checked (2026-02-01)"), text)
        XCTAssertTrue(text.contains("  line 6: warning: registration closes on 2026-06-20, in 19 days"), text)
        XCTAssertTrue(text.contains("  line 5: warning: the text names the years 2019–2021, but entry.yaml has no time facts"), text)
        XCTAssertFalse(report.hasErrors, "the calendar's findings are for the editors, not reasons to fail")
    }

    func testEachReportInJSON() throws {
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(try report().json.utf8)) as? [String: Any])
        let diagnostics = try XCTUnwrap(json["diagnostics"] as? [[String: Any]])
        func finding(_ kind: String) -> [String: Any]? { diagnostics.first { $0["kind"] as? String == kind } }
        XCTAssertEqual(finding("ended-since-review")?["path"] as? String, "content/courses/course-a/entry.yaml")
        XCTAssertEqual(finding("ended-since-review")?["line"] as? Int, 5)
        XCTAssertEqual(finding("registration-closing")?["line"] as? Int, 6)
        XCTAssertEqual(finding("registration-closing")?["severity"] as? String, "warning")
        XCTAssertEqual(finding("undated")?["path"] as? String, "content/legal/legal-a/lv.md")
        XCTAssertEqual(finding("undated")?["line"] as? Int, 5)
    }

    func testNothingIsReportedOutsideTheWindows() throws {
        // A day before course-b's window begins to count, and with legal-a given time facts.
        try site.replace("source: https://org.example.lv/legal", with: "runs: {from: 2019, until: 2021}\nsource: https://org.example.lv/legal",
                         in: "content/legal/legal-a/entry.yaml")
        let report = ContentChecker(sourceRoot: site.root, today: CalendarDate(iso: "2026-05-20")!).check()
        XCTAssertEqual(report.summaries.filter { $0.hasPrefix("registration-closing") || $0.hasPrefix("undated") }, [], report.text)
        XCTAssertTrue(report.summaries.contains("ended-since-review warning content/legal/legal-a/entry.yaml:5") == false,
                      "legal-a ended in 2021, before its review in 2026: nothing to confirm")
    }

    func testDayArithmetic() {
        func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }
        XCTAssertEqual(date("2024-02-28").adding(days: 1), date("2024-02-29"))
        XCTAssertEqual(date("2023-02-28").adding(days: 1), date("2023-03-01"))
        XCTAssertEqual(date("2026-12-31").adding(days: 1), date("2027-01-01"))
        XCTAssertEqual(date("2026-06-01").adding(days: 30), date("2026-07-01"))
        XCTAssertEqual(date("2000-03-01").adding(days: -1), date("2000-02-29"))
        XCTAssertEqual(date("2026-06-01").days(until: date("2026-06-20")), 19)
        XCTAssertEqual(date("2024-01-01").days(until: date("2025-01-01")), 366)
    }
}
