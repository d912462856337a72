@testable import GuideSupport
import XCTest

final class PlaceholderTests: XCTestCase {
    func testEveryBlankIsFilled() {
        XCTAssertEqual("{n} of {n}".fillingPlaceholder("n", with: "3"), "3 of 3")
        XCTAssertEqual("No blank here.".fillingPlaceholder("n", with: "3"), "No blank here.")
    }

    func testAValueEndingWithAFullStopTakesThePlaceOfTheNextOne() {
        XCTAssertEqual("Ceļveža informācija {date}.".fillingPlaceholder("date", with: "6.12.2026."), "Ceļveža informācija 6.12.2026.")
        XCTAssertEqual("Sākas {when}. Tālāk".fillingPlaceholder("when", with: "1.09.2026."), "Sākas 1.09.2026. Tālāk")
        XCTAssertEqual("State on {date}.".fillingPlaceholder("date", with: "6 December 2026"), "State on 6 December 2026.")
        XCTAssertEqual("{date}, then".fillingPlaceholder("date", with: "6.12.2026."), "6.12.2026., then")
    }

    func testSeveralBlanksAreFilledInOnePass() {
        let values: KeyValuePairs = ["day": "6", "month": "12", "year": "2026", "month_name": "{year}"]
        XCTAssertEqual("{day}.{month}.{year}.".fillingPlaceholders(values), "6.12.2026.")
        XCTAssertEqual("{month_name} {year}".fillingPlaceholders(values), "{year} 2026", "a value is not searched for blanks")
        XCTAssertEqual("{{day}} {unknown} {day".fillingPlaceholders(values), "{6} {unknown} {day")
        XCTAssertEqual("{".fillingPlaceholders(values), "{")
        XCTAssertEqual("}{}".fillingPlaceholders(values), "}{}")
    }
}
