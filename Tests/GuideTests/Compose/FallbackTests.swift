@testable import GuideCheck
@testable import GuideModel
import XCTest

final class FallbackTests: XCTestCase {
    private func entry(languages: [String]) -> Entry {
        var translations: [String: Translation] = [:]
        for code in languages {
            translations[code] = Translation(language: code, path: "\(code).md", title: "T-\(code)", summary: "S", body: "", bodyFirstLine: 4)
        }
        return Entry(id: EntryID(section: .pages, slug: "x"), folder: "content/pages/x", common: CommonFacts(),
                     facts: .page(PageFacts(menuPosition: nil)), translations: translations)
    }

    private let configuration = SiteConfiguration(
        baseURL: "https://g.test/",
        languages: ["lv", "ru", "en"].map { .init(code: $0, name: $0, title: $0, isRightToLeft: false, sectionPaths: [:], searchPath: "search", mapPath: "map") },
        requiredLanguages: ["lv"], fallbackOrder: ["lv", "en", "ru"],
        review: .init(warnAfterMonths: 12, errorAfterMonths: nil),
        map: .init(tileURLTemplate: "", attribution: ""), neighbourhoods: [:])

    func testOwnLanguageWins() {
        let choice = TranslationChooser(configuration: configuration).text(of: entry(languages: ["lv", "ru", "en"]), in: "ru")
        XCTAssertEqual(choice.translation.title, "T-ru")
        XCTAssertFalse(choice.isFallback)
    }

    func testFallbackFollowsTheConfiguredOrder() {
        let chooser = TranslationChooser(configuration: configuration)
        XCTAssertEqual(chooser.text(of: entry(languages: ["lv", "en"]), in: "ru").translation.title, "T-lv")
        XCTAssertEqual(chooser.text(of: entry(languages: ["en", "ru"]), in: "lv").translation.title, "T-en")
        XCTAssertTrue(chooser.text(of: entry(languages: ["en"]), in: "ru").isFallback)
    }

    /// A language may have an order of its own; the others keep the site's.
    func testALanguageWithItsOwnFallbackOrder() {
        var configuration = configuration
        configuration.languages.append(.init(code: "uk", name: "uk", title: "uk", isRightToLeft: false, sectionPaths: [:],
                                             searchPath: "search", mapPath: "map", fallbackOrder: ["en", "lv", "ru"]))
        let chooser = TranslationChooser(configuration: configuration)
        XCTAssertEqual(chooser.text(of: entry(languages: ["lv", "ru", "en"]), in: "uk").translation.title, "T-en")
        XCTAssertEqual(chooser.text(of: entry(languages: ["lv", "ru"]), in: "uk").translation.title, "T-lv")
        XCTAssertEqual(chooser.text(of: entry(languages: ["ru", "en"]), in: "lv").translation.title, "T-en")
    }
}
