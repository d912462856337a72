import Foundation
@testable import GuideCheck
@testable import GuideModel
import XCTest

/// The calendar arithmetic behind review ages.
final class ReviewCalendarCheckTests: XCTestCase {
    func testMonthsAreAddedToTheSameDayOrTheMonthsEnd() {
        func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }
        XCTAssertEqual(date("2026-11-15").adding(months: 2), date("2027-01-15"))
        XCTAssertEqual(date("2024-01-31").adding(months: 1), date("2024-02-29"))
        XCTAssertEqual(date("2023-01-31").adding(months: 1), date("2023-02-28"))
        XCTAssertEqual(date("2026-03-01").adding(months: 24), date("2028-03-01"))
        XCTAssertNil(date("2999-06-01").adding(months: 12))
    }

    func testTodayIsTheUTCDate() {
        // 2026-03-01 23:30 UTC is already 2 March in Riga: the check counts in UTC everywhere.
        XCTAssertEqual(CalendarDate.day(at: Date(timeIntervalSince1970: 1_772_407_800)), CalendarDate(iso: "2026-03-01"))
        // A SOURCE_DATE_EPOCH may name any second; past 2999 there is no day, and no crash.
        XCTAssertNil(CalendarDate.day(at: Date(timeIntervalSince1970: 32_503_680_000)))
        XCTAssertEqual(CalendarDate.day(at: Date(timeIntervalSince1970: 32_503_679_999)), CalendarDate(iso: "2999-12-31"))
    }
}
