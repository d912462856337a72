import Foundation
@testable import GuideCheck
@testable import GuideModel
import XCTest

/// The two ways `guide check` prints the fixture's report: text an editor reads, JSON a tool diffs.
final class CheckReportFormatTests: XCTestCase {
    func testTextGroupsProblemsByFileThenShowsCoverageVersionsAndSummary() throws {
        let fixture = try CheckFixture()
        defer { fixture.site.destroy() }
        let report = fixture.check()
        let lines = report.text.components(separatedBy: "\n")

        let fileHeaders = lines.filter { $0.hasPrefix("content/") }
        XCTAssertEqual(fileHeaders, ["content/courses/course-a/ru.md", "content/organizations/org-a/entry.yaml",
                                     "content/organizations/org-a/lv.md", "content/pages/home/en.md"])
        let problems = lines.filter { $0.hasPrefix("  line ") }
        XCTAssertEqual(problems.count, 4, report.text)
        XCTAssertEqual(lines.count { $0.hasPrefix("    hint: ") }, 4, report.text)
        XCTAssertTrue(lines.contains("  line 7: error: the link points to `courses/old-course`, which does not exist"), report.text)
        XCTAssertTrue(lines.contains("  line 15: warning: the facts were last checked on 2026-01-15, more than 12 months ago"), report.text)
        let header = try XCTUnwrap(lines.firstIndex(of: "content/pages/home/en.md"))
        XCTAssertTrue(lines[header + 1].hasPrefix("  line 5: warning: `content/organizations/org-a/en.md` has no heading `#opening-hours`"), lines[header + 1])

        let coverage = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Translations") })
        XCTAssertEqual(cells(lines[coverage + 1]), ["lv", "ru", "en"])
        XCTAssertEqual(lines[(coverage + 2)...(coverage + 5)].map(cells), [
            ["courses/course-a", "present", "outdated", "present"],
            ["legal/legal-a", "present", "present", "missing"],
            ["organizations/org-a", "present", "present", "present"],
            ["pages/home", "present", "present", "present"],
        ])
        let versions = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Versions") })
        let lvMark = try XCTUnwrap(report.versions.first { $0.path == "content/courses/course-a/lv.md" }).mark
        XCTAssertEqual(cells(lines[versions + 2]).prefix(2), ["courses/course-a", lvMark][...])
        XCTAssertEqual(cells(lines[versions + 3]).last, "-", "legal-a has no en.md, so no version")

        XCTAssertEqual(lines.suffix(2), ["1 error, 3 warnings. Translations: 10 present, 1 outdated, 1 missing.", ""])
        XCTAssertFalse(lines.contains { $0.hasSuffix(" ") }, "no trailing spaces")
    }

    func testJSONHasTheDocumentedShapeAndFindings() throws {
        let fixture = try CheckFixture()
        defer { fixture.site.destroy() }
        let report = fixture.check()
        let text = try report.json
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])

        XCTAssertEqual(Set(json.keys), ["version", "summary", "diagnostics", "coverage", "hashes"])
        XCTAssertEqual(json["version"] as? Int, 1)
        XCTAssertEqual(json["summary"] as? [String: Int], ["errors": 1, "warnings": 3])

        let diagnostics = try XCTUnwrap(json["diagnostics"] as? [[String: Any]])
        for diagnostic in diagnostics {
            XCTAssertEqual(Set(diagnostic.keys), ["severity", "path", "line", "column", "message", "hint", "kind"])
        }
        XCTAssertEqual(diagnostics.map { "\($0["kind"]!) \($0["severity"]!) \($0["path"]!):\($0["line"]!)" }, [
            "outdated warning content/courses/course-a/ru.md:6",
            "stale warning content/organizations/org-a/entry.yaml:15",
            "markdown error content/organizations/org-a/lv.md:7",
            "anchor warning content/pages/home/en.md:5",
        ])
        XCTAssertEqual(diagnostics[2]["message"] as? String, "the link points to `courses/old-course`, which does not exist")

        let coverage = try XCTUnwrap(json["coverage"] as? [[String: Any]])
        XCTAssertEqual(coverage.map { $0["entry"] as? String }, ["courses/course-a", "legal/legal-a", "organizations/org-a", "pages/home"])
        XCTAssertEqual(coverage[0]["languages"] as? [String: String], ["lv": "present", "ru": "outdated", "en": "present"])
        XCTAssertEqual(coverage[1]["languages"] as? [String: String], ["lv": "present", "ru": "present", "en": "missing"])

        let hashes = try XCTUnwrap(json["hashes"] as? [[String: String]])
        XCTAssertEqual(hashes.count, 11)
        XCTAssertEqual(hashes.map { $0["path"]! }, hashes.map { $0["path"]! }.sorted())
        XCTAssertTrue(hashes.allSatisfy { Set($0.keys) == ["path", "hash"] && $0["hash"]!.count == 8 })
        let lvHash = try XCTUnwrap(hashes.first { $0["path"] == "content/courses/course-a/lv.md" }?["hash"])
        XCTAssertTrue(try fixture.site.read("content/courses/course-a/en.md").contains("translated_from: lv:\(lvHash)"))
    }

    /// Keys sorted and arrays in a fixed order: two runs print the same bytes, so reports diff.
    func testJSONIsStable() throws {
        let fixture = try CheckFixture()
        defer { fixture.site.destroy() }
        let first = try fixture.check().json
        XCTAssertEqual(first, try fixture.check().json)
        XCTAssertTrue(first.hasPrefix("{\n  \"coverage\" : ["), String(first.prefix(40)))
    }

    /// Every diagnostic object has the same keys, so a tool need not test for them.
    func testMissingHintIsNull() throws {
        let report = CheckReport(diagnostics: [CheckDiagnostic(.theme, .error(at: SourceLocation(path: "themes/default"), "no hint here"))],
                                 languages: [], coverage: [], versions: [])
        let json = try report.json
        XCTAssertTrue(json.contains("\"hint\" : null"), json)
    }

    func testCleanReportSaysSoInOneLine() throws {
        let site = try TestSite()
        defer { site.destroy() }
        try site.write("content/legal/legal-a/ru.md", "---\ntitle: A\nsummary: A.\n---\nA.\n")
        try site.write("content/legal/legal-a/en.md", "---\ntitle: A\nsummary: A.\n---\nA.\n")
        let report = ContentChecker(sourceRoot: site.root, today: CalendarDate(iso: "2026-06-01")!).check()
        XCTAssertEqual(report.diagnostics, [])
        XCTAssertEqual(report.text.components(separatedBy: "\n").suffix(2),
                       ["0 errors, 0 warnings. Translations: 12 present, 0 outdated, 0 missing.", ""])
        XCTAssertTrue(report.text.hasPrefix("Translations"), report.text)
    }

    private func cells(_ line: String) -> [String] {
        line.split(separator: " ").map(String.init)
    }
}
