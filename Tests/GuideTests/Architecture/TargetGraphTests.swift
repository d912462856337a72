import Foundation
import XCTest

/// The stage targets may depend only on targets earlier in the pipeline, and a source file may
/// import only what its target declares. The compiler alone would not stop a file from importing
/// a module that happens to be built before it, so this reads the manifest and every import.
final class TargetGraphTests: XCTestCase {
    /// The pipeline's order: each target may use the ones before it, never one after it.
    static let stages = ["GuideSupport", "GuideQRCode", "GuideModel", "GuideContent", "GuideMarkdown", "GuideTheme", "GuidePages",
                         "GuideSearch", "GuideOutput", "GuideSite", "GuideCheck", "GuideScaffold", "GuideLocate"]
    /// Front ends of the pipeline, which may use any stage.
    static let frontEnds = ["GuideServer", "guide"]

    func testEveryStageDependsOnlyOnEarlierStages() throws {
        let dependencies = try Self.declaredDependencies()
        XCTAssertEqual(Set(dependencies.keys).intersection(Self.stages + Self.frontEnds), Set(Self.stages + Self.frontEnds),
                       "every stage is a target of its own")
        for (position, stage) in Self.stages.enumerated() {
            let own = dependencies[stage, default: []].filter { $0.hasPrefix("Guide") }
            let later = own.filter { !Self.stages[..<position].contains($0) }
            XCTAssertEqual(later, [], "\(stage) depends on a stage that does not come before it")
        }
        for frontEnd in Self.frontEnds {
            XCTAssertFalse(Self.stages.contains { dependencies[$0, default: []].contains(frontEnd) },
                           "no stage depends on \(frontEnd)")
        }
    }

    func testSourcesImportOnlyDeclaredTargets() throws {
        let dependencies = try Self.declaredDependencies()
        let sources = Repository.root.appendingPathComponent("Sources")
        var checked = 0
        for target in Self.stages + Self.frontEnds {
            let folder = sources.appendingPathComponent(target)
            let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
            XCTAssertFalse(files.isEmpty, "Sources/\(target) holds Swift files")
            for file in files {
                let text = try String(contentsOf: file, encoding: .utf8)
                for line in text.split(separator: "\n") where line.hasPrefix("import Guide") {
                    let module = String(line.dropFirst("import ".count))
                    checked += 1
                    XCTAssertTrue(dependencies[target, default: []].contains(module),
                                  "\(file.lastPathComponent) imports \(module), which \(target) does not declare")
                }
            }
        }
        XCTAssertGreaterThan(checked, 100, "the imports were found")
    }

    /// Each target's dependencies as the manifest declares them, read through SwiftPM itself.
    static func declaredDependencies() throws -> [String: [String]] {
        // A scratch folder of its own: the test runs while `swift test` holds .build's lock.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("target-graph-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let dump = try runProcessForBytes(URL(fileURLWithPath: "/usr/bin/env"),
                                          ["swift", "package", "--package-path", Repository.root.path, "--scratch-path", scratch.path, "dump-package"])
        XCTAssertEqual(dump.status, 0, "swift package dump-package: \(String(decoding: dump.stderr, as: UTF8.self))")
        let manifest = try XCTUnwrap(try JSONSerialization.jsonObject(with: dump.stdout) as? [String: Any])
        var result: [String: [String]] = [:]
        for target in manifest["targets"] as? [[String: Any]] ?? [] {
            guard let name = target["name"] as? String else { continue }
            result[name] = (target["dependencies"] as? [[String: Any]] ?? []).compactMap { dependency in
                ["byName", "target", "product"].lazy.compactMap { (dependency[$0] as? [Any])?.first as? String }.first
            }
        }
        return result
    }
}
