import Foundation
@testable import GuideCheck
@testable import GuideScaffold
@testable import GuideSite
import XCTest

/// `guide new`: a new entry must fail the build, naming each field still to fill in, until an
/// editor has filled them; then it must build. It must never overwrite anything.
final class EntryScaffoldTests: XCTestCase {
    private var site: TestSite!

    override func setUpWithError() throws {
        site = try TestSite()
    }

    override func tearDown() {
        site.destroy()
    }

    private func create(_ section: String, _ slug: String) throws -> EntryScaffold {
        try EntryCreator(sourceRoot: site.root).create(section: section, slug: slug)
    }

    // MARK: From empty to built

    func testNewCourseFailsNamingEachEmptyFieldUntilFilled() throws {
        let scaffold = try create("courses", "test-course")
        let folder = "content/courses/test-course"
        XCTAssertEqual(scaffold.files.map(\.path), ["entry.yaml", "lv.md", "ru.md", "en.md"].map { "\(folder)/\($0)" })
        for file in scaffold.files {
            XCTAssertEqual(try site.read(file.path), file.text, "the files on disk are the scaffold's values")
        }
        XCTAssertEqual(scaffold.requiredFacts, ["provider", "levels", "mode", "cost", "source", "reviewed"])
        XCTAssertEqual(scaffold.requiredText, ["title", "summary", "eligibility", "registration"])

        let failed = site.build()
        XCTAssertFalse(failed.published)
        try assertErrors(failed, name: scaffold.requiredFacts, in: "\(folder)/entry.yaml")
        for language in ["lv", "ru", "en"] {
            try assertErrors(failed, name: scaffold.requiredText, in: "\(folder)/\(language).md")
        }

        try fill("\(folder)/entry.yaml", ["provider": "organizations/org-a", "levels": "[A1, A2]", "mode": "online",
                                          "cost": "{free: true, paid_by: state}", "source": "https://example.lv/course",
                                          "reviewed": "2026-11-01"])
        for language in ["lv", "ru", "en"] {
            try fill("\(folder)/\(language).md", ["title": "Test course", "summary": "Latvian online.",
                                                  "eligibility": "Everyone.", "registration": "By e-mail."])
        }
        try assertBuilds()
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("en/courses/test-course/index.html").path))
    }

    func testNewOrganizationFailsNamingEachEmptyFieldUntilFilled() throws {
        let scaffold = try create("organizations", "test-org")
        XCTAssertEqual(scaffold.requiredFacts, ["kind", "source", "reviewed"])
        XCTAssertEqual(scaffold.requiredText, ["title", "summary"])
        let failed = site.build()
        XCTAssertFalse(failed.published)
        try assertErrors(failed, name: scaffold.requiredFacts, in: "content/organizations/test-org/entry.yaml")
        try assertErrors(failed, name: scaffold.requiredText, in: "content/organizations/test-org/lv.md")

        try fill("content/organizations/test-org/entry.yaml", ["kind": "ngo", "source": "https://example.lv/", "reviewed": "2026-11-01"])
        try fillTexts(of: scaffold)
        try assertBuilds()
    }

    func testNewLegalServiceFailsNamingEachEmptyFieldUntilFilled() throws {
        let scaffold = try create("legal", "test-legal")
        XCTAssertEqual(scaffold.requiredFacts, ["topics", "cost", "channels", "source", "reviewed"])
        XCTAssertEqual(scaffold.requiredText, ["title", "summary"])
        let failed = site.build()
        XCTAssertFalse(failed.published)
        try assertErrors(failed, name: scaffold.requiredFacts, in: "content/legal/test-legal/entry.yaml")
        try assertErrors(failed, name: scaffold.requiredText, in: "content/legal/test-legal/en.md")

        try fill("content/legal/test-legal/entry.yaml", ["topics": "[asylum]", "cost": "{free: true}", "channels": "[phone]",
                                                         "source": "https://example.lv/legal", "reviewed": "2026-11-01"])
        try fillTexts(of: scaffold)
        try assertBuilds()
    }

    func testNewPageNeedsOnlyItsTexts() throws {
        let scaffold = try create("pages", "test-page")
        XCTAssertEqual(scaffold.requiredFacts, [], "a page's entry.yaml holds optional fields only")
        let failed = site.build()
        XCTAssertFalse(failed.published)
        XCTAssertFalse(failed.diagnostics.contains { $0.location.path.hasSuffix("test-page/entry.yaml") }, formatted(failed))
        try assertErrors(failed, name: ["title", "summary"], in: "content/pages/test-page/ru.md")
        try fillTexts(of: scaffold)
        try assertBuilds()
    }

    // MARK: Every field, with examples that work

    /// Each section's files list every field of README's tables, and every example is valid as
    /// written: an editor who only deletes the `# ` gets a building entry.
    func testEveryFieldIsListedAndEveryExampleBuilds() throws {
        let shared = ["website", "phones", "emails", "locations", "languages"]
        let time = ["runs", "registration", "status", "replaced_by"]
        let optionalFacts: [String: [String]] = [
            "pages": ["menu", "source", "reviewed"],
            "organizations": time + shared,
            "courses": ["duration_hours", "instruction_language", "support_languages"] + time + shared,
            "legal": ["provider"] + time + shared,
        ]
        let optionalText: [String: [String]] = [
            "pages": ["keywords", "translated_from"],
            "organizations": ["hours_note", "status_note", "keywords", "translated_from"],
            "courses": ["schedule", "cost_note", "hours_note", "status_note", "keywords", "translated_from"],
            "legal": ["eligibility", "cost_note", "hours_note", "status_note", "keywords", "translated_from"],
        ]
        let filledFacts: [String: [String: String]] = [
            "pages": [:],
            "organizations": ["kind": "state", "source": "https://example.lv/", "reviewed": "2026-11-01"],
            "courses": ["provider": "organizations/org-a", "levels": "[B1]", "mode": "blended", "cost": "{free: false, amount_eur: 90, paid_by: learner}",
                        "source": "https://example.lv/", "reviewed": "2026-11-01"],
            "legal": ["topics": "[work, housing]", "cost": "{free: true, paid_by: ngo}", "channels": "[email, letter]",
                      "source": "https://example.lv/", "reviewed": "2026-11-01"],
        ]
        for section in ["pages", "organizations", "courses", "legal"] {
            let scaffold = try create(section, "every-field")
            let entryYAML = scaffold.files[0]
            for field in scaffold.requiredFacts {
                XCTAssertTrue(entryYAML.text.contains("\n\(field):"), "\(section): `\(field)` is present")
            }
            try site.write(entryYAML.path, uncomment(optionalFacts[section]!, in: entryYAML.text))
            try fill(entryYAML.path, filledFacts[section]!)
            for file in scaffold.files.dropFirst() {
                try site.write(file.path, uncomment(optionalText[section]!, in: file.text))
            }
            try fillTexts(of: scaffold)
        }
        try assertBuilds()
    }

    func testRequiredLinesAreMarkedAndTheSummaryNamesThem() throws {
        let scaffold = try create("courses", "marked")
        for name in scaffold.requiredFacts {
            XCTAssertTrue(scaffold.files[0].text.split(separator: "\n").contains { $0.hasPrefix("\(name):") && $0.hasSuffix("# required") }, name)
        }
        XCTAssertTrue(scaffold.files[0].text.contains("Organisations in this guide: org-a."), "an editor sees which providers exist")
        XCTAssertTrue(scaffold.summary.contains("content/courses/marked/ru.md"), scaffold.summary)
        XCTAssertTrue(scaffold.summary.contains("provider, levels, mode, cost, source and reviewed"), scaffold.summary)
        XCTAssertTrue(scaffold.summary.contains("Only lv must be written"), scaffold.summary)
    }

    // MARK: Refusals

    func testExistingEntryIsNeverOverwritten() throws {
        let before = snapshot(of: site.root.appendingPathComponent("content"))
        XCTAssertThrowsError(try create("courses", "course-a")) { error in
            XCTAssertEqual(error as? ScaffoldError, .entryExists(path: "content/courses/course-a"))
            XCTAssertEqual((error as? ScaffoldError)?.isUsageError, false)
        }
        XCTAssertEqual(snapshot(of: site.root.appendingPathComponent("content")), before)

        let scaffold = try create("courses", "twice")
        try fill(scaffold.files[0].path, ["mode": "online"])
        XCTAssertThrowsError(try create("courses", "twice")) { error in
            XCTAssertEqual(error as? ScaffoldError, .entryExists(path: "content/courses/twice"))
        }
        XCTAssertTrue(try site.read(scaffold.files[0].path).contains("mode: online"), "the editor's work is kept")
    }

    func testInvalidSlugIsRefusedWithASuggestion() throws {
        let before = snapshot(of: site.root.appendingPathComponent("content"))
        for slug in ["Test_Course", "-test", "test-", "", "../escape", "kurss-rīgā"] {
            XCTAssertThrowsError(try create("courses", slug), slug) { error in
                XCTAssertEqual(error as? ScaffoldError, .invalidSlug(slug))
                XCTAssertEqual((error as? ScaffoldError)?.isUsageError, true)
            }
        }
        XCTAssertEqual(ScaffoldError.invalidSlug("Test_Course").hint.hasSuffix("e.g. `test-course`."), true)
        XCTAssertEqual(ScaffoldError.invalidSlug("kurss-rīgā").hint.hasSuffix("e.g. `kurss-riga`."), true)
        XCTAssertEqual(snapshot(of: site.root.appendingPathComponent("content")), before)
    }

    func testUnknownSectionIsRefusedWithTheClosestOne() throws {
        XCTAssertThrowsError(try create("course", "test-course")) { error in
            let error = error as? ScaffoldError
            XCTAssertEqual(error, .unknownSection("course"))
            XCTAssertEqual(error?.isUsageError, true)
            XCTAssertEqual(error?.hint, "Did you mean `courses`? The sections are: pages, organizations, courses, legal.")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/course").path))
    }

    func testBrokenSiteConfigurationIsRefusedWithItsErrors() throws {
        try site.write("content/site.yaml", "base_url: https://guide.test/\n")
        XCTAssertThrowsError(try create("courses", "test-course")) { error in
            let error = error as? ScaffoldError
            XCTAssertEqual(error?.isUsageError, false)
            XCTAssertTrue(error?.diagnostics.contains { $0.location.path == "content/site.yaml" && $0.message.contains("`languages`") } == true,
                          "\(error?.diagnostics ?? [])")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/courses/test-course").path))
    }

    // MARK: Helpers

    /// Each field has an error in `path`, on the field's own line, with a hint.
    private func assertErrors(_ result: BuildResult, name fields: [String], in path: String,
                              file: StaticString = #filePath, line: UInt = #line) throws {
        let lines = try site.read(path).split(separator: "\n", omittingEmptySubsequences: false)
        for field in fields {
            let fieldLine = (lines.firstIndex { $0.hasPrefix("\(field):") } ?? -2) + 1
            let match = result.diagnostics.first {
                $0.isError && $0.location.path == path && $0.location.line == fieldLine && $0.message.contains("`\(field)`")
            }
            XCTAssertNotNil(match, "expected an error naming `\(field)` at \(path):\(fieldLine); got:\n\(formatted(result))", file: file, line: line)
            XCTAssertNotNil(match?.hint, file: file, line: line)
        }
    }

    private func assertBuilds(file: StaticString = #filePath, line: UInt = #line) throws {
        let result = site.build()
        XCTAssertEqual(result.diagnostics.filter(\.isError), [], formatted(result), file: file, line: line)
        XCTAssertTrue(result.published, file: file, line: line)
    }

    /// Replaces the (uncommented) line of each field, as an editor fills in a value.
    private func fill(_ path: String, _ values: [String: String]) throws {
        var lines = try site.read(path).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (field, value) in values {
            let index = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("\(field):") }, "\(path) has a line for `\(field)`")
            lines[index] = "\(field): \(value)"
        }
        try site.write(path, lines.joined(separator: "\n"))
    }

    private func fillTexts(of scaffold: EntryScaffold) throws {
        for file in scaffold.files.dropFirst() {
            try fill(file.path, Dictionary(uniqueKeysWithValues: scaffold.requiredText.map { ($0, "Text of \($0).") }))
        }
    }

    private func formatted(_ result: BuildResult) -> String {
        result.diagnostics.map(\.formatted).joined(separator: "\n")
    }
}

/// Deletes the `# ` in front of each named field's example and its indented continuation lines,
/// as an editor switches an optional field on; fails the test when a field has no example.
private func uncomment(_ fields: [String], in text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
    var inExample = false
    var found: Set<String> = []
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
        if let field = fields.first(where: { line.hasPrefix("# \($0):") }) {
            found.insert(field)
            inExample = true
            return line.dropFirst(2)
        }
        if inExample && line.hasPrefix("#   ") { return line.dropFirst(2) }
        inExample = false
        return line
    }
    for field in fields where !found.contains(field) {
        XCTFail("no example of `\(field)` in:\n\(text)", file: file, line: line)
    }
    return lines.joined(separator: "\n")
}
