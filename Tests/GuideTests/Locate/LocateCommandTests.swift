import Foundation
import XCTest

/// `guide locate` through the real binary: what an editor sees, and the exit codes.
final class LocateCommandTests: XCTestCase {
    private var fixture: LocateFixture!

    override func setUpWithError() throws {
        fixture = try LocateFixture()
    }

    override func tearDown() {
        fixture.destroy()
    }

    private func run(_ extra: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        try runProcess(Repository.guideBinary, ["locate", "--source", fixture.root.path, "--today", "2026-12-06"] + extra,
                       in: fixture.root)
    }

    func testMatchesGoToStandardOutputAndWarningsToStandardError() throws {
        let result = try run(["--register", "aw_eka.csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains(
            "content/legal/pmlp/entry.yaml:9: Pils laukums 4, Rīga, LV-1050 → code 101000045, 56.951102 24.101403: written\n"), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix(
            "guide locate: 16 of 23 addresses matched (14 written), 2 ambiguous, 5 not placed; 324 register rows read (292 existing).\n"),
                      result.stdout)
        XCTAssertTrue(result.stderr.contains(
            "content/legal/hard-cases/entry.yaml:3:5: warning: `Skolotāju iela 8` fits 2 buildings in the register\n    hint: "), result.stderr)
        XCTAssertTrue(result.stderr.contains("content/legal/hard-cases/entry.yaml:6:5: warning: `Neesošā iela 1, Rīga` is not in the register"),
                      result.stderr)
        let written = try fixture.text(of: "content/courses/jelgava/entry.yaml")
        XCTAssertTrue(written.contains("  - address: Skolotāju ielā 8, Jelgava\n    # State Address Register (VZD aw_eka.csv), code 101000185, read 2026-12-06\n"),
                      written)
    }

    func testBrokenRegisterExitsOneAndWritesNothing() throws {
        var text = TestRegister.text()
        text += "101999999,108,EKS\r\n"
        try TestRegister.write(text, to: fixture.root)
        let result = try run(["--register", "aw_eka.csv"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("aw_eka.csv:326:1: error: malformed register row: it has 3 fields where the header has 21"),
                      result.stderr)
        XCTAssertEqual(try fixture.text(of: "content/courses/jelgava/entry.yaml"), LocateFixture.entries["content/courses/jelgava/entry.yaml"])
    }

    func testFileThatIsNotTheRegisterExitsTwo() throws {
        try TestRegister.write("KODS;NOSAUKUMS\n1;x\n", to: fixture.root, name: "aw_iela.csv")
        let result = try run(["--register", "aw_iela.csv"])
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix(
            "error: aw_iela.csv is not the State Address Register's buildings file (aw_eka.csv): its first line has no `STATUSS`, `STD`, `DD_N`, `DD_E` columns\n    hint: "),
                      result.stderr)
        XCTAssertEqual(result.stdout, "")
    }

    func testRegisterOptionIsRequired() throws {
        XCTAssertEqual(try run([]).status, 2)
    }
}
