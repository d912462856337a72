import Foundation
@testable import GuideTheme
import XCTest

/// Each kind of broken content must produce its own located error, fail the build, and leave an
/// already published site exactly as it was.
final class BrokenContentTests: XCTestCase {
    private var site: TestSite!
    private var published: [String: Data] = [:]

    override func setUpWithError() throws {
        site = try TestSite()
        let first = site.build()
        XCTAssertTrue(first.published, first.diagnostics.map(\.formatted).joined(separator: "\n"))
        published = snapshot(of: site.output)
        XCTAssertFalse(published.isEmpty)
    }

    override func tearDown() {
        site.destroy()
    }

    /// Builds the broken site and checks the error's place and that Output/ did not change.
    private func assertFails(path: String, line: Int? = nil, column: Int? = nil, messageContains fragment: String,
                             file: StaticString = #filePath, testLine: UInt = #line) {
        let result = site.build()
        let errors = result.diagnostics.filter(\.isError)
        let all = result.diagnostics.map(\.formatted).joined(separator: "\n")
        XCTAssertFalse(result.published, "a broken build must not publish", file: file, line: testLine)
        let match = errors.first { diagnostic in
            diagnostic.location.path == path && (line == nil || diagnostic.location.line == line)
                && (column == nil || diagnostic.location.column == column) && diagnostic.message.contains(fragment)
        }
        XCTAssertNotNil(match, "expected an error at \(path):\(line.map(String.init) ?? "*") containing “\(fragment)”; got:\n\(all)", file: file, line: testLine)
        if let match {
            XCTAssertTrue(match.formatted.hasPrefix("\(path):\(match.location.line):\(match.location.column): error: "), file: file, line: testLine)
            XCTAssertNotNil(match.hint, "every error carries a hint", file: file, line: testLine)
        }
        XCTAssertEqual(snapshot(of: site.output), published, "Output/ must stay exactly as it was", file: file, line: testLine)
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: site.root.path))?.filter { $0.contains("staging") } ?? []
        XCTAssertEqual(leftovers, [], "no staging folder may be left behind", file: file, line: testLine)
    }

    func testMalformedYAML() throws {
        try site.write("content/organizations/org-a/entry.yaml", "kind: ngo\nwebsite: [https://x.lv\nsource: https://x.lv/\nreviewed: 2026-01-01\n")
        assertFails(path: "content/organizations/org-a/entry.yaml", line: 3, messageContains: "malformed YAML")
    }

    func testMalformedFrontMatter() throws {
        try site.write("content/organizations/org-a/ru.md", "---\ntitle: A\nsummary: \"unclosed\n---\nText\n")
        assertFails(path: "content/organizations/org-a/ru.md", messageContains: "malformed YAML")
    }

    func testUnknownField() throws {
        let text = try site.read("content/organizations/org-a/entry.yaml")
        try site.write("content/organizations/org-a/entry.yaml", text + "reveiwed: 2026-01-01\n")
        assertFails(path: "content/organizations/org-a/entry.yaml", line: 16, column: 1, messageContains: "unknown field `reveiwed`")
    }

    func testUnknownFrontMatterField() throws {
        try site.write("content/organizations/org-a/en.md", "---\ntitle: A\nsummary: B\nsumary: C\n---\nText\n")
        assertFails(path: "content/organizations/org-a/en.md", line: 4, column: 1, messageContains: "unknown field `sumary`")
    }

    func testMissingRequiredField() throws {
        try site.replace("mode: in_person\n", with: "", in: "content/courses/course-a/entry.yaml")
        assertFails(path: "content/courses/course-a/entry.yaml", messageContains: "required field `mode` is missing")
    }

    func testMissingTitle() throws {
        try site.write("content/courses/course-a/ru.md", "---\nsummary: B\neligibility: x\nregistration: y\n---\nText\n")
        assertFails(path: "content/courses/course-a/ru.md", messageContains: "required field `title` is missing")
    }

    func testUnknownLevel() throws {
        try site.replace("levels: [A1, A2]", with: "levels: [A1, Z9]", in: "content/courses/course-a/entry.yaml")
        assertFails(path: "content/courses/course-a/entry.yaml", line: 2, column: 14, messageContains: "`Z9` is not a valid `levels`")
    }

    func testLatitudeOutsideLatvia() throws {
        try site.replace("latitude: 56.95", with: "latitude: 500", in: "content/organizations/org-a/entry.yaml")
        assertFails(path: "content/organizations/org-a/entry.yaml", line: 8, column: 15, messageContains: "`latitude` is 500")
    }

    func testImpossibleDate() throws {
        try site.replace("reviewed: 2026-03-01", with: "reviewed: 2026-13-45", in: "content/legal/legal-a/entry.yaml")
        assertFails(path: "content/legal/legal-a/entry.yaml", line: 6, column: 11, messageContains: "not a real date")
    }

    func testLanguageFallbackNamingAnUnknownLanguage() throws {
        try site.replace("    title: Guide\n", with: "    title: Guide\n    fallback: [lv, uk]\n", in: "content/site.yaml")
        assertFails(path: "content/site.yaml", line: 14, column: 15, messageContains: "`fallback` names `uk`, which is not in `languages`")
    }

    func testReferenceToMissingProvider() throws {
        try site.replace("provider: organizations/org-a", with: "provider: organizations/no-such-org", in: "content/legal/legal-a/entry.yaml")
        assertFails(path: "content/legal/legal-a/entry.yaml", line: 1, column: 11, messageContains: "`organizations/no-such-org` does not exist")
    }

    func testLinkToMissingEntry() throws {
        try site.write("content/organizations/org-a/en.md", "---\ntitle: A\nsummary: B\n---\nFirst line.\n\nSee [a course](courses/missing-course).\n")
        assertFails(path: "content/organizations/org-a/en.md", line: 7, messageContains: "`courses/missing-course`, which does not exist")
    }

    func testInvalidSlug() throws {
        try FileManager.default.copyItem(at: site.root.appendingPathComponent("content/legal/legal-a"),
                                         to: site.root.appendingPathComponent("content/legal/Legal_Help"))
        assertFails(path: "content/legal/Legal_Help", messageContains: "not a valid folder name")
    }

    func testInvalidUTF8() throws {
        var bytes = Data("---\ntitle: A\nsummary: B\n---\nGood line.\nBad ".utf8)
        bytes.append(contentsOf: [0xC3, 0x28, 0xFF])
        try site.write("content/organizations/org-a/lv.md", bytes)
        assertFails(path: "content/organizations/org-a/lv.md", line: 6, column: 5, messageContains: "not valid UTF-8")
    }

    func testMissingRequiredLanguage() throws {
        try site.remove("content/organizations/org-a/lv.md")
        assertFails(path: "content/organizations/org-a/lv.md", messageContains: "`lv.md` is missing")
    }

    func testUnknownLanguageFile() throws {
        try site.write("content/organizations/org-a/de.md", "---\ntitle: A\nsummary: B\n---\nText\n")
        assertFails(path: "content/organizations/org-a/de.md", messageContains: "not a language of the site")
    }

    func testForbiddenLinkScheme() throws {
        try site.write("content/organizations/org-a/en.md", "---\ntitle: A\nsummary: B\n---\n[click](javascript:alert(1))\n")
        assertFails(path: "content/organizations/org-a/en.md", line: 5, messageContains: "`javascript:` are not allowed")
    }

    func testAllProblemsReportedInOneRun() throws {
        let course = try site.read("content/courses/course-a/entry.yaml")
        try site.write("content/courses/course-a/entry.yaml", course.replacingOccurrences(of: "levels: [A1, A2]", with: "levels: [Z9]"))
        let legal = try site.read("content/legal/legal-a/entry.yaml")
        try site.write("content/legal/legal-a/entry.yaml", legal.replacingOccurrences(of: "reviewed: 2026-03-01", with: "reviewed: 2026-02-30"))
        try site.remove("content/organizations/org-a/lv.md")
        let result = site.build()
        let paths = Set(result.diagnostics.filter(\.isError).map(\.location.path))
        XCTAssertTrue(paths.isSuperset(of: ["content/courses/course-a/entry.yaml", "content/legal/legal-a/entry.yaml",
                                            "content/organizations/org-a/lv.md"]), "\(paths)")
        XCTAssertEqual(snapshot(of: site.output), published)
    }

    func testLanguageListedTwice() throws {
        try site.replace("  - code: en\n", with: "  - code: en\n    name: English\n    title: Guide\n  - code: en\n", in: "content/site.yaml")
        assertFails(path: "content/site.yaml", line: 14, messageContains: "the language `en` is listed twice")
    }

    // The theme: each of these crashed the build, or published empty pages, before it was checked.

    /// Appends `text` to a template of the theme; the line the addition starts on.
    @discardableResult
    private func append(_ text: String, toTemplate name: String) throws -> Int {
        let path = "themes/default/templates/\(name).mustache", before = try site.read(path)
        try site.write(path, before + text)
        return before.filter { $0 == "\n" }.count + 1
    }

    func testTemplateThatIncludesItself() throws {
        try append("{{#value}}{{>entry-fact}}{{/value}}", toTemplate: "entry-fact")
        assertFails(path: "themes/default/templates/entry-fact.mustache", messageContains: "includes itself: entry-fact → entry-fact")
    }

    func testTemplatesThatIncludeEachOther() throws {
        try site.write("themes/default/templates/loop-a.mustache", "a {{>loop-b}}")
        try site.write("themes/default/templates/loop-b.mustache", "b\n{{>loop-a}}")
        assertFails(path: "themes/default/templates/loop-b.mustache", line: 2, messageContains: "includes itself: loop-b → loop-a → loop-b")
    }

    func testMissingParentTemplate() throws {
        try site.remove("themes/default/templates/base.mustache")
        assertFails(path: "themes/default/templates/entry.mustache", line: 1, messageContains: "`base` is not a template of the theme")
    }

    func testMissingPartial() throws {
        try append("{{> nowhere }}", toTemplate: "footer")
        assertFails(path: "themes/default/templates/footer.mustache", messageContains: "`nowhere` is not a template of the theme")
    }

    func testSectionsNestedTooDeep() throws {
        let depth = TemplateStructure.deepestNesting + 1
        let line = try append(String(repeating: "{{#t}}\n", count: depth) + String(repeating: "{{/t}}", count: depth), toTemplate: "footer") + depth - 1
        assertFails(path: "themes/default/templates/footer.mustache", line: line, messageContains: "nested more than \(TemplateStructure.deepestNesting) deep")
    }

    func testAssetThatIsASymbolicLink() throws {
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("themes/default/assets/passwd.txt").path,
                                                   withDestinationPath: "/etc/passwd")
        assertFails(path: "themes/default/assets/passwd.txt", messageContains: "the asset is a symbolic link")
    }

    func testMissingStylesheet() throws {
        try site.remove("themes/default/assets/style.css")
        assertFails(path: "themes/default/assets/style.css", messageContains: "the asset `style.css` is missing")
    }

    // The output folder: a build replaces it whole, and the next one deletes what it replaced.

    private func assertRefusesOutput(_ output: URL, messageContains fragment: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let before = snapshot(of: site.root)
        let result = site.build(output: output)
        XCTAssertFalse(result.published, file: file, line: line)
        let error = result.diagnostics.first(where: \.isError)
        XCTAssertEqual(error?.location.path, output.path, file: file, line: line)
        XCTAssertTrue(error?.message.contains(fragment) ?? false, error?.formatted ?? "no error", file: file, line: line)
        XCTAssertNotNil(error?.hint, file: file, line: line)
        XCTAssertEqual(snapshot(of: site.root), before, "nothing in the source folder may change", file: file, line: line)
    }

    func testOutputInsideTheThemeIsRefused() throws {
        try assertRefusesOutput(site.root.appendingPathComponent("themes/default/assets"), messageContains: "inside themes/")
    }

    func testOutputInsideContentIsRefused() throws {
        try assertRefusesOutput(site.root.appendingPathComponent("content"), messageContains: "inside content/")
    }

    func testOutputThatIsOrHoldsTheSourceIsRefused() throws {
        try assertRefusesOutput(site.root, messageContains: "is the source folder")
        try assertRefusesOutput(site.root.deletingLastPathComponent(), messageContains: "holds the source folder")
    }

    func testOutputThatIsAFileIsRefused() throws {
        try site.write("notes.txt", "precious")
        try assertRefusesOutput(site.root.appendingPathComponent("notes.txt"), messageContains: "the output is a file")
        try assertRefusesOutput(site.root.appendingPathComponent("notes.txt/site"), messageContains: "which is a file")
    }

    func testOutputReachedThroughALinkToTheSourceIsRefused() throws {
        let link = FileManager.default.temporaryDirectory.appendingPathComponent("guide-link-\(UUID().uuidString)")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: site.root.appendingPathComponent("themes"))
        defer { try? FileManager.default.removeItem(at: link) }
        try assertRefusesOutput(link.appendingPathComponent("default"), messageContains: "inside themes/")
    }

    func testPageAtTheAddressOfASectionOrTheSearchPage() throws {
        // TestSite's Latvian courses live at /lv/kursi/: a page `kursi` would have replaced the list.
        try site.write("content/pages/kursi/lv.md", "---\ntitle: Kursi\nsummary: Par kursiem.\n---\nTeksts.\n")
        assertFails(path: "content/pages/kursi", messageContains: "`kursi` is the address of one of the site's own pages")
    }

    func testSectionAtTheAddressOfTheHandouts() throws {
        try site.replace("legal: juridiska-palidziba", with: "legal: handout", in: "content/site.yaml")
        assertFails(path: "content/site.yaml", messageContains: "`handout` is the address of the printed handouts")
    }

    func testTileAddressThatWouldAddToThePolicy() throws {
        for tiles in ["https://tiles.example/{z}/{x}/{y}.png; report-uri https://evil.example", "http://tiles.example/{z}/{x}/{y}.png",
                      "javascript:alert(1)", "https://tiles.example/tile.png"] {
            try site.write("content/site.yaml", try site.read("content/site.yaml").components(separatedBy: "map:\n")[0] + "map:\n  tiles: \"\(tiles)\"\n")
            assertFails(path: "content/site.yaml", messageContains: "`tiles` must be an https address")
        }
    }

    func testBaseAddressWithALineBreak() throws {
        try site.replace("base_url: https://guide.test/", with: "base_url: \"https://guide.test/\\nDisallow: /\"", in: "content/site.yaml")
        assertFails(path: "content/site.yaml", line: 1, messageContains: "`base_url` is not a web address")
    }

    /// Org A is named by the home page, by course A's text and as the provider of course A and
    /// legal A: each of those said "does not exist", before the one error that mattered.
    func testAnInvalidEntryIsOneErrorNotOneForEveryLinkToIt() throws {
        try site.replace("kind: ngo", with: "kind: bogus", in: "content/organizations/org-a/entry.yaml")
        assertFails(path: "content/organizations/org-a/entry.yaml", line: 1, messageContains: "bogus")
        let errors = site.build().diagnostics.filter(\.isError)
        XCTAssertEqual(errors.count, 1, errors.map(\.formatted).joined(separator: "\n"))
    }

    func testAFieldGivenTwiceIsNamedAtItsSecondLine() throws {
        let facts = try site.read("content/courses/course-a/entry.yaml")
        try site.write("content/courses/course-a/entry.yaml", facts + "mode: online\n")
        let line = facts.filter { $0 == "\n" }.count + 1
        assertFails(path: "content/courses/course-a/entry.yaml", line: line, column: 1, messageContains: "the field `mode` is given twice (first on line 3)")
        let errors = site.build().diagnostics.filter(\.isError)
        XCTAssertEqual(errors.count, 1, "no `entry.yaml is missing` besides: " + errors.map(\.formatted).joined(separator: "\n"))
    }

    func testAnUnreadableTextIsNotAlsoMissing() throws {
        try site.write("content/courses/course-a/lv.md", Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0x0A]))
        assertFails(path: "content/courses/course-a/lv.md", messageContains: "UTF-8")
        let messages = site.build().diagnostics.filter(\.isError).map(\.message)
        XCTAssertFalse(messages.contains { $0.contains("is missing") }, messages.joined(separator: "\n"))
    }

    func testUIStringWithAPlaceholderTheGuideDoesNotFill() throws {
        try site.replace("checked_on: \"Fakti pārbaudīti {date}\"", with: "checked_on: \"Fakti pārbaudīti {datum}\"", in: "themes/default/i18n/lv.yaml")
        assertFails(path: "themes/default/i18n/lv.yaml", line: 13, messageContains: "`{datum}` in `checked_on` is not a placeholder the guide fills in")
    }

    /// Missing from the first language's file, the skip link was published empty.
    func testUIStringMissingFromOneLanguageIsShownInAnother() throws {
        try site.replace("skip_to_content: Pāriet uz saturu\n", with: "", in: "themes/default/i18n/lv.yaml")
        let result = site.build()
        XCTAssertTrue(result.published, result.diagnostics.map(\.formatted).joined(separator: "\n"))
        XCTAssertTrue(result.diagnostics.contains { $0.location.path == "themes/default/i18n/lv.yaml" && $0.message.contains("skip_to_content") })
        let russian = try XCTUnwrap(try site.read("themes/default/i18n/ru.yaml").split(separator: "\n").first { $0.hasPrefix("skip_to_content:") })
        let home = try site.read("Output/lv/index.html")
        XCTAssertTrue(home.contains("<a class=\"skip\" href=\"#main\">\(russian.dropFirst("skip_to_content: ".count))</a>"), home)
    }

    func testOutputHoldingOtherFilesIsRefused() throws {
        let folder = site.root.appendingPathComponent("thesis")
        try site.write("thesis/chapter-1.txt", "precious")
        try site.write("thesis/lv/notes.md", "a folder shaped like a language is fine")
        try assertRefusesOutput(folder, messageContains: "holds files the guide does not write (chapter-1.txt)")
        // A folder the build wrote, even with precompressed files, is replaced as before.
        XCTAssertTrue(site.build(output: site.output).published)
    }

    func testTemplateThatChangesItsDelimiters() throws {
        try append("{{=<% %>=}}<%>entry-fact%>", toTemplate: "entry-fact")
        assertFails(path: "themes/default/templates/entry-fact.mustache", messageContains: "changes its delimiters")
    }

    func testPartialNamedByAValue() throws {
        try append("{{>*lang}}", toTemplate: "entry-fact")
        assertFails(path: "themes/default/templates/entry-fact.mustache", messageContains: "named by a value")
    }

    /// It printed the page's values, with the cache's random markers: every build differed.
    func testWholeValueOutsideASection() throws {
        let line = try append("{{#menu}}{{.}}{{/menu}}{{ . }}", toTemplate: "footer")
        assertFails(path: "themes/default/templates/footer.mustache", line: line, messageContains: "`{{.}}` outside a section")
    }

    func testBlockTheParentDoesNotDeclare() throws {
        try site.replace("{{$content}}", with: "{{$main}}", in: "themes/default/templates/base.mustache")
        assertFails(path: "themes/default/templates/entry.mustache", messageContains: "`content` is not a block of `base`")
    }

    func testSectionsNestedTooDeepThroughPartials() throws {
        let half = TemplateStructure.deepestNesting / 2 + 1
        func nested(_ inner: String) -> String { String(repeating: "{{#t}}", count: half) + inner + String(repeating: "{{/t}}", count: half) }
        try site.write("themes/default/templates/deep-a.mustache", nested("{{>deep-b}}"))
        try site.write("themes/default/templates/deep-b.mustache", nested(""))
        assertFails(path: "themes/default/templates/deep-a.mustache", line: 1, messageContains: "nested more than \(TemplateStructure.deepestNesting) deep through its partials")
    }

    func testCountedPhraseWithoutItsOtherForm() throws {
        let lv = try site.read("themes/default/i18n/lv.yaml")
        let line = try XCTUnwrap(lv.split(separator: "\n", omittingEmptySubsequences: false).first { $0.hasPrefix("  courses: {zero") })
        try site.replace(String(line), with: "  courses: {zero: \"{count} kursu\", one: \"{count} kurss\"}", in: "themes/default/i18n/lv.yaml")
        assertFails(path: "themes/default/i18n/lv.yaml", messageContains: "`courses` has no `other` form")
    }

    func testUIStringWithAStrayBraceOrNoText() throws {
        try site.replace("checked_on: \"Fakti pārbaudīti {date}\"", with: "checked_on: \"Fakti pārbaudīti { date }\"", in: "themes/default/i18n/lv.yaml")
        assertFails(path: "themes/default/i18n/lv.yaml", line: 13, messageContains: "a brace that is not part of a placeholder")
        try site.replace("checked_on: \"Fakti pārbaudīti { date }\"", with: "checked_on: ~", in: "themes/default/i18n/lv.yaml")
        assertFails(path: "themes/default/i18n/lv.yaml", line: 13, messageContains: "`checked_on` has no text")
    }

    func testBaseAddressWithAFragment() throws {
        try site.replace("base_url: https://guide.test/", with: "base_url: https://guide.test/#x/", in: "content/site.yaml")
        assertFails(path: "content/site.yaml", line: 1, messageContains: "`base_url` is not a web address")
    }

    func testAliasUnderAnAliasWrittenAsAFile() throws {
        try site.replace("---\ntitle:", with: "---\naliases: [/lv/old.html]\ntitle:", in: "content/courses/course-a/lv.md")
        try site.replace("---\ntitle:", with: "---\naliases: [/lv/old.html/more/]\ntitle:", in: "content/legal/legal-a/lv.md")
        assertFails(path: "content/legal/legal-a/lv.md", line: 2, messageContains: "lies under the alias `/lv/old.html`")
    }

    func testReviewedAfterTheBuildDayIsAWarning() throws {
        try site.replace("reviewed: 2026-02-01", with: "reviewed: 2062-02-01", in: "content/courses/course-a/entry.yaml")
        let result = site.build()
        XCTAssertTrue(result.published)
        let warning = try XCTUnwrap(result.diagnostics.first { $0.message.contains("`reviewed` is 2062-02-01, after the day the site is built for") })
        XCTAssertEqual(warning.location.path, "content/courses/course-a/entry.yaml")
        XCTAssertEqual(warning.location.line, 12)
    }

    func testUIStringsFileThatCannotBeReadIsNotCalledMissing() throws {
        try site.write("themes/default/i18n/ru.yaml", Data([0x6B, 0x3A, 0x20, 0xFF, 0x0A]))
        assertFails(path: "themes/default/i18n/ru.yaml", messageContains: "not valid UTF-8")
        XCTAssertFalse(site.build().diagnostics.contains { $0.message.contains("are missing") })
    }

    func testReplacementsThatLeadInACircle() throws {
        let course = try site.read("content/courses/course-a/entry.yaml")
        try site.write("content/courses/course-a/entry.yaml", course + "runs: {until: 2026-01-31}\nreplaced_by: legal/legal-a\n")
        let legal = try site.read("content/legal/legal-a/entry.yaml")
        try site.write("content/legal/legal-a/entry.yaml", legal + "replaced_by: courses/course-a\n")
        assertFails(path: "content/courses/course-a/entry.yaml", messageContains: "`replaced_by` leads back here: courses/course-a → legal/legal-a → courses/course-a")
    }

    /// swift-mustache said `expectedSectionEnd` at the end of the file, or `overflow`.
    func testTemplateSyntaxErrorsNameWhereTheyBegin() throws {
        let footer = try site.read("themes/default/templates/footer.mustache")
        let line = footer.filter { $0 == "\n" }.count + 1
        for (addition, message) in [("{{#menu}}\nnever closed\n", "`menu`, opened here, is never closed"),
                                    ("{{! a comment never closed\n", "a tag here is not closed"),
                                    ("{{#a}}{{#b}}{{/a}}{{/b}}", "`{{/a}}` closes `b`, opened on line \(line)")] {
            try site.write("themes/default/templates/footer.mustache", footer + addition)
            assertFails(path: "themes/default/templates/footer.mustache", line: line, messageContains: message)
        }
    }

    func testNeighbourhoodInAnotherTown() throws {
        try site.write("content/site.yaml", try site.read("content/site.yaml") + """
        municipalities:
          riga: {kind: valstspilseta, lv: Rīga, ru: Рига, en: Riga}
          jelgava: {kind: valstspilseta, lv: Jelgava, ru: Елгава, en: Jelgava}
        """)
        try site.replace("    neighbourhood: centrs\n", with: "    neighbourhood: centrs\n    municipality: riga\n", in: "content/organizations/org-a/entry.yaml")
        try site.replace("    longitude: 24.11\nsource: https://org.example.lv/courses", with: "    longitude: 24.11\n    neighbourhood: centrs\n    municipality: jelgava\nsource: https://org.example.lv/courses",
                         in: "content/courses/course-a/entry.yaml")
        assertFails(path: "content/courses/course-a/entry.yaml", messageContains: "the neighbourhood `centrs` is in riga (content/organizations/org-a), not in jelgava")
    }
}
