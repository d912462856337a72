@testable import GuideTheme
import XCTest

final class PluralRulesTests: XCTestCase {
    func testLatvian() {
        let expected: [Int: PluralCategory] = [0: .zero, 1: .one, 2: .other, 9: .other, 10: .zero, 11: .zero, 19: .zero,
                                               21: .one, 22: .other, 101: .one, 111: .zero, 120: .zero]
        for (n, category) in expected { XCTAssertEqual(PluralRules.category(for: n, language: "lv"), category, "lv \(n)") }
    }

    func testRussian() {
        let expected: [Int: PluralCategory] = [0: .many, 1: .one, 2: .few, 4: .few, 5: .many, 11: .many, 12: .many, 14: .many,
                                               21: .one, 22: .few, 25: .many, 101: .one, 111: .many, 112: .many, 122: .few]
        for (n, category) in expected { XCTAssertEqual(PluralRules.category(for: n, language: "ru"), category, "ru \(n)") }
    }

    func testUkrainian() {
        let expected: [Int: PluralCategory] = [0: .many, 1: .one, 2: .few, 4: .few, 5: .many, 11: .many, 12: .many, 14: .many,
                                               21: .one, 22: .few, 25: .many, 101: .one, 111: .many]
        for (n, category) in expected { XCTAssertEqual(PluralRules.category(for: n, language: "uk"), category, "uk \(n)") }
        XCTAssertEqual(PluralRules.category(for: 1.5, fractionDigits: 1, language: "uk"), .other)
        XCTAssertEqual(PluralRules.category(for: 21, fractionDigits: 0, language: "uk"), .one)
    }

    /// CLDR's rules for decimals: Slavic languages and English put every written fraction in
    /// `other`; Latvian looks at the digits after the point.
    func testDecimals() {
        XCTAssertEqual(PluralRules.category(for: 1.5, fractionDigits: 1, language: "ru"), .other)
        XCTAssertEqual(PluralRules.category(for: 1.0, fractionDigits: 1, language: "en"), .other)
        XCTAssertEqual(PluralRules.category(for: 0.1, fractionDigits: 1, language: "lv"), .one)
        XCTAssertEqual(PluralRules.category(for: 1.5, fractionDigits: 1, language: "lv"), .other)
        XCTAssertEqual(PluralRules.category(for: 10.0, fractionDigits: 1, language: "lv"), .zero)
        XCTAssertEqual(PluralRules.category(for: 0.11, fractionDigits: 2, language: "lv"), .zero)
        XCTAssertEqual(PluralRules.category(for: 0.21, fractionDigits: 2, language: "lv"), .one)
        XCTAssertEqual(PluralRules.category(for: 1.5, fractionDigits: 1, language: "fr"), .one)
        XCTAssertEqual(PluralRules.category(for: 2.5, fractionDigits: 1, language: "lt"), .many)
    }

    func testEnglishAndUnknownLanguages() {
        XCTAssertEqual(PluralRules.category(for: 1, language: "en"), .one)
        XCTAssertEqual(PluralRules.category(for: 0, language: "en"), .other)
        XCTAssertEqual(PluralRules.category(for: 1, language: "xx"), .other)
    }

    func testCountedPhrasesFromTheThemeStrings() throws {
        let theme = Repository.theme.appendingPathComponent("i18n")
        func strings(_ language: String) throws -> UIStrings {
            let text = try String(contentsOf: theme.appendingPathComponent("\(language).yaml"), encoding: .utf8)
            return try XCTUnwrap(UIStrings.parse(text, language: language, path: "\(language).yaml").0)
        }
        let lv = try strings("lv"), ru = try strings("ru"), en = try strings("en"), uk = try strings("uk")
        XCTAssertEqual([1, 2, 10, 21].map { lv.counted("courses", $0) }, ["1 kurss", "2 kursi", "10 kursu", "21 kurss"])
        XCTAssertEqual([1, 2, 5, 11, 22].map { ru.counted("courses", $0) }, ["1 курс", "2 курса", "5 курсов", "11 курсов", "22 курса"])
        XCTAssertEqual([1, 3].map { en.counted("courses", $0) }, ["1 course", "3 courses"])
        XCTAssertEqual([1, 2, 5, 11, 21, 22, 25].map { uk.counted("courses", $0) },
                       ["1 курс", "2 курси", "5 курсів", "11 курсів", "21 курс", "22 курси", "25 курсів"])
    }
}
