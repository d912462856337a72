import Foundation
@testable import GuideOutput
@testable import GuideSite
import XCTest

/// After each kind of edit, the folder `guide serve` keeps up to date must hold exactly what a
/// full build of the same sources writes, and the cheap path must really have been taken.
final class IncrementalSiteBuilderTests: XCTestCase {
    private var root: URL!
    private var builder: IncrementalSiteBuilder!
    private var served: URL { root.appendingPathComponent("served") }

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("guide-incremental-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["content", "themes"] {
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        builder = IncrementalSiteBuilder(options: BuildOptions(sourceRoot: root, output: served, showsEditHints: true))
        let first = builder.build(changedFiles: nil)
        XCTAssertTrue(first.published, "\(first.diagnostics)")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: root)
    }

    private func edit(_ path: String, _ change: (String) -> String) throws -> [String] {
        let url = root.appendingPathComponent(path)
        try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        return [path]
    }

    /// A full build of the same sources into a fresh folder, compared file by file.
    private func assertMatchesFullBuild(file: StaticString = #filePath, line: UInt = #line) {
        builder.waitForExports()
        let fresh = root.appendingPathComponent("fresh-\(UUID().uuidString)")
        let result = SiteBuilder().build(BuildOptions(sourceRoot: root, output: fresh, showsEditHints: true))
        XCTAssertTrue(result.published, "\(result.diagnostics)", file: file, line: line)
        let expected = snapshot(of: fresh), actual = snapshot(of: served)
        XCTAssertEqual(Array(Set(actual.keys).symmetricDifference(expected.keys).sorted().prefix(5)), [], "files only on one side", file: file, line: line)
        let differing = expected.keys.filter { actual[$0] != nil && actual[$0] != expected[$0] }.sorted()
        XCTAssertEqual(differing, [], "files that differ", file: file, line: line)
    }

    /// Redirect pages are written, and checked against every page, by a full build only.
    func testAddedAliasMakesAFullBuild() throws {
        let changed = try edit("content/courses/riga-municipality-a-b/lv.md") { text in
            text.replacingOccurrences(of: "---\ntitle:", with: "---\naliases: [/lv/kursi/old-name/]\ntitle:")
        }
        XCTAssertTrue(builder.build(changedFiles: changed).published)
        XCTAssertEqual(builder.lastUpdate, .full)
        XCTAssertTrue(FileManager.default.fileExists(atPath: served.appendingPathComponent("lv/kursi/old-name/index.html").path))
        assertMatchesFullBuild()
    }

    func testEditedCourseTextRendersOnlyItsPages() throws {
        let changed = try edit("content/courses/riga-municipality-a-b/lv.md") { $0 + "\nJauns teikums par reģistrāciju.\n" }
        let result = builder.build(changedFiles: changed)
        XCTAssertTrue(result.published, "\(result.diagnostics)")
        guard case .incremental(let pages) = builder.lastUpdate else { return XCTFail("took the full path") }
        XCTAssertEqual(pages, 1, "lists show front matter only, and the other languages have their own texts")
        assertMatchesFullBuild()
    }

    func testEditedSummaryReachesTheListsButNotTheOtherLanguages() throws {
        let changed = try edit("content/courses/riga-municipality-a-b/lv.md") { text in
            text.replacingOccurrences(of: "\nsummary: ", with: "\nsummary: Bez maksas. ", options: [], range: nil)
        }
        XCTAssertTrue(builder.build(changedFiles: changed).published)
        guard case .incremental(let pages) = builder.lastUpdate else { return XCTFail("took the full path") }
        XCTAssertEqual(pages, 16, "in Latvian only: the course, the course list, the course map, the organisations (listed with their courses), the provider's page, which lists it, the home page, whose card sums up the courses, the pages of its six filter values (A1, A2, B1, B2, free, blended) and the four towns' handouts, which list every course without an address")
        assertMatchesFullBuild()
    }

    func testAnotherEditWhileOneFileIsBrokenStillReportsIt() throws {
        let path = "content/courses/nva-refugees-latvian/en.md"
        let original = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        XCTAssertFalse(builder.build(changedFiles: try edit(path) { $0.replacingOccurrences(of: "\ntitle: ", with: "\ntitel: ") }).published)
        let other = builder.build(changedFiles: try edit("content/legal/pmlp-residence/en.md") { $0 + "\nOne more sentence.\n" })
        XCTAssertFalse(other.published, "the broken file is still broken")
        XCTAssertTrue(other.diagnostics.contains { $0.severity == .error && $0.location.path == path }, "\(other.diagnostics)")
        XCTAssertTrue(builder.build(changedFiles: try edit(path) { _ in original }).published)
        assertMatchesFullBuild()
    }

    func testCourseMovedToAnotherProviderMatchesAFullBuild() throws {
        let changed = try edit("content/courses/drosa-maja-latvian-course/entry.yaml") {
            $0.replacingOccurrences(of: "provider: organizations/drosa-maja", with: "provider: organizations/lva")
        }
        XCTAssertTrue(builder.build(changedFiles: changed).published)
        assertMatchesFullBuild()
    }

    func testEditedOrganisationFactsReachItsServicesPages() throws {
        let changed = try edit("content/organizations/drosa-maja/entry.yaml") {
            $0.replacingOccurrences(of: "website: https://", with: "website: https://www.", options: [], range: nil)
        }
        XCTAssertEqual(builder.build(changedFiles: changed).published, true)
        XCTAssertNotEqual(builder.lastUpdate, .full)
        assertMatchesFullBuild()
    }

    func testEditedTitleReordersTheSectionIndex() throws {
        let changed = try edit("content/legal/pmlp-residence/ru.md") { text in
            text.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Аааа ", options: [], range: nil)
        }
        XCTAssertEqual(builder.build(changedFiles: changed).published, true)
        XCTAssertNotEqual(builder.lastUpdate, .full)
        assertMatchesFullBuild()
    }

    func testDeferredExportWaitsUntilAskedAndExportsStayInOrder() throws {
        let guideJSON = served.appendingPathComponent("data/guide.json")
        let before = try Data(contentsOf: guideJSON)
        let retitled = try edit("content/courses/riga-municipality-a-b/en.md") { text in
            text.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Free ", options: [], range: nil)
        }
        XCTAssertEqual(builder.build(changedFiles: retitled, defersExport: true).published, true)
        XCTAssertNotEqual(builder.lastUpdate, .full)
        XCTAssertEqual(try Data(contentsOf: guideJSON), before, "the export waits")
        builder.writeDeferredExport()
        builder.waitForExports()
        XCTAssertNotEqual(try Data(contentsOf: guideJSON), before)
        assertMatchesFullBuild()

        // A pending export is started by the next build and written before that build's own.
        XCTAssertEqual(builder.build(changedFiles: try edit("content/courses/riga-municipality-a-b/lv.md") { $0 + "\nVēl viens teikums.\n" },
                                     defersExport: true).published, true)
        XCTAssertEqual(builder.build(changedFiles: try edit("content/legal/pmlp-residence/en.md") { $0 + "\nOne more sentence.\n" }).published, true)
        XCTAssertNotEqual(builder.lastUpdate, .full)
        assertMatchesFullBuild()
    }

    func testBrokenEditKeepsTheServedSiteThenTheFixCatchesUp() throws {
        let before = snapshot(of: served)
        let path = "content/courses/nva-refugees-latvian/en.md"
        let original = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        let broken = try edit(path) { $0 + "\nSee [nothing](courses/no-such-course).\n" }
        let failed = builder.build(changedFiles: broken)
        XCTAssertFalse(failed.published)
        XCTAssertTrue(failed.diagnostics.contains { $0.severity == .error && $0.location.path == path }, "\(failed.diagnostics)")
        XCTAssertEqual(snapshot(of: served), before, "the last good site stays")
        let fixed = try edit(path) { _ in original + "\nOne more sentence.\n" }
        XCTAssertTrue(builder.build(changedFiles: fixed).published)
        assertMatchesFullBuild()
    }

    func testMenuPageAndNewEntryTakeTheFullPath() throws {
        let menu = try edit("content/pages/about/en.md") { $0.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: More ") }
        XCTAssertTrue(builder.build(changedFiles: menu).published)
        XCTAssertEqual(builder.lastUpdate, .full, "every page's menu shows this title")
        assertMatchesFullBuild()

        let source = root.appendingPathComponent("content/courses/riga-municipality-a-b")
        try FileManager.default.copyItem(at: source, to: root.appendingPathComponent("content/courses/riga-copy"))
        let added = ["content/courses/riga-copy/entry.yaml", "content/courses/riga-copy/lv.md"]
        XCTAssertTrue(builder.build(changedFiles: added).published)
        XCTAssertEqual(builder.lastUpdate, .full)
        assertMatchesFullBuild()
    }
}
