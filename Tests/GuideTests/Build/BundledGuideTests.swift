import Foundation
@testable import GuideCheck
@testable import GuideContent
@testable import GuideModel
@testable import GuideSite
import XCTest

/// The real guide in `content/` must stay complete: a later edit that drops a translation, a
/// source or a review date fails CI.
final class BundledGuideTests: XCTestCase {
    private static let requiredPages = ["home", "first-steps", "emergency", "choosing-a-course", "about", "learning-latvian",
                                        "status-and-rights"]

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
        XCTAssertGreaterThanOrEqual(site.entries(in: .organizations).count, 16)
        XCTAssertGreaterThanOrEqual(site.entries(in: .courses).count, 10)
        XCTAssertGreaterThanOrEqual(site.entries(in: .legal).count, 16)
        XCTAssertTrue(Set(site.entries.flatMap(\.common.locations).compactMap(\.municipality)).isSuperset(of: ["riga", "jelgava", "liepaja"]),
                      "places beyond Riga")
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

    /// Addresses no source could place on a map yet (each entry.yaml says so). Coordinates are
    /// never guessed: `guide locate` with the State Address Register's file places them, and then
    /// this list shrinks. A new address without coordinates fails here until it is listed.
    private static let addressesWithoutSourcedCoordinates: Set<String> = [
        "legal/drosa-maja-refugee-lawyer", "legal/ombudsman-discrimination", "organizations/drosa-maja",
        "organizations/sif", "organizations/tiesibsargs",
        "courses/intelekta-parks-third-country", "courses/intelekta-parks-ukrainians-2023", "legal/iom-voluntary-return",
        "legal/riga-ukrainian-support-centre", "legal/sif-one-stop-shop-jelgava", "legal/sif-one-stop-shop-liepaja",
        "legal/state-language-exam", "organizations/centrs-marta", "organizations/intelekta-parks", "organizations/iom-riga",
        "organizations/visc",
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

    /// Phones dial from any phone: international form (`+371 …`) or a short code such as 112,
    /// 116006 or 1201, which only work inside Latvia and are written as they are dialled there.
    func testEveryPhoneIsInInternationalOrShortCodeForm() throws {
        let (site, _) = try validatedSite()
        for entry in site.entries {
            for phone in entry.common.phones {
                let digits = phone.dialable.filter(\.isNumber)
                XCTAssertTrue(phone.number.hasPrefix("+") || (3...6).contains(digits.count),
                              "\(entry.id): `\(phone.number)` is neither +<country code> … nor a short code")
            }
        }
    }

    /// An entry whose text names a span of years ("2018–2021") says in its facts when it runs, so
    /// the guide can tell readers when it has ended: `guide check`'s `undated` report finds none.
    func testNoCourseOrServiceNamesYearsWithoutTimeFacts() throws {
        let report = ContentChecker(sourceRoot: Repository.root, today: TestSite.today).check()
        XCTAssertEqual(report.diagnostics.filter { $0.kind == .undated }.map(\.diagnostic.formatted), [])
    }
}
