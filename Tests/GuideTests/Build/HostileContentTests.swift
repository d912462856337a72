import Foundation
@testable import GuideCheck
@testable import GuideContent
import XCTest

/// Script in content must never become live markup: raw HTML is dropped, strings are escaped,
/// and dangerous links are refused.
final class HostileContentTests: XCTestCase {
    static let payloads = [
        "<script>window.pwned=1</script>",
        "<img src=x onerror=\"window.pwned=1\">",
        "\"><svg onload=window.pwned=1>",
        "' onmouseover='window.pwned=1",
        "</script><script>window.pwned=1</script>",
        "<a href=\"javascript:window.pwned=1\">x</a>",
        "<iframe src=\"data:text/html,<script>window.pwned=1</script>\"></iframe>",
    ]

    /// Fails on anything a browser would run: script elements other than JSON-LD data, event
    /// handler attributes, unquoted attributes, embedded documents, and links or sources with
    /// script-capable schemes.
    static func liveMarkup(in html: String) -> [String] {
        var findings: [String] = []
        func find(_ pattern: String, in text: String) {
            if let range = text.range(of: pattern, options: [.regularExpression, .caseInsensitive]) {
                findings.append(String(text[range.lowerBound...].prefix(80)))
            }
        }
        // The QR codes the build draws for paper are the only `data:` sources a page may hold, and
        // only in exactly their own shape: a PNG's base64 and no attribute besides.
        let qrCode = #"<img class="qr" src="data:image/png;base64,[A-Za-z0-9+/]+=*" alt="[^"<>]*" width="\d+" height="\d+">"#
        let withoutCodes = html.replacingOccurrences(of: qrCode, with: "", options: .regularExpression)
        find(#"(href|src|action|formaction)\s*=\s*["']?\s*(javascript|data|vbscript):"#, in: withoutCodes)
        // Attribute values are always double-quoted with `"` escaped inside, so emptying them
        // leaves only the real attribute names of each tag.
        let tags = withoutCodes.replacingOccurrences(of: #"="[^"]*""#, with: "=\"\"", options: .regularExpression)
        find(#"<script(?!\s+type="application/ld\+json">|\s+type="module"\s+src="/assets/[^"]+"></script>)"#, in: html)
        find(#"<[a-zA-Z][^>]*\son[a-z]+\s*="#, in: tags)
        find(#"<[a-zA-Z][^>]*\s[a-z-]+\s*=\s*[^"\s>]"#, in: tags)
        find(#"<(iframe|object|embed|svg|math)\b"#, in: tags)
        // Inside JSON-LD no text may close the element.
        var rest = Substring(html)
        while let open = rest.range(of: "<script type=\"application/ld+json\">") {
            let after = rest[open.upperBound...]
            guard let close = after.range(of: "</script>") else { break }
            if after[..<close.lowerBound].contains("<") { findings.append("'<' inside JSON-LD") }
            rest = after[close.upperBound...]
        }
        return findings
    }

    func testPayloadsInBodiesAndFrontMatterAreInert() throws {
        let site = try TestSite()
        defer { site.destroy() }
        let joined = Self.payloads.joined(separator: " ")
        let yamlString = "'" + joined.replacingOccurrences(of: "'", with: "''") + "'"
        try site.write("content/courses/course-a/en.md", """
        ---
        title: \(yamlString)
        summary: \(yamlString)
        eligibility: \(yamlString)
        registration: \(yamlString)
        schedule: \(yamlString)
        keywords: [\(yamlString)]
        ---
        \(Self.payloads.joined(separator: "\n\n"))

        Inline <b onclick="window.pwned=1">bold</b> and `<script>` in code.

        | a | b |
        |---|---|
        | <script>x</script> | ok |
        """)
        let org = try site.read("content/organizations/org-a/entry.yaml")
        try site.write("content/organizations/org-a/entry.yaml",
                       org.replacingOccurrences(of: "address: Brīvības iela 1, Rīga", with: "address: \(yamlString)"))
        let result = site.build()
        XCTAssertTrue(result.published, result.diagnostics.map(\.formatted).joined(separator: "\n"))
        XCTAssertTrue(result.diagnostics.contains { $0.message.contains("raw HTML is not allowed") }, "editors are told raw HTML was dropped")
        var checked = 0
        for (path, data) in snapshot(of: site.output) where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            let text = String(decoding: data, as: UTF8.self)
            XCTAssertEqual(Self.liveMarkup(in: text), [], path)
            checked += 1
        }
        XCTAssertGreaterThan(checked, 20)
        let page = try String(contentsOf: site.output.appendingPathComponent("en/courses/course-a/index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("&lt;script&gt;window.pwned=1&lt;/script&gt;"), "front-matter text is shown, escaped")
    }

    func testDangerousLinksAreRefused() throws {
        for link in ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
                     "vbscript:msgbox", "&#106;avascript:alert(1)", "file:///etc/passwd"] {
            let site = try TestSite()
            defer { site.destroy() }
            try site.write("content/organizations/org-a/en.md", "---\ntitle: A\nsummary: B\n---\n[x](<\(link)>) and ![y](<\(link)>)\n")
            let result = site.build()
            XCTAssertFalse(result.published, link)
            XCTAssertTrue(result.diagnostics.contains { $0.isError && $0.location.path == "content/organizations/org-a/en.md" && $0.message.contains("not allowed") },
                          "\(link): \(result.diagnostics.map(\.formatted))")
        }
    }

    func testDangerousURLsInFactsAreRefused() throws {
        let site = try TestSite()
        defer { site.destroy() }
        let org = try site.read("content/organizations/org-a/entry.yaml")
        try site.write("content/organizations/org-a/entry.yaml",
                       org.replacingOccurrences(of: "website: https://org.example.lv/", with: "website: javascript:alert(1)"))
        let result = site.build()
        XCTAssertFalse(result.published)
        XCTAssertTrue(result.diagnostics.contains { $0.isError && $0.message.contains("`website` must be a web address") })
    }

    /// Builds a broken copy and expects a located error, or an inert page, within a few seconds.
    private func assertRefused(_ change: (TestSite) throws -> Void, path: String, messageContains fragment: String,
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let site = try TestSite()
        defer { site.destroy() }
        try change(site)
        let result = site.build()
        XCTAssertFalse(result.published, file: file, line: line)
        XCTAssertTrue(result.diagnostics.contains { $0.isError && $0.location.path == path && $0.message.contains(fragment) },
                      "expected “\(fragment)” at \(path); got \(result.diagnostics.map(\.formatted))", file: file, line: line)
    }

    func testBidiOverridesInNamesAreRefused() throws {
        try assertRefused({ try $0.write("content/organizations/org-a/en.md", "---\ntitle: \"Safe \u{202E}esuoH\"\nsummary: B\n---\nText\n") },
                          path: "content/organizations/org-a/en.md", messageContains: "direction override U+202E")
        try assertRefused({ try $0.write("content/organizations/org-a/en.md", "---\ntitle: A\nsummary: B\n---\nCall \u{202D}112\n") },
                          path: "content/organizations/org-a/en.md", messageContains: "direction override U+202D")
    }

    func testTheBodyScanFindsTheFiveOverridesAndNothingElse() {
        for value in UInt32(0x2000)...0x206F {
            let scalar = Unicode.Scalar(value)!
            let text = "Zvaniet \(scalar)112, лучше днём"
            XCTAssertEqual(BidiOverride.mayContainOverride(text), (0x202A...0x202E).contains(value), String(value, radix: 16))
            XCTAssertEqual(BidiOverride.firstInBody(text, path: "p.md", firstLine: 3) != nil, (0x202A...0x202E).contains(value))
        }
        XCTAssertFalse(BidiOverride.mayContainOverride(""))
        XCTAssertTrue(BidiOverride.mayContainOverride("\u{202E}"))
    }

    func testPathsOutOfContentAreRefused() throws {
        try assertRefused({ site in
            try site.replace("provider: organizations/org-a", with: "provider: organizations/../../etc", in: "content/legal/legal-a/entry.yaml")
        }, path: "content/legal/legal-a/entry.yaml", messageContains: "not a reference to an organisation")
        try assertRefused({ site in
            try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("content/organizations/escape").path, withDestinationPath: "/etc")
        }, path: "content/organizations/escape", messageContains: "symbolic link")
        try assertRefused({ site in
            try site.remove("content/organizations/org-a/ru.md")
            try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("content/organizations/org-a/ru.md").path, withDestinationPath: "/etc/passwd")
        }, path: "content/organizations/org-a/ru.md", messageContains: "symbolic link")
    }

    func testHugeFileIsRefusedWithoutReadingIt() throws {
        try assertRefused({ site in
            let url = site.root.appendingPathComponent("content/organizations/org-a/en.md")
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw TestSiteError("cannot create \(url.path)") }
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: 50 * 1024 * 1024)
            try handle.close()
        }, path: "content/organizations/org-a/en.md", messageContains: "more than the 2 MB")
    }

    func testDeepNestingIsRefusedOrRenderedWithoutCrashing() throws {
        let depth = 10_000
        try assertRefused({ try $0.write("content/organizations/org-a/entry.yaml", "kind: ngo\nlanguages: " + String(repeating: "[", count: depth) + "\n") },
                          path: "content/organizations/org-a/entry.yaml", messageContains: "nested more than")
        try assertRefused({ try $0.write("content/organizations/org-a/en.md", "---\ntitle: A\nsummary: B\nkeywords:\n" + String(repeating: "- ", count: depth) + "x\n---\nT\n") },
                          path: "content/organizations/org-a/en.md", messageContains: "nested more than")
        let site = try TestSite()
        defer { site.destroy() }
        let body = String(repeating: "> ", count: depth) + "quote\n\n" + String(repeating: "- ", count: depth) + "item\n\n"
            + String(repeating: "*", count: depth) + "emphasis" + String(repeating: "*", count: depth) + "\n\n"
            + String(repeating: "[", count: depth) + "link" + String(repeating: "](x)", count: depth) + "\n"
        try site.write("content/organizations/org-a/en.md", "---\ntitle: A\nsummary: B\n---\n" + body)
        let result = site.build()
        XCTAssertTrue(result.published || result.diagnostics.hasErrors)
        if result.published {
            let html = try String(contentsOf: site.output.appendingPathComponent("en/organizations/org-a/index.html"), encoding: .utf8)
            XCTAssertEqual(Self.liveMarkup(in: html), [])
        }
    }
}
