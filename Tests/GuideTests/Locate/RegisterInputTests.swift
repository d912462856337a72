import Foundation
@testable import GuideLocate
import GuideModel
import XCTest

/// A register that is damaged or is not the register: named by file and line, refused, and the
/// content left as it was.
final class RegisterInputTests: XCTestCase {
    private var fixture: LocateFixture!

    override func setUpWithError() throws {
        fixture = try LocateFixture()
    }

    override func tearDown() {
        fixture.destroy()
    }

    private func registerLines(_ format: TestRegister.Format = .comma) -> [String] {
        TestRegister.text(format: format).components(separatedBy: format == .comma ? "\r\n" : "\n")
    }

    private func assertContentUnchanged(file: StaticString = #filePath, line: UInt = #line) throws {
        for (path, text) in LocateFixture.entries {
            XCTAssertEqual(try fixture.text(of: path), text, path, file: file, line: line)
        }
    }

    func testBrokenRowsAreErrorsNamingTheFileAndLineAndNothingIsWritten() throws {
        var lines = registerLines()
        lines[40] = lines[40].replacingOccurrences(of: ",\"", with: ",\"unclosed ")
            .replacingOccurrences(of: "\",", with: " ,")
        lines[90] = "101999999,108,EKS,Y"
        lines[120] = lines[120].replacingOccurrences(of: ",56.", with: ",56,")
            .replacingOccurrences(of: ",LV-", with: ",LV")
        let register = try TestRegister.write(lines.joined(separator: "\r\n"), to: fixture.root, name: "broken.csv")
        let report = try fixture.locate(register: register)
        XCTAssertTrue(report.hasErrors)
        let errors = report.problems.filter(\.isError)
        XCTAssertEqual(errors.map(\.location), [SourceLocation(path: "aw_eka.csv", line: 41),
                                                SourceLocation(path: "aw_eka.csv", line: 91),
                                                SourceLocation(path: "aw_eka.csv", line: 121)])
        XCTAssertTrue(errors[0].message.contains("quoted field that is not closed"), errors[0].message)
        XCTAssertEqual(errors[1].message, "malformed register row: it has 4 fields where the header has 21")
        XCTAssertTrue(errors[0].formatted.hasPrefix("aw_eka.csv:41:1: error: malformed register row"), errors[0].formatted)
        // The addresses are still matched and reported, so the editor sees what a good file would give.
        XCTAssertTrue(report.results.contains { $0.action == .notWrittenBecauseOfErrors })
        try assertContentUnchanged()
    }

    func testCoordinateThatIsNotANumberIsABrokenRow() throws {
        var lines = registerLines()
        lines[7] = lines[7].replacingOccurrences(of: #",(56\.\d+),"#, with: ",56°57',", options: .regularExpression)
        let register = try TestRegister.write(lines.joined(separator: "\r\n"), to: fixture.root, name: "degrees.csv")
        let report = try fixture.locate(register: register)
        let error = try XCTUnwrap(report.problems.first)
        XCTAssertEqual(error.location.line, 8)
        XCTAssertTrue(error.message.contains("DD_N `56°57'`"), error.message)
    }

    func testAnotherFileOfTheDataSetIsRefused() throws {
        // aw_dziv.csv, the flats: the same first columns, but no coordinates.
        let flats = "\u{FEFF}KODS,TIPS_CD,STATUSS,APSTIPR,APST_PAK,VKUR_CD,VKUR_TIPS,NOSAUKUMS,SORT_NOS,ATRIB,DAT_SAK,DAT_MOD,DAT_BEIG,STD\r\n"
            + "100123457,109,EKS,Y,252,100123456,108,5,00005,,1992.01.01,2024.03.20,,\"Brīvības iela 21 - 5, Rīga, LV-1010\"\r\n"
        let register = try TestRegister.write(flats, to: fixture.root, name: "aw_dziv.csv")
        XCTAssertThrowsError(try fixture.locate(register: register)) { error in
            guard let refusal = error as? LocateRefusal else { return XCTFail("\(error)") }
            XCTAssertEqual(refusal, .notARegister(path: "aw_eka.csv", missingColumns: ["DD_N", "DD_E"],
                                                  foundColumns: ["KODS", "TIPS_CD", "STATUSS", "APSTIPR", "APST_PAK", "VKUR_CD", "VKUR_TIPS",
                                                                 "NOSAUKUMS", "SORT_NOS", "ATRIB", "DAT_SAK", "DAT_MOD", "DAT_BEIG", "STD"]))
            XCTAssertEqual(refusal.message, "aw_eka.csv is not the State Address Register's buildings file (aw_eka.csv): its first line has no `DD_N`, `DD_E` columns")
        }
        try assertContentUnchanged()
    }

    func testTextThatIsNotARegisterAndAnEmptyFileAreRefused() throws {
        for text in ["name,address,phone\nDrošā māja,\"Lāčplēša iela 75, Rīga\",+371 25565098\n", ""] {
            let register = try TestRegister.write(text, to: fixture.root, name: "other.csv")
            XCTAssertThrowsError(try fixture.locate(register: register)) { error in
                guard case .notARegister(_, let missing, _) = error as? LocateRefusal else { return XCTFail("\(error)") }
                XCTAssertEqual(missing, RegisterHeader.requiredColumns)
            }
        }
        try assertContentUnchanged()
    }

    func testMissingRegisterIsRefused() throws {
        XCTAssertThrowsError(try fixture.locate(register: fixture.root.appendingPathComponent("nowhere.csv"))) { error in
            guard case .registerUnreadable = error as? LocateRefusal else { return XCTFail("\(error)") }
        }
    }

    func testARegisterReadInChunksFindsRowsAcrossChunkBoundaries() throws {
        // Enough filler for several chunks, with the named rows last, so their lines straddle
        // buffer ends somewhere and every line number must still be right.
        var rows: [TestRegister.Row] = []
        for index in 0..<12_000 {
            rows.append(TestRegister.Row(code: String(103_000_000 + index), standardAddress: "Vārnu iela \(index + 1), Talsi, Talsu nov., LV-3201",
                                         latitude: "57.245001", longitude: "22.587002"))
        }
        let text = TestRegister.text(rows + TestRegister.named)
        XCTAssertGreaterThan(text.utf8.count, 2 * LineStreamer.chunkSize)
        let register = try TestRegister.write(text, to: fixture.root, name: "large.csv")
        let report = try fixture.locate(writing: false, register: register)
        let jelgava = try XCTUnwrap(report.results.first { $0.address == "Skolotāju ielā 8, Jelgava" })
        guard case .matched(let row, _) = jelgava.outcome else { return XCTFail("\(jelgava.outcome)") }
        XCTAssertEqual(row.line, 1 + rows.count + 1 + TestRegister.named.firstIndex { $0.code == "101000185" }!)
        XCTAssertEqual(report.registerRows, rows.count + TestRegister.named.count)
    }
}
