import Foundation
@testable import GuideCheck
import XCTest

/// The real guide in `content/` passes `guide check`: no errors, every anchor and link right in
/// every language, and every entry written in every language.
final class BundledContentCheckTests: XCTestCase {
    func testBundledContentChecksWithoutErrors() throws {
        let report = ContentChecker(sourceRoot: Repository.root).check()
        XCTAssertEqual(report.errorCount, 0, report.text)
        // Review warnings come and go with the calendar; everything else must be clean.
        // And the missing feedback address, as BundledGuideTests explains.
        XCTAssertEqual(report.diagnostics.filter { $0.kind != .stale }.map(\.diagnostic.message),
                       ["no `feedback` address is set, so pages have no \"report a mistake\" link"])
        XCTAssertEqual(report.count(of: .missing), 0)
        XCTAssertEqual(report.count(of: .outdated), 0)
        XCTAssertEqual(report.versions.count, report.coverage.count * report.languages.count)
    }
}
