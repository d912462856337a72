import Foundation
@testable import GuideOutput
@testable import GuideSite
import XCTest

final class PrecompressorTests: XCTestCase {
    func testCompressedFilesDecodeToTheOriginalAndRepeatAcrossBuilds() throws {
        let site = try TestSite()
        defer { site.destroy() }
        let second = site.root.appendingPathComponent("Second")
        for output in [site.output, second] {
            let result = SiteBuilder().build(BuildOptions(sourceRoot: site.root, output: output, today: TestSite.today, precompresses: true))
            XCTAssertTrue(result.published, result.diagnostics.map(\.formatted).joined(separator: "\n"))
        }
        let first = snapshot(of: site.output)
        XCTAssertEqual(first, snapshot(of: second), "two builds write the same compressed bytes")
        let originals = first.filter { !$0.key.hasSuffix(".gz") && !$0.key.hasSuffix(".br") }
        var compressed = 0
        for (path, bytes) in originals {
            let isText = ["html", "css", "js", "json", "xml", "svg", "txt", "geojson"].contains((path as NSString).pathExtension)
            if isText && bytes.count > 1024 {
                let gzip = try XCTUnwrap(first[path + ".gz"], path)
                let brotli = try XCTUnwrap(first[path + ".br"], path)
                XCTAssertEqual(try decode(gzip, with: "gzip"), bytes, path)
                XCTAssertEqual(try decode(brotli, with: "brotli"), bytes, path)
                XCTAssertLessThan(gzip.count, bytes.count, path)
                compressed += 1
            } else {
                XCTAssertNil(first[path + ".gz"], "\(path) is \(bytes.count) bytes")
                XCTAssertNil(first[path + ".br"], path)
            }
        }
        XCTAssertGreaterThan(compressed, 10)
        XCTAssertTrue(originals.contains { $0.key.hasSuffix(".json") && $0.value.count <= 1024 }, "small files stay uncompressed")
    }

    func testGzipHeaderNamesNoFileAndNoTime() throws {
        let gzip = try Precompressor.gzip(Array(String(repeating: "Ceļvedis ", count: 300).utf8))
        XCTAssertEqual(Array(gzip.prefix(3)), [0x1F, 0x8B, 0x08])
        XCTAssertEqual(gzip[3], 0, "no FNAME, FCOMMENT or FEXTRA")
        XCTAssertEqual(Array(gzip[4..<8]), [0, 0, 0, 0], "MTIME is zero")
    }

    func testBuildsWithoutTheFlagWriteNoCompressedFiles() throws {
        let site = try TestSite()
        defer { site.destroy() }
        XCTAssertTrue(site.build().published)
        XCTAssertEqual(snapshot(of: site.output).keys.filter { $0.hasSuffix(".gz") || $0.hasSuffix(".br") }, [])
    }

    /// Decodes with Debian's `gzip` or `brotli` command, so the check does not share code with
    /// the encoder.
    func decode(_ bytes: Data, with tool: String) throws -> Data {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("precompressed-\(UUID().uuidString)")
        try bytes.write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let result = try runProcessForBytes(URL(fileURLWithPath: "/usr/bin/env"), [tool, "-d", "-c", input.path])
        XCTAssertEqual(result.status, 0, "\(tool) -d: \(String(decoding: result.stderr, as: UTF8.self))")
        return result.stdout
    }
}
