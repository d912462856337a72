import Foundation
import GuideSupport
import XCTest

/// `trimmingWhitespace` must agree with Foundation's trimming of white space and new lines, the
/// behaviour it replaces, whether the ends are ASCII or not, but for the zero-width space.
final class WhitespaceTrimmingTests: XCTestCase {
    func testItAgreesWithFoundation() {
        let samples = [
            "", " ", "\t\n", "112", " 112 ", "+371 6720 9400", "a b", "\u{A0}112\u{A0}", "\u{2003}Rīga",
            "Rīga\u{3000}", "ā", " ā ", "\u{85}x", "x\u{85}", "x\r\n", "\u{B}x\u{C}", "Ж", "x\u{301}", "\u{301}",
            "x\u{FEFF}",
        ]
        for sample in samples {
            XCTAssertEqual(sample.trimmingWhitespace, sample.trimmingCharacters(in: .whitespacesAndNewlines),
                           sample.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
        }
        // Not White_Space in Unicode, though Foundation on Linux trims it too.
        XCTAssertEqual("\u{200B}x".trimmingWhitespace, "\u{200B}x")
    }
}
