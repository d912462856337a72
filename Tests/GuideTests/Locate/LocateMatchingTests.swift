import Foundation
@testable import GuideLocate
import GuideModel
import XCTest

/// `guide locate` on the test register: which row each address of the content is matched to,
/// and what is reported for those it cannot place.
final class LocateMatchingTests: XCTestCase {
    private var fixture: LocateFixture!
    private var report: LocateReport!

    override func setUpWithError() throws {
        fixture = try LocateFixture()
        report = try fixture.locate(writing: false)
    }

    override func tearDown() {
        fixture.destroy()
    }

    private func result(_ address: String) throws -> LocationResult {
        try XCTUnwrap(report.results.first { $0.address == address }, "no result for \(address)")
    }

    func testEveryExpectedAddressIsMatchedToItsCode() throws {
        var expected = LocateFixture.expectedCodes
        expected["Zemgales gatve 7, Jelgava, LV-3001"] = try XCTUnwrap(
            TestRegister.filler.first { $0.standardAddress == "Zemgales gatve 7, Jelgava, LV-3001" }?.code)
        for (address, code) in expected {
            guard case .matched(let row, _) = try result(address).outcome else {
                XCTFail("\(address) was not matched: \(try result(address).outcome)")
                continue
            }
            XCTAssertEqual(row.code, code, address)
            XCTAssertTrue(row.exists, address)
        }
    }

    func testLookAlikeStreetInAnotherTownIsNotTaken() throws {
        guard case .matched(let jelgava, _) = try result("Skolotāju ielā 8, Jelgava").outcome,
              case .matched(let ozolnieki, _) = try result("Skolotāju iela 8, Ozolnieki, Jelgavas novads").outcome else {
            return XCTFail("both Skolotāju iela 8 should be matched")
        }
        XCTAssertEqual(jelgava.standardAddress, "Skolotāju iela 8, Jelgava, LV-3001")
        XCTAssertEqual(ozolnieki.standardAddress, "Skolotāju iela 8, Ozolnieki, Ozolnieku pag., Jelgavas nov., LV-3018")
    }

    func testAddressWithoutTownFittingTwoBuildingsIsAmbiguousWithBoth() throws {
        guard case .ambiguous(let rows) = try result("Skolotāju iela 8").outcome else {
            return XCTFail("\(try result("Skolotāju iela 8").outcome)")
        }
        XCTAssertEqual(Set(rows.map(\.code)), ["101000185", "101000193"])
        guard case .ambiguous(let sigulda) = try result("Skolas iela 5, Siguldas nov.").outcome else {
            return XCTFail("a municipality with two such buildings is ambiguous")
        }
        XCTAssertEqual(Set(sigulda.map(\.code)), ["101000223", "101000240"], "not Liepāja's Skolas iela 5")

        let warning = try XCTUnwrap(try result("Skolotāju iela 8").diagnostic)
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertEqual(warning.location, SourceLocation(path: "content/legal/hard-cases/entry.yaml", line: 3, column: 5))
        XCTAssertTrue(warning.hint?.contains("Skolotāju iela 8, Ozolnieki, Ozolnieku pag., Jelgavas nov., LV-3018 (code 101000193)") == true,
                      warning.formatted)
    }

    func testFlatSuffixIsPlacedAtItsBuilding() throws {
        let flat = try result("Lāčplēša iela 75-1B, Rīga")
        XCTAssertEqual(flat.flat, "1b")
        let dashed = try result("Lāčplēša iela 75 – 9/10, Rīga")
        XCTAssertEqual(dashed.flat, "9/10")
        XCTAssertTrue(report.text.contains("flat 1b is not in the buildings file"), report.text)
    }

    func testUnmatchedAddressesSayWhatTheRegisterHas() throws {
        let reasons: [String: String] = [
            "Lāčplēša iela 999, Rīga": "has this street (in Rīga) but no building number 999",
            "Neesošā iela 1, Rīga": "no street of that name",
            "Elizabetes iela 2, Rīga": "only as no longer existing (STATUSS DEL)",
            "Skolotāju iela 8, Liepāja": "only in other places",
        ]
        for (address, reason) in reasons {
            guard case .unmatched(let said, _) = try result(address).outcome else {
                XCTFail("\(address): \(try result(address).outcome)")
                continue
            }
            XCTAssertTrue(said.contains(reason), "\(address): \(said)")
            XCTAssertEqual(try result(address).diagnostic?.severity, .warning, address)
        }
        guard case .unmatched(_, let lookalikes) = try result("Skolotāju iela 8, Liepāja").outcome else { return }
        XCTAssertEqual(Set(lookalikes.map(\.code)), ["101000185", "101000193"])
    }

    func testBuildingWithoutCoordinatesIsAWarningNotAMatch() throws {
        guard case .withoutCoordinates(let row) = try result("Jaunā iela 1, Rīga").outcome else {
            return XCTFail("\(try result("Jaunā iela 1, Rīga").outcome)")
        }
        XCTAssertEqual(row.code, "101000177")
    }

    func testWarningsAloneAreNotErrors() {
        XCTAssertFalse(report.hasErrors, report.diagnostics.map(\.formatted).joined(separator: "\n"))
        XCTAssertEqual(report.registerRows, TestRegister.allRows.count)
        XCTAssertEqual(report.existingRows, TestRegister.allRows.filter { $0.status == "EKS" }.count)
        XCTAssertTrue(report.summary.hasPrefix("guide locate: 16 of 23 addresses matched (14 would be written: dry run), 2 ambiguous, 5 not placed"),
                      report.summary)
    }

    func testOlderSemicolonAndHashFormatGivesTheSameMatches() throws {
        let other = try LocateFixture(registerText: TestRegister.text(format: .semicolonAndHash))
        defer { other.destroy() }
        let otherReport = try other.locate(writing: false)
        XCTAssertEqual(otherReport.results, report.results)
    }
}
