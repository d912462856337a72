@testable import GuideOutput
import XCTest

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

    func testTheFolderOfAPathIsEverythingBeforeItsLastSlash() {
        XCTAssertEqual(OutputPath.folder(of: "lv/kursi/riga-a1/index.html"), "lv/kursi/riga-a1")
        XCTAssertEqual(OutputPath.folder(of: "search/ru/r/ab12cd34/7.json"), "search/ru/r/ab12cd34")
        XCTAssertEqual(OutputPath.folder(of: "uzturēšanās/атлас/index.html"), "uzturēšanās/атлас")
        XCTAssertEqual(OutputPath.folder(of: "sitemap.xml"), "")
    }
}
