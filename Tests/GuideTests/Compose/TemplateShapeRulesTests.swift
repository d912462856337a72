import Foundation
@testable import GuideTheme
import XCTest

/// Only themes whose templates leave the text of strings alone are rendered once per shape; a
/// theme that transforms a string, picks a partial by a value or indents a partial is rendered
/// page by page, and its pages come out the same either way.
final class TemplateShapeRulesTests: XCTestCase {
    func testTheDefaultThemeKeepsToTheRules() throws {
        let folder = Repository.theme.appendingPathComponent("templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        XCTAssertFalse(names.isEmpty)
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            XCTAssertTrue(TemplateShapeRules.allows(text), name)
        }
    }

    func testTransformsThatLookOnlyAtTheShapeAreAllowed() {
        for text in ["{{^empty(facts)}}x{{/empty(facts)}}", "{{count(items)}}", "{{#items}}{{#first()}}a{{/first()}}{{index()}}{{/items}}",
                     "{{#equalzero(count(items))}}none{{/equalzero(count(items))}}", "{{! a comment (with parentheses) }}",
                     "{{% CONTENT_TYPE: TEXT }}{{title}}", "x {{>part}}", "{{>part}}\n", "{{{body}}} {{&body}}"] {
            XCTAssertTrue(TemplateShapeRules.allows(text), text)
        }
    }

    func testWhatActsOnTheTextOfAStringIsRefused() {
        for text in ["{{uppercased(title)}}", "{{#sorted(tags)}}{{.}}{{/sorted(tags)}}", "{{{capitalized(title)}}}",
                     "{{^empty(reversed(title))}}x{{/empty(reversed(title))}}", "{{=<% %>=}}<% title %>", "{{>*template}}",
                     "{{> *template}}", "<ul>\n  {{>part}}\n</ul>", "\t{{$block}}x{{/block}}", "  {{<base}}{{/base}}", "{{title"] {
            XCTAssertFalse(TemplateShapeRules.allows(text), text)
        }
    }

    func testAThemeOutsideTheRulesBuildsTheSameGuidePageByPage() throws {
        let site = try TestSite()
        defer { site.destroy() }
        let content = site.root.appendingPathComponent("content")
        try FileManager.default.removeItem(at: content)
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("content"), to: content)
        var result = site.build()
        XCTAssertTrue(result.published, result.diagnostics.map(\.formatted).joined(separator: "\n"))
        let byShape = snapshot(of: site.output)
        let themeFolder = site.root.appendingPathComponent("themes/default")
        XCTAssertNotNil(Theme.load(from: themeFolder, languages: ["lv"], sourceRoot: site.root).0?.shapes)

        // A transform of a value no page has renders nothing, but takes the theme out of the rules.
        try site.replace("<h1", with: "{{lowercased(no_such_value)}}<h1", in: "themes/default/templates/entry.mustache")
        XCTAssertNil(Theme.load(from: themeFolder, languages: ["lv"], sourceRoot: site.root).0?.shapes)
        result = site.build()
        XCTAssertTrue(result.published, result.diagnostics.map(\.formatted).joined(separator: "\n"))
        let pageByPage = snapshot(of: site.output)
        XCTAssertGreaterThan(byShape.count, 200, "the bundled guide")
        XCTAssertEqual(Set(byShape.keys), Set(pageByPage.keys))
        for (path, bytes) in byShape where pageByPage[path] != bytes {
            XCTFail("\(path) differs")
        }
    }
}
