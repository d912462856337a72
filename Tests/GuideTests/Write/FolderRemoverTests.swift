@testable import GuideOutput
import XCTest

final class FolderRemoverTests: XCTestCase {
    func testRemovesEveryLevelOfTheTreeButNothingALinkPointsAt() throws {
        let fileManager = FileManager.default
        let base = fileManager.temporaryDirectory.appendingPathComponent("folder-remover-\(UUID().uuidString)")
        let tree = base.appendingPathComponent("site")
        let outside = base.appendingPathComponent("outside")
        try fileManager.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: outside.appendingPathComponent("kept.txt"))
        defer { try? fileManager.removeItem(at: base) }

        try Data("top".utf8).write(to: { try fileManager.createDirectory(at: tree, withIntermediateDirectories: true); return tree.appendingPathComponent("index.html") }())
        for language in ["lv", "ru"] {
            for section in ["kursi", "organizacijas"] {
                for slug in 0..<30 {
                    let page = tree.appendingPathComponent("\(language)/\(section)/entry-\(slug)")
                    try fileManager.createDirectory(at: page.appendingPathComponent("deeper/still"), withIntermediateDirectories: true)
                    try Data("page".utf8).write(to: page.appendingPathComponent("index.html"))
                    try Data("deep".utf8).write(to: page.appendingPathComponent("deeper/still/file.json"))
                }
            }
            try Data("list".utf8).write(to: tree.appendingPathComponent("\(language)/kursi/index.html"))
        }
        try fileManager.createDirectory(at: tree.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try fileManager.createSymbolicLink(at: tree.appendingPathComponent("assets/link"), withDestinationURL: outside)
        try fileManager.createSymbolicLink(at: tree.appendingPathComponent("lv/kursi/link"), withDestinationURL: outside)

        FolderRemover.remove(tree.path)

        XCTAssertFalse(fileManager.fileExists(atPath: tree.path), "the whole tree is gone")
        XCTAssertEqual(try fileManager.contentsOfDirectory(atPath: outside.path), ["kept.txt"], "links are removed, not followed")
    }
}
