import GuideContent
import XCTest

/// What `isWebURL` lets through becomes a link on every page that shows the fact.
final class WebURLTests: XCTestCase {
    func testWebAddressesPass() {
        for url in ["https://www.pmlp.gov.lv/lv", "http://example.lv/", "https://lv.wikipedia.org/wiki/Rīga",
                    "https://example.lv/a?b=c&d=e#f", "https://пример.рф/", "https://example.lv/~x/%20"] {
            XCTAssertTrue(EntryFactsValidator.isWebURL(url), url)
        }
    }

    func testAnythingThatCouldLeaveTheLinkOrHideWhereItGoesIsRefused() {
        for url in ["javascript:alert(1)", "ftp://example.lv/", "https://", "https://localhost/", "https:///x",
                    "https://example.lv/a b", "https://example.lv/\ta", "https://example.lv/\n", "https://example.lv/\"x",
                    "https://example.lv/'x", "https://example.lv/<x>", "https://example.lv/\\x", "https://example.lv/`x",
                    "https://example.lv/\u{202E}gpj.exe", "https://example.lv/\u{200F}", "https://exa\u{2066}mple.lv/"] {
            XCTAssertFalse(EntryFactsValidator.isWebURL(url), url.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
        }
    }
}
