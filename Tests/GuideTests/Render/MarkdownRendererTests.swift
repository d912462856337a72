@testable import GuideMarkdown
@testable import GuideModel
import XCTest

final class MarkdownRendererTests: XCTestCase {
    private func render(_ markdown: String, known: Set<String> = ["organizations/drosa-maja"]) -> (RenderedMarkdown, [Diagnostic]) {
        MarkdownRenderer().render(markdown, path: "x.md", firstLine: 10) { id, fragment in
            known.contains(id.description) ? "/en/\(id.section.rawValue)/\(id.slug)/" + (fragment.map { "#" + $0 } ?? "") : nil
        }
    }

    func testTables() {
        let (html, _) = render("| Level | Hours |\n|---|---:|\n| A1 | 120 |\n")
        XCTAssertTrue(html.html.contains("<table>"))
        XCTAssertTrue(html.html.contains("<th>Level</th>"))
        XCTAssertTrue(html.html.contains("<td align=\"right\">120</td>"))
    }

    func testATableScrollsInARegionNamedByTheHeadingAboveIt() {
        let (html, _) = render("## Helplines\n\n| Number | Who |\n|---|---|\n| 1 | A |\n\nText.\n\n| B |\n|---|\n| c |\n")
        XCTAssertTrue(html.html.contains("<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"helplines\" tabindex=\"0\"><table>"), html.html)
        XCTAssertEqual(html.html.components(separatedBy: "<div class=\"table-scroll\"").count, 3, "both tables are wrapped")
        XCTAssertEqual(html.html.components(separatedBy: "</table></div>").count, 3)
        let (plain, _) = render("| B |\n|---|\n| c |\n")
        XCTAssertTrue(plain.html.hasPrefix("<div class=\"table-scroll\" tabindex=\"0\"><table>"), "no heading, no region name")
    }

    func testTelephoneLinksDialAndAnAutolinkShowsTheNumberAlone() {
        let (html, diagnostics) = render("Call <tel:112> or [+371 6720 9400](tel:+37167209400).\n")
        XCTAssertTrue(html.html.contains("<a href=\"tel:112\">112</a>"), html.html)
        XCTAssertTrue(html.html.contains("<a href=\"tel:+37167209400\">+371 6720 9400</a>"))
        XCTAssertEqual(diagnostics, [])
        let (_, bad) = render("Text.\n\n[call](tel:6720-JUMP)\n")
        XCTAssertEqual(bad.map(\.location.line), [12])
        XCTAssertTrue(bad.first?.message.contains("not a number a phone can dial") ?? false)
    }

    /// A column with a full number is a column of phone numbers, its short numbers included; a
    /// column of hours is not, however short its numbers.
    func testNumbersInAHelplineTableThatCannotBeTappedAreReported() {
        let table = "| Number | Who | Hours |\n|---|---|---|\n| **112** | Emergency | 120 |\n| +371 28612120 | Line | 160 |\n| [1201](tel:1201) | City | 80 |\n"
        let (_, diagnostics) = render(table)
        XCTAssertEqual(diagnostics.map(\.location.line), [12, 13])
        XCTAssertEqual(diagnostics.map(\.location.column), [2, 2])
        XCTAssertTrue(diagnostics[0].message.contains("`112` looks like a phone number"))
        XCTAssertTrue(diagnostics[1].hint?.contains("[+371 28612120](tel:+37128612120)") ?? false, diagnostics[1].hint ?? "")
        let (_, hours) = render("| Level | Hours |\n|---|---:|\n| A1 | 120 |\n")
        XCTAssertEqual(hours, [])
    }

    /// Eight digits make a full number without `+`; only ASCII digits, spaces and a leading `+`
    /// make a number at all.
    func testWhatCountsAsAPhoneNumberInATable() {
        let table = "| Number |\n|---|\n| 6720 9400 |\n| 113 |\n| 1+13 |\n| ١١٢ |\n| 12 |\n| 1234567890123456 |\n"
        let (_, diagnostics) = render(table)
        XCTAssertEqual(diagnostics.map(\.location.line), [12, 13])
        let (_, short) = render("| Number |\n|---|\n| 6720 940 |\n| 113 |\n")
        XCTAssertEqual(short, [], "seven digits alone do not make a column of phone numbers")
    }

    func testTheSecondLevelHeadingsAreTheContents() {
        let (html, _) = render("# Title\n\n## First step\n\n### Detail\n\n## First step\n\nText.\n")
        XCTAssertEqual(html.sections, [.init(id: "first-step", text: "First step"), .init(id: "first-step-2", text: "First step")])
    }

