import Foundation
@testable import GuideCheck
@testable import GuideModel

/// `TestSite` changed so that `guide check` has exactly one thing of each kind to report: one
/// missing translation, one outdated translation, one stale entry, one link to an entry that does
/// not exist and one link to a heading that does not exist. Every other text and fact is in order,
/// so any further finding is a bug in the check.
struct CheckFixture {
    /// 2026-01-15 (org-a's review) plus twelve months has passed; 2026-02-01 (course-a's) has not.
    static let today = CalendarDate(iso: "2027-01-20")!

    let site: TestSite

    init() throws {
        site = try TestSite()
        // Missing: legal-a is written in lv (by TestSite) and ru, not in en.
        try site.write("content/legal/legal-a/ru.md", "---\ntitle: Юридическая помощь A\nsummary: Бесплатные консультации.\n---\nТекст по-русски.\n")
        // Broken link, line 7: there is no courses/old-course.
        try site.write("content/organizations/org-a/lv.md",
                       "---\ntitle: Org A lv\nsummary: Helps newcomers.\n---\n## Contacts\n\nCall us. Earlier we ran [a course](courses/old-course).\n")
        // Broken anchor, line 5: org-a's English text has only #contacts.
        try site.write("content/pages/home/en.md", "---\ntitle: Home\nsummary: Home summary\n---\nWelcome. See [the hours](organizations/org-a#opening-hours).\n")
        // Outdated, line 6: made from a version of lv.md that never existed.
        try writeCourseTranslation("ru", translatedFrom: "lv:0badc0de")
        // Up to date: en.md names the version `guide check` prints for lv.md, as a translator copies it.
        let lvVersion = ContentChecker(sourceRoot: site.root, today: Self.today).check().versions
            .first { $0.path == "content/courses/course-a/lv.md" }!
        try writeCourseTranslation("en", translatedFrom: lvVersion.mark)
        // Stale: org-a was reviewed on 2026-01-15 (TestSite), more than twelve months before `today`.
    }

    /// course-a's text as TestSite writes it, with `translated_from` on line 6.
    func writeCourseTranslation(_ language: String, translatedFrom mark: String) throws {
        try site.write("content/courses/course-a/\(language).md", """
        ---
        title: Course A \(language)
        summary: Latvian for beginners.
        eligibility: Adults living in Riga.
        registration: In person; places run out on the first day.
        translated_from: \(mark)
        ---
        Run by [Org A](organizations/org-a#contacts).
        """)
    }

    func check() -> CheckReport {
        ContentChecker(sourceRoot: site.root, today: Self.today).check()
    }
}

extension CheckReport {
    /// The findings as `kind severity path:line`, which is what the tests pin down; messages are
    /// checked separately where their words matter.
    var summaries: [String] {
        diagnostics.map { "\($0.kind.rawValue) \($0.diagnostic.severity.rawValue) \($0.diagnostic.location.path):\($0.diagnostic.location.line)" }
    }
}
