@testable import GuidePages
import XCTest

/// A facts row is rendered once per language and set of values; anything that differs, even only
/// the language its value is written in, is rendered on its own.
final class FactRowCacheTests: XCTestCase {
    private typealias Row = EntryFactsPresenter.Row

    private let level = Row(label: "Level", value: "A1", links: [], valueLanguage: nil)

    func testTheSameRowInTheSameLanguageIsRenderedOnce() {
        let cache = FactRowCache()
        var renders = 0
        for _ in 0..<3 {
            XCTAssertEqual(cache.html(for: level, language: "en") { renders += 1; return "<dt>Level</dt>" }, "<dt>Level</dt>")
        }
        XCTAssertEqual(renders, 1)
    }

    func testRowsThatDifferInLanguageValueLanguageOrLinksAreEachRendered() {
        let cache = FactRowCache()
        let variants = [
            (level, "lv"),
            (Row(label: "Level", value: "A1", links: [], valueLanguage: "lv"), "en"),
            (Row(label: "Level", value: "A1", links: [Row.Link(href: "/en/a/", text: "A1")], valueLanguage: nil), "en"),
            (Row(label: "Level", value: "A2", links: [], valueLanguage: nil), "en"),
        ]
        XCTAssertEqual(cache.html(for: level, language: "en") { "first" }, "first")
        for (position, (row, language)) in variants.enumerated() {
            XCTAssertEqual(cache.html(for: row, language: language) { "variant \(position)" }, "variant \(position)")
        }
        XCTAssertEqual(cache.html(for: level, language: "en") { "rendered again" }, "first")
        XCTAssertEqual(cache.count, 5)
    }

    func testAFullCacheKeepsItsRowsAndRendersNewOnesEveryTime() {
        let cache = FactRowCache(limit: 2)
        for value in ["A1", "A2", "B1"] {
            let row = Row(label: "Level", value: value, links: [], valueLanguage: nil)
            XCTAssertEqual(cache.html(for: row, language: "en") { value }, value)
        }
        XCTAssertEqual(cache.count, 2)
        XCTAssertEqual(cache.html(for: level, language: "en") { "rendered again" }, "A1", "a row kept from before the cache filled")
        let late = Row(label: "Level", value: "B1", links: [], valueLanguage: nil)
        XCTAssertEqual(cache.html(for: late, language: "en") { "B1 again" }, "B1 again", "a row that came after is not kept")
    }
}
