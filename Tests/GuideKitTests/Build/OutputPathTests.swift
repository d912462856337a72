import XCTest
@testable import GuideKit

/// Every file a build writes passes `OutputPath.isSafe`; nothing may land outside the output
/// folder, whatever a slug or a theme asset is called.
final class OutputPathTests: XCTestCase {
    func testPathsInsideTheOutputFolderAreSafe() {
        for path in ["index.html", "lv/kursi/riga-a1/index.html", "assets/style.0a1b2c3d.css", "a/.hidden", "a/...", "a..b/c.d"] {
            XCTAssertTrue(OutputPath.isSafe(path), path)
        }
    }

    func testPathsThatLeaveOrNameNoFileAreRefused() {
        for path in ["", "/etc/passwd", "..", "../x", "a/../../x", "a/..", ".", "./a", "a/./b", "a//b", "a/", "a\0b"] {
            XCTAssertFalse(OutputPath.isSafe(path), path.debugDescription)
        }
    }
}
