import Foundation
@testable import GuideModel
@testable import GuideOutput
import GuideSite
import XCTest

final class HostConfigurationFilesTests: XCTestCase {
    let immutable = "public, max-age=31536000, immutable"

    func testHeadersFileGivesEachFileOneCacheRule() throws {
        let site = try TestSite()
        defer { site.destroy() }
        XCTAssertTrue(site.build().published)
        let headers = try site.read("Output/_headers")
        let rules = Self.rules(of: headers)
        let policy = try XCTUnwrap(rules["/*"]?["Content-Security-Policy"])
        XCTAssertTrue(policy.hasPrefix("default-src 'self'; script-src 'self';"), policy)
        XCTAssertTrue(policy.hasSuffix("frame-ancestors 'self'"), policy)
        XCTAssertEqual(rules["/*"]?["Referrer-Policy"], "strict-origin-when-cross-origin")
        XCTAssertEqual(rules["/*"]?["X-Content-Type-Options"], "nosniff")
        XCTAssertNil(rules["/*"]?["Cache-Control"], "hosts join Cache-Control values of overlapping rules")
        for pattern in ["/assets/*", "/search/lv/terms/*", "/search/ru/docs/*", "/search/en/facets.*", "/search/lv/lengths.*",
                        "/search/lv/rules.*", "/offline/en.*.json"] {
            XCTAssertEqual(rules[pattern]?["Cache-Control"], immutable, pattern)
        }
        for path in ["/sw.js", "/search/lv/manifest.json", "/offline/ru.json"] {
            XCTAssertEqual(rules[path]?["Cache-Control"], "no-cache", path)
        }
        // Every file actually published under a hashed pattern is named by content, and no
        // fixed-name file falls under one.
        for (path, _) in snapshot(of: site.output) {
            let matching = rules.keys.filter { $0 != "/*" && Self.matches("/" + path, pattern: $0) }
            XCTAssertLessThanOrEqual(matching.count, 1, "\(path): \(matching)")
            if path.hasSuffix("manifest.json") || path == "sw.js" || path.range(of: #"^offline/[a-z]+\.json$"#, options: .regularExpression) != nil {
                XCTAssertEqual(matching.first.flatMap { rules[$0]?["Cache-Control"] }, "no-cache", path)
            }
        }
        let nginx = try site.read("Output/nginx.conf.snippet")
        XCTAssertTrue(nginx.contains("gzip_static on;"))
        XCTAssertTrue(nginx.contains("# brotli_static on;"))
        XCTAssertEqual(nginx.components(separatedBy: "add_header Content-Security-Policy").count - 1, 4, "each location repeats the headers")
        let apache = try site.read("Output/.htaccess")
        XCTAssertTrue(apache.contains("Header always set X-Content-Type-Options \"nosniff\""))
        XCTAssertTrue(apache.contains("AddEncoding gzip .gz"))
    }

    func testHostFilesAreLeftOutByFlagOrSiteYAML() throws {
        let site = try TestSite()
        defer { site.destroy() }
        let names = [HostConfigurationFiles.headersPath, HostConfigurationFiles.nginxPath, HostConfigurationFiles.apachePath]
        XCTAssertTrue(SiteBuilder().build(BuildOptions(sourceRoot: site.root, today: TestSite.today, writesHostFiles: false)).published)
        for name in names { XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(name).path), name) }
        try site.replace("feedback: mailto:editors@guide.test", with: "feedback: mailto:editors@guide.test\nhost_files: false", in: "content/site.yaml")
        let result = site.build()
        XCTAssertTrue(result.published)
        XCTAssertEqual(result.diagnostics.filter { $0.message.contains("host_files") }.map(\.message), [])
        for name in names { XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(name).path), name) }
    }

    func testCommandLineFlagLeavesThemOut() throws {
        let site = try TestSite()
        defer { site.destroy() }
        let run = try runProcess(Repository.guideBinary, ["build", "--source", site.root.path, "--today", "2026-06-01", "--no-host-files"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("_headers").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("index.html").path))
    }

    /// Path pattern → header name → value, as Netlify and Cloudflare Pages read the file.
    static func rules(of text: String) -> [String: [String: String]] {
        var rules: [String: [String: String]] = [:]
        var current: String?
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            if line.hasPrefix("/") {
                current = String(line)
                XCTAssertNil(rules[String(line)], "\(line) appears twice")
                rules[String(line), default: [:]] = [:]
            } else if let current, let colon = line.firstIndex(of: ":") {
                let name = line[..<colon].trimmingCharacters(in: .whitespaces)
                rules[current]![name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return rules
    }

    /// A splat matches any run of characters, slashes included.
    static func matches(_ path: String, pattern: String) -> Bool {
        let expression = "^" + pattern.split(separator: "*", omittingEmptySubsequences: false)
            .map { NSRegularExpression.escapedPattern(for: String($0)) }.joined(separator: ".*") + "$"
        return path.range(of: expression, options: .regularExpression) != nil
    }
}
