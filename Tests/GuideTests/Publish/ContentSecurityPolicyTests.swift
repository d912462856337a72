import GuideModel
import GuideSupport
import XCTest

final class ContentSecurityPolicyTests: XCTestCase {
    func configuration(tiles: String, feedback: String?) -> SiteConfiguration {
        SiteConfiguration(baseURL: "https://guide.test/", languages: [], requiredLanguages: [], fallbackOrder: [],
                          review: .init(warnAfterMonths: 12), map: .init(tileURLTemplate: tiles, attribution: ""),
                          neighbourhoods: [:], feedback: feedback)
    }

    func testTileHostIsTheOnlyOtherImageOrigin() {
        let policy = ContentSecurityPolicy(configuration: configuration(tiles: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                                                                       feedback: "mailto:editors@guide.test"))
        XCTAssertEqual(policy.text, "default-src 'self'; script-src 'self'; style-src 'self'; "
                       + "img-src 'self' data: https://tile.openstreetmap.org; connect-src 'self'; worker-src 'self'; "
                       + "object-src 'none'; base-uri 'self'; form-action 'self'")
        XCTAssertEqual(policy.headerText, policy.text + "; frame-ancestors 'self'")
    }

    func testSelfHostedTilesAndAFeedbackForm() {
        let policy = ContentSecurityPolicy(configuration: configuration(tiles: "/tiles/{z}/{x}/{y}.png",
                                                                       feedback: "https://Forms.Example.org:8443/report?x=1"))
        XCTAssertTrue(policy.text.contains("img-src 'self' data:;"), policy.text)
        XCTAssertTrue(policy.text.hasSuffix("form-action 'self' https://forms.example.org:8443"), policy.text)
    }

    func testSubdomainPlaceholderBecomesAWildcard() {
        let policy = ContentSecurityPolicy(configuration: configuration(tiles: "https://{s}.tile.example.org/{z}/{x}/{y}.png",
                                                                       feedback: nil))
        XCTAssertTrue(policy.text.contains("img-src 'self' data: https://*.tile.example.org;"), policy.text)
    }

    func testNothingInlineIsAllowed() {
        let policy = ContentSecurityPolicy(configuration: configuration(tiles: "https://a.example/{z}.png", feedback: nil))
        for allowance in ["unsafe-inline", "unsafe-eval", "*;", "'unsafe-hashes'"] {
            XCTAssertFalse(policy.headerText.contains(allowance), allowance)
        }
        // Data URIs only as images (the printed QR codes), which cannot run script.
        for (name, sources) in policy.directives {
            XCTAssertEqual(sources.contains("data:"), name == "img-src", name)
        }
        XCTAssertEqual(policy.headerText.matches(of: /data:/).count, 1, policy.headerText)
    }

    func testEveryPageStatesThePolicyInItsHead() throws {
        let site = try TestSite()
        defer { site.destroy() }
        let result = site.build()
        XCTAssertTrue(result.published, result.diagnostics.map(\.formatted).joined(separator: "\n"))
        let meta = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self';"
        var pages = 0
        for (path, data) in snapshot(of: site.output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let head = html.components(separatedBy: "</head>")[0]
            XCTAssertTrue(head.contains(meta), path)
            XCTAssertFalse(html.range(of: #"\sstyle\s*="#, options: .regularExpression) != nil, "inline style in \(path)")
            pages += 1
        }
        XCTAssertGreaterThan(pages, 20)
    }

    /// Inside `content="…"` an apostrophe is only a character, so the policy keeps its `'self'`
    /// as written; what could end the attribute or start markup is still escaped.
    func testThePolicyKeepsItsApostrophesAndEscapesWhatCouldEndTheAttribute() {
        XCTAssertEqual(HTMLEscaping.doubleQuotedAttribute(#"'self' "x" a&b <i>"#), #"'self' &quot;x&quot; a&amp;b &lt;i&gt;"#)
        XCTAssertEqual(HTMLEscaping.text("'self'"), "&#39;self&#39;")
        XCTAssertEqual(HTMLEscaping.doubleQuotedAttribute("plain"), "plain")
    }
}
