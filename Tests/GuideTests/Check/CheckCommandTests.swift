import Foundation
import XCTest

/// `guide check` as editors and CI run it: output on standard output, exit codes as for build.
final class CheckCommandTests: XCTestCase {
    func testContentErrorsExitOneAndPrintTheReport() throws {
        let fixture = try CheckFixture()
        defer { fixture.site.destroy() }
        let result = try runProcess(Repository.guideBinary, ["check", "--source", fixture.site.root.path, "--today", "2027-01-20"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stdout, fixture.check().text)
    }

    func testJSONFormat() throws {
        let fixture = try CheckFixture()
        defer { fixture.site.destroy() }
        let result = try runProcess(Repository.guideBinary, ["check", "--source", fixture.site.root.path, "--format", "json", "--today", "2027-01-20"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stdout, try fixture.check().json)
    }

    func testWarningsAloneExitZero() throws {
        let site = try TestSite()
        defer { site.destroy() }
        let result = try runProcess(Repository.guideBinary, ["check", "--source", site.root.path, "--today", "2027-06-01"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains(" warnings."), result.stdout)
    }

    func testUsageErrorsExitTwo() throws {
        for arguments in [["check", "--format", "xml"], ["check", "--today", "20.01.2027"], ["check", "--no-such-option"]] {
            let result = try runProcess(Repository.guideBinary, arguments)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)")
        }
    }
}
