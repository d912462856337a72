import Foundation
@testable import GuideCheck
@testable import GuideModel
import XCTest

/// `guide check` through the library: it reports exactly what is wrong, per language.
final class ContentCheckerTests: XCTestCase {
    func testFixtureReportsExactlyItsFindings() throws {
        let fixture = try CheckFixture()
        defer { fixture.site.destroy() }
        let report = fixture.check()
        XCTAssertEqual(report.summaries, [
            "outdated warning content/courses/course-a/ru.md:6",
            "stale warning content/organizations/org-a/entry.yaml:15",
            "markdown error content/organizations/org-a/lv.md:7",
            "anchor warning content/pages/home/en.md:5",
        ])
        XCTAssertEqual(report.errorCount, 1)
        XCTAssertEqual(report.warningCount, 3)
        XCTAssertTrue(report.hasErrors)

        let statuses = report.coverage.flatMap { row in row.statuses.map { "\(row.entry) \($0.key) \($0.value.rawValue)" } }
        XCTAssertEqual(statuses.filter { !$0.hasSuffix(" present") }.sorted(), ["courses/course-a ru outdated", "legal/legal-a en missing"])
        XCTAssertEqual(report.coverage.map(\.entry.description), ["courses/course-a", "legal/legal-a", "organizations/org-a", "pages/home"])
        XCTAssertEqual(report.count(of: .present), 10)

        XCTAssertEqual(report.versions.count, 11, "one version per language file")
        XCTAssertEqual(report.versions.map(\.path), report.versions.map(\.path).sorted())
    }

    func testFindingsNameTheFilesAndWhatToCopy() throws {
        let fixture = try CheckFixture()
        defer { fixture.site.destroy() }
        let report = fixture.check()
        let lvMark = try XCTUnwrap(report.versions.first { $0.path == "content/courses/course-a/lv.md" }).mark
        func finding(_ kind: CheckDiagnostic.Kind) throws -> Diagnostic {
            try XCTUnwrap(report.diagnostics.first { $0.kind == kind }).diagnostic
        }

        let outdated = try finding(.outdated)
        XCTAssertEqual(outdated.location.column, 18, "at the value of translated_from")
        XCTAssertTrue(outdated.message.contains("content/courses/course-a/lv.md"), outdated.message)
        XCTAssertTrue(outdated.message.contains("`lv:0badc0de`"), outdated.message)
        XCTAssertTrue(try XCTUnwrap(outdated.hint).contains("set `translated_from: \(lvMark)`"), outdated.hint ?? "")
        XCTAssertTrue(try XCTUnwrap(outdated.hint).contains("content/courses/course-a/ru.md"), outdated.hint ?? "")

        let stale = try finding(.stale)
        XCTAssertEqual(stale.message, "the facts were last checked on 2026-01-15, more than 12 months ago")
        XCTAssertEqual(stale.hint, "Check every fact against https://org.example.lv/about, correct what has changed, then set `reviewed: 2027-01-20`.")

        XCTAssertEqual(try finding(.markdown).message, "the link points to `courses/old-course`, which does not exist")

        let anchor = try finding(.anchor)
        XCTAssertEqual(anchor.location.column, 26, "at the reference, where it is corrected")
        XCTAssertTrue(anchor.message.contains("`content/organizations/org-a/en.md` has no heading `#opening-hours`"), anchor.message)
        XCTAssertEqual(anchor.hint, "Its headings are #contacts: use one of them, or remove the `#…` part.")
    }

    /// An anchor is checked against the text the reader lands on in the language of the page the
    /// link is on, including pages that show a fallback text.
    func testAnchorsAreCheckedInEveryLanguageTheLinkIsRead() throws {
        let site = try TestSite()
        defer { site.destroy() }
        for (language, heading) in [("lv", "Kontakti"), ("ru", "Контакты"), ("en", "Contacts")] {
            try site.write("content/organizations/org-a/\(language).md", "---\ntitle: Org A\nsummary: Helps.\n---\n## \(heading)\n")
        }
        try site.write("content/legal/legal-a/ru.md", "---\ntitle: A\nsummary: A.\n---\nA.\n")
        try site.write("content/legal/legal-a/en.md", "---\ntitle: A\nsummary: A.\n---\nA.\n")
        // lv.md links the Latvian heading, ru.md the Russian one percent-encoded, as browsers copy
        // it; there is no en.md, so English readers get lv.md and its Latvian anchor.
        try site.write("content/courses/course-a/lv.md", courseText("Kursi", link: "organizations/org-a#kontakti"))
        try site.write("content/courses/course-a/ru.md", courseText("Курсы", link: "organizations/org-a#%D0%BA%D0%BE%D0%BD%D1%82%D0%B0%D0%BA%D1%82%D1%8B"))
        try site.remove("content/courses/course-a/en.md")

        let report = ContentChecker(sourceRoot: site.root, today: CheckFixture.today).check()
        let anchors = report.diagnostics.filter { $0.kind == .anchor }.map(\.diagnostic)
        XCTAssertEqual(anchors.map(\.location), [SourceLocation(path: "content/courses/course-a/lv.md", line: 7, column: 16)])
        XCTAssertTrue(anchors[0].message.contains("`content/organizations/org-a/en.md` has no heading `#kontakti`"), anchors[0].message)
        XCTAssertTrue(anchors[0].message.contains("readers of the en pages"), anchors[0].message)
        XCTAssertEqual(anchors[0].hint, "Write content/courses/course-a/en.md with its own links; `content/organizations/org-a/en.md` has the headings #contacts.")
    }