    func testFootnotes() {
        let (html, _) = render("Fact.[^1]\n\n[^1]: Source: PMLP.\n")
        XCTAssertTrue(html.html.contains("class=\"footnote-ref\""), html.html)
        XCTAssertTrue(html.html.contains("Source: PMLP."))
        XCTAssertTrue(html.html.contains("<section class=\"footnotes\""))
    }

    func testStrikethroughTasklistAutolinkSmartPunctuation() {
        let (html, _) = render("~~old~~ \"quoted\" -- www.example.lv\n\n- [x] done\n")
        XCTAssertTrue(html.html.contains("<del>old</del>"))
        XCTAssertTrue(html.html.contains("“quoted”"))
        XCTAssertTrue(html.html.contains("<a href=\"http://www.example.lv\">www.example.lv</a>"))
        XCTAssertTrue(html.html.contains("type=\"checkbox\""))
    }

    func testHeadingIDsKeepLettersOfEveryScriptAndAreUnique() {
        let (html, _) = render("## Dzīvesvietas deklarēšana\n\n## Вид на жительство!\n\n## Contacts\n\n## Contacts\n")
        XCTAssertEqual(html.headingIDs, ["dzīvesvietas-deklarēšana", "вид-на-жительство", "contacts", "contacts-2"])
        XCTAssertTrue(html.html.contains("<h2 id=\"dzīvesvietas-deklarēšana\">Dzīvesvietas deklarēšana</h2>"))
        XCTAssertTrue(html.html.contains("<h2 id=\"contacts-2\">Contacts</h2>"))
    }

    func testHeadingIDShortcutsAgreeWithTheUnicodeCategories() {
        for value in UInt32(0)..<0x530 {
            let scalar = Unicode.Scalar(value)!
            XCTAssertEqual(HeadingIDs.kind(of: scalar), HeadingIDs.kindByProperties(of: scalar), "U+\(String(value, radix: 16))")
        }
        XCTAssertEqual(HeadingIDs.slug("Soļi: 1) pieteikties — 2) gaidīt!"), "soļi-1-pieteikties-2-gaidīt")
        XCTAssertEqual(HeadingIDs.slug("snake_case\tand  tabs -"), "snake_case-and-tabs")
        XCTAssertEqual(HeadingIDs.slug("!!!"), "section")
    }

    func testHeadingTagsInTextDoNotShiftIDs() {
        let (html, _) = render("Text with `<h2>` and <h3>raw</h3>.\n\n## Real\n")
        XCTAssertTrue(html.html.contains("<h2 id=\"real\">Real</h2>"), html.html)
        XCTAssertFalse(html.html.contains("<h3"))
    }

    func testReferencesResolveWithAnchors() {
        let (html, diagnostics) = render("See [Safe House](organizations/drosa-maja#contacts).")
        XCTAssertEqual(diagnostics, [])
        XCTAssertTrue(html.html.contains("<a href=\"/en/organizations/drosa-maja/#contacts\">Safe House</a>"))
    }

    func testBrokenReferenceIsAnErrorAtItsLine() {
        let (html, diagnostics) = render("First.\n\nSee [x](courses/nope).")
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(diagnostics.first?.location, SourceLocation(path: "x.md", line: 12, column: 5))
        XCTAssertTrue(diagnostics.first?.isError == true)
        XCTAssertTrue(html.html.contains("<a href=\"\">x</a>"))
    }

    func testRawHTMLIsRemovedWithAWarning() {
        let (html, diagnostics) = render("<div onclick=\"x()\">hi</div>\n\nText <span>inline</span>.\n")
        XCTAssertFalse(html.html.contains("<div"))
        XCTAssertFalse(html.html.contains("<span"))
        XCTAssertFalse(html.html.contains("raw HTML omitted"))
        XCTAssertEqual(diagnostics.filter { $0.severity == .warning }.count, 3)
    }

    func testForbiddenSchemesAreEmptied() {
        let (html, diagnostics) = render("[a](javascript:alert(1)) ![b](data:image/png;base64,AAAA) [c](mailto:x@y.lv)")
        XCTAssertFalse(html.html.contains("javascript:"))
        XCTAssertFalse(html.html.contains("data:"))
        XCTAssertTrue(html.html.contains("mailto:x@y.lv"))
        XCTAssertEqual(diagnostics.filter(\.isError).count, 2)
    }

    func testPlainTextForSearch() {
        let (html, _) = render("# Title\n\nSome *emphasis* and `code`.\n")
        XCTAssertEqual(html.plainText, "Title\nSome emphasis and code.")
    }
}
