import Foundation
@testable import GuideCheck
@testable import GuideModel
import XCTest

/// `guide check` compares the content with the sitemap of the last published build: a page that
/// is gone without an alias would break every printed link to it.
final class MovedPagesCheckTests: XCTestCase {
    private var site: TestSite!

    override func setUpWithError() throws {
        site = try TestSite()
        XCTAssertTrue(site.build().published)
        // The course's folder is renamed, as an editor renames a slug.
        try FileManager.default.moveItem(at: site.root.appendingPathComponent("content/courses/course-a"),
                                         to: site.root.appendingPathComponent("content/courses/course-b"))
    }

    override func tearDown() {
        site.destroy()
    }

    private func moved(_ report: CheckReport) -> [Diagnostic] {
        report.diagnostics.filter { $0.kind == .movedWithoutAlias }.map(\.diagnostic)
    }

    func testRenameWithoutAliasWarnsForEveryPublishedLanguage() throws {
        let found = moved(ContentChecker(sourceRoot: site.root, today: TestSite.today).check())
        XCTAssertEqual(Set(found.map(\.message)), Set(["/lv/kursi/course-a/", "/ru/kursy/course-a/", "/en/courses/course-a/"].map {
            "`\($0)` was published, but no page or alias has that address now"
        }))
        XCTAssertEqual(found.count, 3)
        XCTAssertTrue(found.allSatisfy { $0.severity == .warning && $0.location.path == "Output/sitemap.xml" && $0.location.line > 1 })
        let latvian = try XCTUnwrap(found.first { $0.message.contains("/lv/") })
        XCTAssertTrue(latvian.hint!.contains("aliases: [/lv/kursi/course-a/]"), latvian.hint!)
    }

    func testAliasesSilenceTheWarning() throws {
        for (language, path) in [("lv", "/lv/kursi/course-a/"), ("ru", "/ru/kursy/course-a/"), ("en", "/en/courses/course-a/")] {
            try site.replace("---\ntitle:", with: "---\naliases: [\(path)]\ntitle:", in: "content/courses/course-b/\(language).md")
        }
        let report = ContentChecker(sourceRoot: site.root, today: TestSite.today).check()
        XCTAssertEqual(moved(report), [])
        XCTAssertFalse(report.hasErrors, "\(report.diagnostics)")
    }

    func testSitemapNamedOnTheCommandLine() throws {
        let elsewhere = site.root.appendingPathComponent("last-deploy.xml")
        try FileManager.default.moveItem(at: site.output.appendingPathComponent("sitemap.xml"), to: elsewhere)
        XCTAssertEqual(moved(ContentChecker(sourceRoot: site.root, today: TestSite.today).check()), [], "no sitemap, nothing to compare")
        let result = try runProcess(Repository.guideBinary, ["check", "--source", site.root.path, "--today", "2026-06-01",
                                                             "--published-sitemap", elsewhere.path, "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout.components(separatedBy: "\"kind\" : \"moved-without-alias\"").count - 1, 3, result.stdout)
    }

    func testAliasThatClashesFailsTheCheck() throws {
        try site.replace("---\ntitle:", with: "---\naliases: [/lv/kursi/]\ntitle:", in: "content/courses/course-b/lv.md")
        let result = try runProcess(Repository.guideBinary, ["check", "--source", site.root.path, "--today", "2026-06-01"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stdout.contains("content/courses/course-b/lv.md\n  line 2: error: the alias `/lv/kursi/` is the address of a live page"), result.stdout)
    }
}