    func testLinksToEntriesNotWrittenInTheLinkingLanguageAreReported() throws {
        let site = try TestSite()
        defer { site.destroy() }
        // legal-a is only in lv. The Latvian home links it fine; the Russian one sends readers to a
        // Latvian text; the English course page is itself a fallback, so it is not reported again.
        try site.write("content/pages/home/lv.md", "---\ntitle: Sākums\nsummary: S.\n---\n[Palīdzība](legal/legal-a)\n")
        try site.write("content/pages/home/ru.md", "---\ntitle: Главная\nsummary: Г.\n---\n[Помощь](legal/legal-a)\n")
        try site.write("content/courses/course-a/lv.md", courseText("Kursi", link: "legal/legal-a"))
        try site.remove("content/courses/course-a/en.md")

        let report = ContentChecker(sourceRoot: site.root, today: CheckFixture.today).check()
        let links = report.diagnostics.filter { $0.kind == .untranslatedLink }.map(\.diagnostic)
        XCTAssertEqual(links.map(\.location), [SourceLocation(path: "content/pages/home/ru.md", line: 5, column: 10)])
        XCTAssertEqual(links.first?.message, "the link goes to `legal/legal-a`, which has no ru.md: readers land on its lv.md text")
        XCTAssertEqual(links.first?.severity, .warning)
    }

    func testTranslatedFromThatNamesNoUsableSourceIsReported() throws {
        let fixture = try CheckFixture()
        defer { fixture.site.destroy() }
        let lvHash = try XCTUnwrap(fixture.check().versions.first { $0.path == "content/courses/course-a/lv.md" }).hash
        try fixture.writeCourseTranslation("ru", translatedFrom: "ru:\(lvHash)")
        try fixture.site.write("content/legal/legal-a/ru.md", "---\ntitle: A\nsummary: A.\ntranslated_from: en:1a2b3c4d\n---\nA.\n")
        let report = fixture.check()
        let marks = report.diagnostics.filter { $0.kind == .translatedFrom }.map(\.diagnostic)
        XCTAssertEqual(marks.map(\.message), ["`translated_from` names this file's own language",
                                              "`translated_from` names en.md, which this entry does not have"])
        XCTAssertFalse(report.diagnostics.contains { $0.kind == .outdated })
        XCTAssertEqual(report.count(of: .outdated), 0, "a mark that cannot be compared says nothing about the text")
    }

    /// The validator allows 6 to 16 hex digits; any prefix of the full fingerprint names the version.
    func testShorterLongerAndUppercaseMarksMatch() throws {
        let fixture = try CheckFixture()
        defer { fixture.site.destroy() }
        let lvHash = try XCTUnwrap(fixture.check().versions.first { $0.path == "content/courses/course-a/lv.md" }).hash
        for mark in ["lv:" + lvHash.prefix(6), "lv:" + lvHash.uppercased()] {
            try fixture.writeCourseTranslation("ru", translatedFrom: String(mark))
            XCTAssertFalse(fixture.check().diagnostics.contains { $0.kind == .outdated }, mark)
        }
    }

    func testReviewAgeBoundariesAndErrors() throws {
        let site = try TestSite()
        defer { site.destroy() }
        func stale(on day: String) -> [String] {
            ContentChecker(sourceRoot: site.root, today: CalendarDate(iso: day)!).check().summaries.filter { $0.hasPrefix("stale") }
        }
        XCTAssertEqual(stale(on: "2027-01-15"), [], "exactly twelve months is not older than twelve months")
        XCTAssertEqual(stale(on: "2027-01-16"), ["stale warning content/organizations/org-a/entry.yaml:15"])

        let configuration = try site.read("content/site.yaml")
        try site.write("content/site.yaml", configuration + "review: {warn_after_months: 12, error_after_months: 24}\n")
        // org-a (2026-01-15) and course-a (2026-02-01) are past 24 months; legal-a (2026-03-01) only past 12.
        XCTAssertEqual(stale(on: "2028-02-02"), [
            "stale error content/courses/course-a/entry.yaml:12",
            "stale warning content/legal/legal-a/entry.yaml:6",
            "stale error content/organizations/org-a/entry.yaml:15",
        ])
    }

    func testUnreadableSiteConfigurationStillReportsIt() throws {
        let site = try TestSite()
        defer { site.destroy() }
        try site.remove("content/site.yaml")
        let report = ContentChecker(sourceRoot: site.root).check()
        XCTAssertEqual(report.summaries, ["content error content/site.yaml:1"])
        XCTAssertEqual(report.coverage, [])
        XCTAssertEqual(report.versions, [])
    }

    private func courseText(_ title: String, link: String) -> String {
        """
        ---
        title: \(title)
        summary: Latvian for beginners.
        eligibility: Adults living in Riga.
        registration: In person.
        ---
        Run by [Org A](\(link)).
        """
    }

    /// The validator reports a mark not shaped `<language>:<hex>`; the translation audit, which
    /// runs all the same, crashed on it.
    func testAMalformedTranslatedFromIsAnErrorAndNoCrash() throws {
        let fixture = try CheckFixture()
        defer { fixture.site.destroy() }
        for mark in ["garbage", "lv", "lv-1a2b3c4d", "12345678"] {
            try fixture.writeCourseTranslation("en", translatedFrom: mark)
            let report = fixture.check()
            XCTAssertTrue(report.summaries.contains { $0.hasSuffix(" error content/courses/course-a/en.md:6") }, "\(mark): \(report.summaries)")
        }
    }
}
