import Foundation
@testable import GuideOutput
import XCTest

/// A build into an output folder that already holds a site brings the kept site before last up
/// to date and exchanges it with the published one: files it already holds stay, files the
/// published site holds are linked, the rest are written. Whatever happened to either folder in
/// between, the published site is the same as a build into an empty folder.
final class KeptSiteTests: BuiltSiteTestCase {
    private var kept: URL { StagingFolder.keptFolder(for: site.output) }

    private func status(_ path: String, in folder: URL? = nil) throws -> stat {
        var status = stat()
        let full = (folder ?? site.output).appendingPathComponent(path).path
        guard lstat(full, &status) == 0 else { throw TestSiteError("no \(full)") }
        return status
    }

    private func build(file: StaticString = #filePath, line: UInt = #line) {
        let result = site.build()
        XCTAssertTrue(result.published, result.diagnostics.map(\.formatted).joined(separator: "\n"), file: file, line: line)
    }

    /// The site a build into an empty folder makes of the same content.
    private func assertSameAsFreshBuild(file: StaticString = #filePath, line: UInt = #line) throws {
        let fresh = site.root.appendingPathComponent("Fresh-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: fresh)
            try? FileManager.default.removeItem(at: StagingFolder.keptFolder(for: fresh))
        }
        XCTAssertTrue(site.build(output: fresh).published, file: file, line: line)
        let built = snapshot(of: site.output), expected = snapshot(of: fresh)
        XCTAssertEqual(built.keys.sorted(), expected.keys.sorted(), file: file, line: line)
        for (path, data) in expected where built[path] != data { XCTFail("\(path) differs from a fresh build", file: file, line: line) }
    }

    func testAnUnchangedFileIsLinkedAndAChangedOneWritten() throws {
        let unchanged = "lv/organizacijas/org-a/index.html", changed = "lv/kursi/course-a/index.html"
        let unchangedInode = try status(unchanged).st_ino, changedInode = try status(changed).st_ino
        try site.replace("Run by", with: "Since 2020 run by", in: "content/courses/course-a/lv.md")
        build()
        XCTAssertEqual(try status(unchanged).st_ino, unchangedInode)
        XCTAssertNotEqual(try status(changed).st_ino, changedInode)
        XCTAssertTrue(try site.read("Output/" + changed).contains("Since 2020 run by"))
        try assertSameAsFreshBuild()
    }

    func testTheKeptSiteIsUpdatedInPlaceAndOnlyChangedFilesAreWritten() throws {
        build()
        // Now the kept folder holds the first build and the published one the second.
        let unchanged = "en/organizations/org-a/index.html", changed = "en/courses/course-a/index.html"
        let keptUnchanged = try status(unchanged, in: kept), keptChanged = try status(changed, in: kept)
        try site.replace("Run by", with: "Since 2020 run by", in: "content/courses/course-a/en.md")
        build()
        let published = try status(unchanged)
        XCTAssertEqual(published.st_ino, keptUnchanged.st_ino, "the kept file itself is published")
        XCTAssertEqual(FileStamp(published), FileStamp(keptUnchanged), "and was not written again")
        XCTAssertNotEqual(try status(changed).st_ino, keptChanged.st_ino)
        XCTAssertTrue(try site.read("Output/" + changed).contains("Since 2020 run by"))
        try assertSameAsFreshBuild()
        try site.replace("Since 2020 run by", with: "Run by", in: "content/courses/course-a/en.md")
        build()
        try assertSameAsFreshBuild()
    }

    func testAFileChangedInThePublishedSiteIsNotCarriedOver() throws {
        let page = "en/index.html"
        let original = try site.read("Output/" + page)
        // The same length, so only the time shows the change.
        try Data(String(original.reversed()).utf8).write(to: site.output.appendingPathComponent(page))
        build()
        XCTAssertEqual(try site.read("Output/" + page), original)
        try Data(String(original.reversed()).utf8).write(to: site.output.appendingPathComponent(page))
        build()
        build()
        XCTAssertEqual(try site.read("Output/" + page), original)
        try assertSameAsFreshBuild()
    }

    func testWhatOthersLeftInTheKeptFolderIsNotPublished() throws {
        build()
        try Data("stray".utf8).write(to: kept.appendingPathComponent("stray.html"))
        try FileManager.default.createDirectory(at: kept.appendingPathComponent("stray/deeper"), withIntermediateDirectories: true)
        try Data("stray".utf8).write(to: kept.appendingPathComponent("stray/deeper/index.html"))
        try Data("changed".utf8).write(to: kept.appendingPathComponent("en/index.html"))
        try FileManager.default.createSymbolicLink(at: kept.appendingPathComponent("lv/link.html"),
                                                   withDestinationURL: site.root.appendingPathComponent("content/site.yaml"))
        build()
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("stray").path))
        try assertSameAsFreshBuild()
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/site.yaml").path))
    }

    func testWithoutItsManifestTheKeptFolderStillGivesTheSameSite() throws {
        build()
        try FileManager.default.removeItem(at: kept.appendingPathComponent(KeptSiteManifest.fileName))
        try site.replace("Run by", with: "Since 2020 run by", in: "content/courses/course-a/lv.md")
        build()
        try assertSameAsFreshBuild()
        try FileManager.default.removeItem(at: kept)
        build()
        try assertSameAsFreshBuild()
    }

    func testTheManifestIsNeverPublishedAndOnlyTheKeptFolderStaysBeside() throws {
        for _ in 0..<3 {
            build()
            XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(KeptSiteManifest.fileName).path))
            XCTAssertTrue(FileManager.default.fileExists(atPath: kept.appendingPathComponent(KeptSiteManifest.fileName).path))
        }
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".Output") }
        XCTAssertEqual(beside, [".Output-previous"])
    }

    func testASymbolicLinkInTheOldSiteIsNotTakenOver() throws {
        let page = "en/index.html"
        let outside = site.root.appendingPathComponent("outside.html")
        try site.write("outside.html", try site.read("Output/" + page))
        try FileManager.default.removeItem(at: site.output.appendingPathComponent(page))
        try FileManager.default.createSymbolicLink(at: site.output.appendingPathComponent(page), withDestinationURL: outside)
        build()
        build()
        let attributes = try FileManager.default.attributesOfItem(atPath: site.output.appendingPathComponent(page).path)
        XCTAssertEqual(attributes[.type] as? FileAttributeType, .typeRegular)
        XCTAssertEqual(try site.read("outside.html"), try site.read("Output/" + page), "the file outside is left as it was")
    }
}
