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
}
