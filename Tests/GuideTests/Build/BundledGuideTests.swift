import Foundation
@testable import GuideContent
@testable import GuideModel
@testable import GuideSite
import XCTest

/// The real guide in `content/` must stay complete: a later edit that drops a translation, a
/// source or a review date fails CI.
final class BundledGuideTests: XCTestCase {
    private static let requiredPages = ["home", "first-steps", "emergency", "choosing-a-course", "about"]

    private func validatedSite() throws -> (ValidatedSite, [Diagnostic]) {
        let (loaded, loadDiagnostics) = ContentLoader(sourceRoot: Repository.root).load()
        let (site, diagnostics) = ContentValidator(today: TestSite.today).validate(loaded)
        return (try XCTUnwrap(site), loadDiagnostics + diagnostics)
    }

    func testBuildsWithoutErrorsOrWarnings() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("bundled-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = SiteBuilder().build(BuildOptions(sourceRoot: Repository.root, output: output))
        // The editors have no published contact address yet (content/pages/about says so), so
        // the one warning is that pages have no "report a mistake" link.
        XCTAssertEqual(result.diagnostics.map(\.message), ["no `feedback` address is set, so pages have no \"report a mistake\" link"])
        XCTAssertTrue(result.published)
        let (site, _) = try validatedSite()
        for entry in site.entries where !entry.isHome {
            for language in site.configuration.languageCodes {
                let path = SiteURLs.file(for: SiteURLs(configuration: site.configuration).entry(entry.id, language))
                XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path), path)
            }
        }
    }

    /// Phones on metered data: an entry page with its stylesheet ≤ 30 kB, the search scripts
    /// ≤ 15 kB, no web fonts, and nothing fetched from other hosts (tiles aside, which only the
    /// map script requests).
    func testPagesStayWithinTheWeightBudget() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("budget-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        XCTAssertTrue(SiteBuilder().build(BuildOptions(sourceRoot: Repository.root, output: output)).published)
        let files = snapshot(of: output)
        let css = try XCTUnwrap(files.first { $0.key.hasPrefix("assets/style.") && $0.key.hasSuffix(".css") }?.value)
        let (site, _) = try validatedSite()
        let urls = SiteURLs(configuration: site.configuration)
        var heaviest = 0
        for entry in site.entries where !entry.isHome {
            for language in site.configuration.languageCodes {
                let html = try XCTUnwrap(files[SiteURLs.file(for: urls.entry(entry.id, language))])
                heaviest = max(heaviest, html.count + css.count)
                XCTAssertLessThanOrEqual(html.count + css.count, WeightBudget.entryPageBytes, "\(entry.id) in \(language)")
            }
        }
        print("heaviest entry page with CSS: \(heaviest) bytes")
        let search = WeightBudget.firstSearchScriptBytes(files.map { ($0.key, Array($0.value)) })
        print("search scripts: \(search) bytes")
        XCTAssertLessThanOrEqual(search, WeightBudget.searchScriptBytes)
        for (path, data) in files where path.hasSuffix(".html") || path.hasSuffix(".css") {
            let text = String(decoding: data, as: UTF8.self)
            XCTAssertFalse(text.contains("@font-face"), "\(path): no web fonts")
            for attribute in ["src=\"http", "href=\"http"] where path.hasSuffix(".html") {
                // Absolute links to other sites are fine; only loaded resources count.
                for tag in ["<script ", "<link rel=\"stylesheet\"", "<img ", "<iframe "] {
                    XCTAssertFalse(text.components(separatedBy: tag).dropFirst().contains { $0.prefix(200).contains(attribute) },
                                   "\(path) loads a resource from another host")
                }
            }
        }
    }

    func testEveryEntryIsWrittenInEveryLanguage() throws {
        let (site, _) = try validatedSite()
        for entry in site.entries {
            XCTAssertEqual(entry.translations.keys.sorted(), site.configuration.languageCodes.sorted(),
                           "\(entry.id) must exist in every language (no fallback in the bundled guide)")
        }
    }

    func testCounts() throws {
        let (site, _) = try validatedSite()
        XCTAssertEqual(site.entries(in: .organizations).count, 12)
        XCTAssertGreaterThanOrEqual(site.entries(in: .courses).count, 8)
        XCTAssertGreaterThanOrEqual(site.entries(in: .legal).count, 6)
        XCTAssertTrue(Set(site.entries(in: .pages).map(\.id.slug)).isSuperset(of: Self.requiredPages))
    }

    func testEveryEntryHasSourceAndReviewDate() throws {
        let (site, _) = try validatedSite()
        for entry in site.entries {
            XCTAssertNotNil(entry.common.source, "\(entry.id) needs `source`")
            XCTAssertNotNil(entry.common.reviewed, "\(entry.id) needs `reviewed`")
        }
    }

    func testCoursesSpanTheLevels() throws {
        let (site, _) = try validatedSite()
        var levels: Set<CEFRLevel> = []
        for case .course(let course) in site.entries(in: .courses).map(\.facts) { levels.formUnion(course.levels) }
        XCTAssertTrue(levels.isSuperset(of: [.a1, .a2, .b1, .b2, .c1]), "\(levels)")
    }

    /// Addresses no source could place on a map yet (each entry.yaml says what was searched).
    /// Coordinates are never guessed; this list may only shrink, and a new address without
    /// coordinates fails here until someone finds a source for it.
    private static let addressesWithoutSourcedCoordinates: Set<String> = [
        "legal/drosa-maja-refugee-lawyer", "legal/ombudsman-discrimination", "organizations/drosa-maja",
        "organizations/sif", "organizations/tiesibsargs",
    ]

    func testOfficesHaveCoordinatesInsideLatvia() throws {
        let (site, _) = try validatedSite()
        var unplaced: Set<String> = []
        for entry in site.entries {
            for location in entry.common.locations {
                guard let latitude = location.latitude, let longitude = location.longitude else {
                    unplaced.insert(entry.id.description)
                    continue
                }
                XCTAssertTrue(EntryFactsValidator.latitudes.contains(latitude) && EntryFactsValidator.longitudes.contains(longitude),
                              "\(entry.id): \(latitude), \(longitude) is outside Latvia")
            }
        }
        XCTAssertTrue(unplaced.isSubset(of: Self.addressesWithoutSourcedCoordinates),
                      "addresses without coordinates: \(unplaced.subtracting(Self.addressesWithoutSourcedCoordinates).sorted())")
    }
}
