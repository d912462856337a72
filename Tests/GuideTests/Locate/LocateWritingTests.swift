import Foundation
@testable import GuideLocate
import GuideModel
import XCTest

/// What `guide locate` does to entry.yaml: only lines added, at the address, in the file's own
/// indentation and line endings; hand-written coordinates kept unless `--replace`.
final class LocateWritingTests: XCTestCase {
    private var fixture: LocateFixture!

    override func setUpWithError() throws {
        fixture = try LocateFixture()
    }

    override func tearDown() {
        fixture.destroy()
    }

    func testOnlyTheCoordinateLinesAreAddedUnderEachAddress() throws {
        let path = "content/organizations/safe-house/entry.yaml"
        let before = try fixture.text(of: path)
        let report = try fixture.locate()
        XCTAssertFalse(report.hasErrors)
        let after = try fixture.text(of: path)
        XCTAssertEqual(insertedLines(from: before, to: after), [
            "    # State Address Register (VZD aw_eka.csv), code 101000011, read 2026-12-06",
            "    latitude: 56.951201",
            "    longitude: 24.132802",
            "    # State Address Register (VZD aw_eka.csv), code 101000079, read 2026-12-06",
            "    latitude: 56.951801",
            "    longitude: 24.116502",
        ])
        // Directly under the address line, before the comments and keys that follow it.
        XCTAssertTrue(after.contains("""
              - address: Lāčplēša iela 75-1B, Rīga   # "Lāčplēša iela 75 - 1 B" on the site
                # State Address Register (VZD aw_eka.csv), code 101000011, read 2026-12-06
                latitude: 56.951201
                longitude: 24.132802
                # neighbourhood: not given
            """), after)
    }

    func testEveryOtherFileKeepsItsBytesExceptTheAddedLines() throws {
        let before = try LocateFixture.entries.keys.map { ($0, try fixture.text(of: $0)) }
        _ = try fixture.locate()
        for (path, text) in before {
            let after = try fixture.text(of: path)
            let added = try XCTUnwrap(insertedLines(from: text, to: after), "\(path): a line was changed or removed")
            XCTAssertEqual(added.count % 3, 0, path)
            for group in stride(from: 0, to: added.count, by: 3) {
                XCTAssertTrue(added[group].hasSuffix(", read 2026-12-06"), added[group])
                XCTAssertTrue(added[group + 1].trimmingCharacters(in: .whitespaces).hasPrefix("latitude: 5"), added[group + 1])
                XCTAssertTrue(added[group + 2].trimmingCharacters(in: .whitespaces).hasPrefix("longitude: 2"), added[group + 2])
            }
        }
        XCTAssertEqual(try fixture.text(of: "content/legal/hard-cases/entry.yaml"), LocateFixture.entries["content/legal/hard-cases/entry.yaml"],
                       "nothing there can be written: ambiguous, unmatched and a one-line {…} item")
    }

    func testContinuedCommentsAndDashAloneItemsGetTheLinesAfterThem() throws {
        _ = try fixture.locate()
        let jelgava = try fixture.text(of: "content/courses/jelgava/entry.yaml")
        XCTAssertTrue(jelgava.contains("""
              -
                address: Zemgales gatve 7, Jelgava, LV-3001
                # State Address Register (VZD aw_eka.csv), code
            """), jelgava)
        let pmlp = try fixture.text(of: "content/legal/pmlp/entry.yaml")
        XCTAssertTrue(pmlp.contains("""
              - address: "Pils laukums 4, Rīga, LV-1050"
                # State Address Register (VZD aw_eka.csv), code 101000045, read 2026-12-06
                latitude: 56.951102
                longitude: 24.101403
                neighbourhood: vecriga
            """), pmlp)
    }

