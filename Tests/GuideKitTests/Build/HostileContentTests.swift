import Foundation
import XCTest
@testable import GuideKit

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
        find(#"(href|src|action|formaction)\s*=\s*["']?\s*(javascript|data|vbscript):"#, in: html)
        // Attribute values are always double-quoted with `"` escaped inside, so emptying them
        // leaves only the real attribute names of each tag.
        let tags = html.replacingOccurrences(of: #"="[^"]*""#, with: "=\"\"", options: .regularExpression)
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
}
