import Foundation
import XCTest

/// Tests that read the pages of a freshly built `TestSite`.
class BuiltSiteTestCase: XCTestCase {
    var site: TestSite!

    override func setUpWithError() throws {
        site = try TestSite()
        let result = site.build()
        XCTAssertTrue(result.published, result.diagnostics.map(\.formatted).joined(separator: "\n"))
    }

    override func tearDown() {
        site.destroy()
    }

    func page(_ path: String) throws -> String {
        try String(contentsOf: site.output.appendingPathComponent(path), encoding: .utf8)
    }
}
