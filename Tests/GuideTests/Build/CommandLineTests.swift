import Foundation
import XCTest

/// The real `guide` binary, as CI and editors run it: exit codes and the diagnostic format.
final class CommandLineTests: XCTestCase {
    func testSuccessfulBuildExitsZeroAndSummarises() throws {
        let site = try TestSite()
        defer { site.destroy() }
        let result = try runProcess(Repository.guideBinary, ["build", "--source", site.root.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Built "), result.stdout)
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("lv/index.html").path))
    }

    func testContentErrorExitsOneWithLocatedMessage() throws {
        let site = try TestSite()
        defer { site.destroy() }
        try site.replace("levels: [A1, A2]", with: "levels: [Z9]", in: "content/courses/course-a/entry.yaml")
        let result = try runProcess(Repository.guideBinary, ["build", "--source", site.root.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("content/courses/course-a/entry.yaml:2:10: error: `Z9` is not a valid `levels`"), result.stderr)
        XCTAssertTrue(result.stderr.contains("hint: "), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.path))
    }

    func testUsageErrorExitsTwo() throws {
        let result = try runProcess(Repository.guideBinary, ["build", "--no-such-option"])
        XCTAssertEqual(result.status, 2, result.stderr)
    }

    func testOutputAndBaseURLOptions() throws {
        let site = try TestSite()
        defer { site.destroy() }
        let output = site.root.appendingPathComponent("elsewhere/site")
        let result = try runProcess(Repository.guideBinary, ["build", "--source", site.root.path, "--output", output.path, "--base-url", "https://preview.example.org"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let sitemap = try String(contentsOf: output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
        XCTAssertTrue(sitemap.contains("<loc>https://preview.example.org/lv/</loc>"), sitemap)
    }

    func testAnalyzePrintsIndexTokens() throws {
        let result = try runProcess(Repository.guideBinary, ["analyze", "--language", "lv", "Uzturēšanās atļauja"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "uzturēšan\nuzturesan\natļauj\natlauj\n")
    }

    func testAnalyzeStemsWordsFromStandardInput() throws {
        let process = Process()
        process.executableURL = Repository.guideBinary
        process.arguments = ["analyze", "--language", "ru", "--stem"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data("курсов\nлатышского\n".utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(String(decoding: data, as: UTF8.self), "курсов\tкурс\nлатышского\tлатышск\n")
    }
}
