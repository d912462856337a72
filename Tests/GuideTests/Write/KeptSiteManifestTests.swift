import Foundation
@testable import GuideOutput
import XCTest

/// The manifest is a hint the next build checks against the disk. Read back, it gives what was
/// written; damaged in any way, it reads as no manifest at all rather than as wrong facts.
final class KeptSiteManifestTests: XCTestCase {
    private var root: URL!
    private var keptPath: String { root.appendingPathComponent(".Output-previous").path }
    private var outputPath: String { root.appendingPathComponent("Output").path }
    private var file: URL { URL(fileURLWithPath: keptPath).appendingPathComponent(KeptSiteManifest.fileName) }

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("manifest-\(UUID().uuidString)")
        for path in [keptPath, outputPath] { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private let sample: KeptSiteManifest = {
        var manifest = KeptSiteManifest()
        manifest.kept["lv/index.html"] = .init(stamp: FileStamp(size: 10_361, modified: 1_796_000_000_123_456_789), hash: 0xfedc_ba98_7654_3210)
        manifest.kept["ru/kursy/ёлка/index.html"] = .init(stamp: FileStamp(size: 0, modified: -1_500_000_000), hash: 0)
        manifest.published["search/lv/manifest.json"] = .init(stamp: FileStamp(size: 8259, modified: 42), hash: .max)
        return manifest
    }()

    private func read() -> KeptSiteManifest {
        KeptSiteManifest.read(keptPath: keptPath, outputPath: outputPath)
    }

    func testWhatIsWrittenIsReadBack() throws {
        try sample.write(keptPath: keptPath, outputPath: outputPath)
        XCTAssertEqual(read().kept, sample.kept)
        XCTAssertEqual(read().published, sample.published)
    }

    func testTheHalfOfAFolderThatWasReplacedIsDropped() throws {
        try sample.write(keptPath: keptPath, outputPath: outputPath)
        // Moved away rather than deleted, so the new folder cannot get the old one's inode.
        try FileManager.default.moveItem(atPath: outputPath, toPath: outputPath + "-moved")
        try FileManager.default.createDirectory(atPath: outputPath, withIntermediateDirectories: false)
        XCTAssertEqual(read().kept, sample.kept)
        XCTAssertTrue(read().published.isEmpty)
    }

    func testADamagedManifestReadsAsNone() throws {
        try sample.write(keptPath: keptPath, outputPath: outputPath)
        let intact = try String(contentsOf: file, encoding: .utf8)
        let damaged = [
            String(intact.dropLast(5)),
            intact.replacingOccurrences(of: "fedcba9876543210", with: "fedcba987654321g"),
            intact.replacingOccurrences(of: "ffffffffffffffff", with: "1ffffffffffffffff"),
            intact.replacingOccurrences(of: "\t10361\t", with: "\t10361x\t"),
            intact.replacingOccurrences(of: "\t42\t", with: "\t\t"),
            intact.replacingOccurrences(of: "\t42\t", with: "\t42\textra\t"),
            intact.replacingOccurrences(of: "tree kept", with: "tree kep"),
            intact.replacingOccurrences(of: "manifest 1", with: "manifest 2"),
        ]
        for text in damaged {
            XCTAssertNotEqual(text, intact)
            try Data(text.utf8).write(to: file)
            XCTAssertTrue(read().kept.isEmpty && read().published.isEmpty, text)
        }
        try Data(intact.utf8).write(to: file)
        XCTAssertEqual(read().kept, sample.kept)
    }
}
