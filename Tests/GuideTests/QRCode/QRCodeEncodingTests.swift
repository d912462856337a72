@testable import GuideQRCode
import XCTest

final class QRCodeEncodingTests: XCTestCase {
    func testLibqrencodePicksTheSmallestVersionThatHoldsTheURL() throws {
        let short = try QRCode(encoding: "https://guide.test/lv/")
        XCTAssertEqual(short.version, 2, "22 bytes need version 2 at level M")
        XCTAssertEqual(short.modulesPerSide, 25)
        let long = try QRCode(encoding: "https://guide.test/" + String(repeating: "a", count: 181))
        XCTAssertEqual(long.version, 10, "200 bytes need version 10 at level M")
        XCTAssertEqual(long.modulesPerSide, 57)
    }

    func testTheFixedPatternsAreWhereTheStandardPutsThem() throws {
        let code = try QRCode(encoding: "https://guide.test/en/")
        let last = code.modulesPerSide - 1
        for (row, column) in [(0, 0), (0, last - 6), (last - 6, 0)] {
            XCTAssertTrue((0..<7).allSatisfy { code.isDark(row: row, column: column + $0) }, "finder's top edge at \(row),\(column)")
            XCTAssertFalse(code.isDark(row: row + 1, column: column + 1), "finder's light ring at \(row),\(column)")
            XCTAssertTrue(code.isDark(row: row + 3, column: column + 3), "finder's centre at \(row),\(column)")
        }
        XCTAssertTrue(code.isDark(row: last - 7, column: 8), "the dark module beside the bottom left finder")
    }

    func testAnEmptyTextIsRefused() {
        XCTAssertThrowsError(try QRCode(encoding: "")) { error in
            XCTAssertEqual(error as? QRCodeError, .empty)
        }
    }

    func testATextLongerThanTheLargestCodeIsRefused() {
        XCTAssertThrowsError(try QRCode(encoding: "https://guide.test/" + String(repeating: "a", count: 4981))) { error in
            XCTAssertEqual(error as? QRCodeError, .tooLong(byteCount: 5000))
        }
        // The largest code holds 2,331 bytes at level M; one more is refused, not truncated.
        XCTAssertNoThrow(try QRCode(encoding: String(repeating: "a", count: 2331)))
        XCTAssertThrowsError(try QRCode(encoding: String(repeating: "a", count: 2332))) { error in
            XCTAssertEqual(error as? QRCodeError, .tooLong(byteCount: 2332))
        }
    }
}