    func testHandWrittenCoordinatesAreKeptWithoutReplace() throws {
        let path = "content/legal/pmlp/entry.yaml"
        let report = try fixture.locate()
        let kept = try XCTUnwrap(report.results.first { $0.address.hasPrefix("Čiekurkalna") })
        guard case .matched(let row, .keptExistingCoordinates(let distance)) = kept.outcome else {
            return XCTFail("\(kept.outcome)")
        }
        XCTAssertEqual(row.code, "101000087")
        XCTAssertEqual(try XCTUnwrap(distance), 86, accuracy: 1, "56.98263 24.15834 is 86 m from k-3's point")
        let text = try fixture.text(of: path)
        XCTAssertTrue(text.contains("    latitude: 56.98263\n    longitude: 24.15834\n"), text)
        XCTAssertFalse(text.contains("code 101000087"), text)
        XCTAssertTrue(report.text.contains("kept the coordinates already there (86 m from the register's point)"), report.text)
    }

    func testReplaceTakesTheRegistersPointAndKeepsTheOtherLines() throws {
        let path = "content/legal/pmlp/entry.yaml"
        let before = try fixture.text(of: path)
        _ = try fixture.locate(replacing: true)
        let after = try fixture.text(of: path)
        XCTAssertEqual(after, before
            .replacingOccurrences(of: "    latitude: 56.98263\n    longitude: 24.15834\n", with: "")
            .replacingOccurrences(of: "not stated\n", with: """
                not stated
                    # State Address Register (VZD aw_eka.csv), code 101000087, read 2026-12-06
                    latitude: 56.982101
                    longitude: 24.157302

                """)
            .replacingOccurrences(of: "Pils laukums 4, Rīga, LV-1050\"\n", with: """
                Pils laukums 4, Rīga, LV-1050"
                    # State Address Register (VZD aw_eka.csv), code 101000045, read 2026-12-06
                    latitude: 56.951102
                    longitude: 24.101403

                """))
        // A second run with --replace swaps its own lines, comment included, and changes nothing else.
        _ = try fixture.locate(replacing: true)
        XCTAssertEqual(try fixture.text(of: path), after)
    }

    func testASecondRunAddsNothing() throws {
        _ = try fixture.locate()
        let first = try LocateFixture.entries.keys.map { try fixture.text(of: $0) }
        let report = try fixture.locate()
        XCTAssertEqual(try LocateFixture.entries.keys.map { try fixture.text(of: $0) }, first)
        XCTAssertFalse(report.results.contains { $0.action == .written })
    }

    func testDryRunWritesNothing() throws {
        let report = try fixture.locate(writing: false)
        XCTAssertTrue(report.results.contains { $0.action == .wouldWrite })
        for (path, text) in LocateFixture.entries {
            XCTAssertEqual(try fixture.text(of: path), text, path)
        }
    }

    func testOneLineItemIsReportedWithTheCoordinatesToCopy() throws {
        let report = try fixture.locate()
        let item = try XCTUnwrap(report.results.first { $0.address == "Graudu iela 24, Liepāja" })
        XCTAssertEqual(item.action, .notEditable)
        let warning = try XCTUnwrap(item.diagnostic)
        XCTAssertEqual(warning.location, SourceLocation(path: "content/legal/hard-cases/entry.yaml", line: 10, column: 5))
        XCTAssertTrue(warning.hint?.contains("latitude: 56.508201, longitude: 21.010802") == true, warning.formatted)
        XCTAssertTrue(warning.hint?.contains("101000215") == true, warning.formatted)
    }

    func testCarriageReturnLineEndsAreKept() throws {
        let path = "content/organizations/safe-house/entry.yaml"
        let crlf = LocateFixture.entries[path]!.replacingOccurrences(of: "\n", with: "\r\n")
        try Data(crlf.utf8).write(to: fixture.root.appendingPathComponent(path))
        _ = try fixture.locate()
        let after = try fixture.text(of: path)
        XCTAssertFalse(after.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line still ends in CRLF")
        XCTAssertTrue(after.contains("on the site\r\n    # State Address Register (VZD aw_eka.csv), code 101000011, read 2026-12-06\r\n"))
    }
}
