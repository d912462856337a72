import Foundation
import XCTest

/// A build into an output folder that already holds a site links the files it would write with
/// the same bytes instead of writing them, and writes the rest; the published site is the same
/// either way, and the old one is never changed.
final class StagingLinkTests: BuiltSiteTestCase {
    private func inode(_ path: String) throws -> UInt {
        var status = stat()
        guard lstat(site.output.appendingPathComponent(path).path, &status) == 0 else { throw TestSiteError("no \(path)") }
        return UInt(status.st_ino)
    }

    func testAnUnchangedFileIsLinkedAndAChangedOneWritten() throws {
        let unchanged = "lv/organizacijas/org-a/index.html", changed = "lv/kursi/course-a/index.html"
        let unchangedInode = try inode(unchanged), changedInode = try inode(changed)
        try site.replace("Run by", with: "Since 2020 run by", in: "content/courses/course-a/lv.md")
        let result = site.build()
        XCTAssertTrue(result.published, result.diagnostics.map(\.formatted).joined(separator: "\n"))
        XCTAssertEqual(try inode(unchanged), unchangedInode)
        XCTAssertNotEqual(try inode(changed), changedInode)
        XCTAssertTrue(try site.read("Output/" + changed).contains("Since 2020 run by"))

        let fresh = try TestSite()
        defer { fresh.destroy() }
        try fresh.write("content/courses/course-a/lv.md", try site.read("content/courses/course-a/lv.md"))
        XCTAssertTrue(fresh.build().published)
        XCTAssertEqual(snapshot(of: site.output), snapshot(of: fresh.output), "the same site as a build into an empty folder")
    }

    func testASymbolicLinkInTheOldSiteIsNotTakenOver() throws {
        let page = "en/index.html"
        let outside = site.root.appendingPathComponent("outside.html")
        try site.write("outside.html", try site.read("Output/" + page))
        try FileManager.default.removeItem(at: site.output.appendingPathComponent(page))
        try FileManager.default.createSymbolicLink(at: site.output.appendingPathComponent(page), withDestinationURL: outside)
        XCTAssertTrue(site.build().published)
        let attributes = try FileManager.default.attributesOfItem(atPath: site.output.appendingPathComponent(page).path)
        XCTAssertEqual(attributes[.type] as? FileAttributeType, .typeRegular)
        XCTAssertEqual(try site.read("outside.html"), try site.read("Output/" + page), "the file outside is left as it was")
    }
}
