import Foundation
@testable import GuideCheck
@testable import GuideModel
import XCTest

/// `guide check --published`: a freshly built folder passes; each way of breaking it afterwards
/// is found, with its kind, where it is.
final class PublishedSiteCheckTests: XCTestCase {
    private var site: TestSite!

    override func setUpWithError() throws {
        site = try TestSite()
        let result = site.build()
        XCTAssertTrue(result.published, "\(result.diagnostics)")
    }

    override func tearDown() {
        site.destroy()
    }

    private func check() -> CheckReport {
        PublishedSiteChecker(folder: site.output).check()
    }

    /// Leaflet's stylesheet names icons for controls the map does not use, and Debian ships them
    /// apart; a browser never fetches them, and the check says so as warnings.
    private func isLeafletIcon(_ finding: CheckDiagnostic) -> Bool {
        finding.kind == .missingAsset && finding.diagnostic.severity == .warning
            && finding.diagnostic.location.path.hasPrefix("assets/leaflet/")
    }

    private func findings(_ kind: CheckDiagnostic.Kind) -> [Diagnostic] {
        check().diagnostics.filter { $0.kind == kind && !isLeafletIcon($0) }.map(\.diagnostic)
    }

    func testFreshBuildPassesClean() throws {
        let report = check()
        XCTAssertEqual(report.diagnostics.filter { !isLeafletIcon($0) }, [])
        let result = try runProcess(Repository.guideBinary, ["check", "--published", site.output.path])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertEqual(result.stdout, report.text)
        XCTAssertTrue(result.stdout.hasPrefix("0 errors") || result.stdout.contains("\n0 errors, "), result.stdout)
    }

    func testFreshBuildWithAliasesPassesClean() throws {
        try site.replace("---\ntitle:", with: "---\naliases: [/lv/kursi/old-course/]\ntitle:", in: "content/courses/course-a/lv.md")
        XCTAssertTrue(site.build().published)
        XCTAssertEqual(check().diagnostics.filter { !isLeafletIcon($0) }, [])
    }

    func testDeletedStylesheetIsAMissingAsset() throws {
        let stylesheet = try XCTUnwrap(snapshot(of: site.output).keys.first { $0.hasPrefix("assets/style.") && $0.hasSuffix(".css") })
        try site.remove("Output/" + stylesheet)
        let missing = findings(.missingAsset)
        XCTAssertFalse(missing.isEmpty)
        XCTAssertTrue(missing.allSatisfy { $0.severity == .error && $0.message.contains(stylesheet) && $0.location.path.hasSuffix(".html") })
        XCTAssertTrue(missing.contains { $0.location.path == "lv/index.html" && $0.location.line > 1 })
    }

    func testUnreachableFileIsAWarning() throws {
        try site.write("Output/lv/draft-notes.txt", "left over")
        XCTAssertEqual(findings(.unreachable).map(\.location.path), ["lv/draft-notes.txt"])
        XCTAssertEqual(findings(.unreachable).first?.severity, .warning)
        XCTAssertFalse(check().hasErrors)
    }

    func testLinkToNoPageIsAnError() throws {
        try site.replace("</main>", with: #"<a href="/lv/nowhere/">x</a></main>"#, in: "Output/lv/index.html")
        let broken = findings(.brokenLink)
        XCTAssertEqual(broken.count, 1)
        XCTAssertEqual(broken.first?.severity, .error)
        XCTAssertEqual(broken.first?.location.path, "lv/index.html")
        XCTAssertTrue(broken.first?.message.contains("/lv/nowhere/") ?? false)
    }

    func testInlineHandlerIsAPolicyError() throws {
        try site.replace("<main", with: #"<main onclick="steal()""#, in: "Output/lv/index.html")
        let line = try site.read("Output/lv/index.html").components(separatedBy: "\n").firstIndex { $0.contains("onclick") }! + 1
        let violations = findings(.policy)
        XCTAssertEqual(violations.map(\.location), [SourceLocation(path: "lv/index.html", line: line, column: violations.first?.location.column ?? 0)])
        XCTAssertTrue(violations.first?.message.contains("onclick") ?? false)
    }

    func testEveryPolicyBreachIsFound() throws {
        try site.replace("</main>", with: """
        <script>alert(1)</script><script type="application/ld+json">{}</script><p style="color:red">x</p><a href="javascript:void(0)">y</a></main>
        """, in: "Output/en/index.html")
        let messages = findings(.policy).map(\.message)
        XCTAssertEqual(messages.count, 3, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("inline <script>") })
        XCTAssertTrue(messages.contains { $0.contains("style=") })
        XCTAssertTrue(messages.contains { $0.contains("javascript:") })
    }

    func testBrokenFolderThroughTheBinaryInTextAndJSON() throws {
        try site.replace("</main>", with: #"<a href="/lv/nowhere/">x</a></main>"#, in: "Output/lv/index.html")
        try site.replace("<main", with: #"<main onclick="steal()""#, in: "Output/ru/index.html")
        try site.write("Output/stray.txt", "left over")

        let text = try runProcess(Repository.guideBinary, ["check", "--published", site.output.path])
        XCTAssertEqual(text.status, 1, text.stderr)
        XCTAssertEqual(text.stdout, check().text)
        XCTAssertTrue(text.stdout.contains("lv/index.html\n  line "), text.stdout)
        XCTAssertTrue(text.stdout.contains("\n2 errors, "), text.stdout)

        let json = try runProcess(Repository.guideBinary, ["check", "--published", site.output.path, "--format", "json"])
        XCTAssertEqual(json.status, 1, json.stderr)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let kinds = (report["diagnostics"] as? [[String: Any]] ?? [])
            .filter { !(($0["path"] as? String)?.hasPrefix("assets/leaflet/") ?? false) }.compactMap { $0["kind"] as? String }
        XCTAssertEqual(kinds.sorted(), ["broken-link", "policy", "unreachable"])
    }

    func testNotAFolderIsAUsageError() throws {
        let result = try runProcess(Repository.guideBinary, ["check", "--published", site.root.appendingPathComponent("nothing").path])
        XCTAssertEqual(result.status, 2, result.stdout + result.stderr)
    }

    /// An empty folder, a mistyped path or the source folder passed with no finding at all.
    func testAFolderWithoutASiteIsAnError() throws {
        for folder in [site.root.appendingPathComponent("empty"), site.root] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let report = PublishedSiteChecker(folder: folder).check()
            XCTAssertEqual(report.errorCount, 1, folder.path)
            XCTAssertTrue(report.diagnostics.first?.diagnostic.message.contains("this is not a built site") ?? false)
        }
    }

    /// Tiles the site serves itself are a URL template in the map's markup, not a missing file.
    func testTilesOfTheSiteItselfAreNoMissingFile() throws {
        try site.write("content/site.yaml", try site.read("content/site.yaml") + "map:\n  tiles: /tiles/{z}/{x}/{y}.png\n")
        XCTAssertTrue(site.build().published)
        XCTAssertTrue(try String(contentsOf: site.output.appendingPathComponent("lv/kursi/course-a/index.html"), encoding: .utf8).contains("/tiles/{z}/{x}/{y}.png"))
        XCTAssertEqual(PublishedSiteChecker(folder: site.output).check().errorCount, 0)
    }
}
