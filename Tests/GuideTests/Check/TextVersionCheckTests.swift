import Foundation
@testable import GuideCheck
@testable import GuideModel
import XCTest

/// The version translators copy into `translated_from`: it changes with the words and only with them.
final class TextVersionCheckTests: XCTestCase {
    private func translation(title: String = "Kursi", summary: String = "Bezmaksas kursi.", body: String = "## Pieteikšanās\n\nZvaniet.\n",
                             registration: String? = "Klātienē.", keywords: [String] = [], translatedFrom: String? = nil) -> Translation {
        Translation(language: "lv", path: "content/courses/x/lv.md", title: title, summary: summary, keywords: keywords,
                    registration: registration, translatedFrom: translatedFrom, body: body, bodyFirstLine: 7)
    }

    private func hash(_ translation: Translation) -> String {
        TextVersion(of: translation, in: EntryID(section: .courses, slug: "x")).hash
    }

    /// Pinned: changing how the version is computed would mark every translation of every guide
    /// as outdated, so it must be a deliberate change of this number and of docs/check.md.
    func testVersionIsPinned() {
        XCTAssertEqual(hash(translation()), "24f92cbb")
        XCTAssertEqual(TextVersion(of: translation(), in: EntryID(section: .courses, slug: "x")).mark, "lv:24f92cbb")
    }

    func testResavingDoesNotChangeTheVersion() {
        let original = hash(translation())
        XCTAssertEqual(hash(translation(body: "## Pieteikšanās  \n\nZvaniet.\t\n\n\n")), original, "trailing spaces and final newlines")
        XCTAssertEqual(hash(translation(body: "\n## Pieteikšanās\n\nZvaniet.")), original, "blank first line, no final newline")
        XCTAssertEqual(hash(translation(title: "Kursi".decomposedStringWithCanonicalMapping,
                                        body: "## Pieteikšanās\n\nZvaniet.\n".decomposedStringWithCanonicalMapping)), original, "NFD from another editor")
    }

    func testFieldsThatAreNotTranslatedDoNotChangeTheVersion() {
        let original = hash(translation())
        XCTAssertEqual(hash(translation(keywords: ["bezmaksas"])), original, "each language has its own search words")
        XCTAssertEqual(hash(translation(translatedFrom: "ru:1a2b3c4d")), original)
    }

    func testEveryTranslatedFieldChangesTheVersion() {
        let original = hash(translation())
        XCTAssertNotEqual(hash(translation(title: "Kursi!")), original)
        XCTAssertNotEqual(hash(translation(summary: "Maksas kursi.")), original)
        XCTAssertNotEqual(hash(translation(registration: "Tiešsaistē.")), original)
        XCTAssertNotEqual(hash(translation(registration: nil)), original)
        XCTAssertNotEqual(hash(translation(body: "## Pieteikšanās\n\nRakstiet.\n")), original)
        XCTAssertNotEqual(hash(translation(body: "## Pieteikšanās\nZvaniet.\n")), original, "a removed paragraph break")
        XCTAssertNotEqual(hash(translation(summary: "Bezmaksas kursi. Zvaniet.", body: "## Pieteikšanās\n")),
                          hash(translation(summary: "Bezmaksas kursi.", body: "Zvaniet.\n## Pieteikšanās\n")), "text moved between fields")
    }

    func testMarksNameAVersionByAnyPrefixOfItsFingerprint() {
        let version = TextVersion(of: translation(), in: EntryID(section: .courses, slug: "x"))
        XCTAssertTrue(version.isNamed(by: version.hash))
        XCTAssertTrue(version.isNamed(by: String(version.hash.prefix(6))))
        XCTAssertTrue(version.isNamed(by: version.hash.uppercased()))
        XCTAssertFalse(version.isNamed(by: "0badc0de"))
    }
}
