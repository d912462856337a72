@testable import GuideTheme
import XCTest

/// What a template can look up decides which page values `TemplateShapeCache` may skip, so a
/// name missed here would be a value missing from pages.
final class TemplateNamesTests: XCTestCase {
    func testEveryKindOfTagNamesTheFirstPartOfItsName() throws {
        let scanned = try XCTUnwrap(TemplateNames.scan("""
        {{% CONTENT_TYPE: TEXT }}{{! a comment names nothing }}{{ title }}{{{raw}}}{{&also_raw}}
        {{#items}}{{.}}{{name}}{{/items}}{{^missing}}-{{/missing}}{{t.map.show}}{{#empty(contents)}}{{/empty(contents)}}
        {{count(list)}}{{#first()}}{{/first()}}{{$block}}{{in_block}}{{/block}}{{>part}}{{< parent }}{{/parent}}
        {{.only_here}}{{#.here_too}}{{/.here_too}}
        """))
        XCTAssertEqual(scanned.names, ["title", "raw", "also_raw", "items", "name", "missing", "t", "contents", "list",
                                       "in_block", "only_here", "here_too"])
        XCTAssertEqual(scanned.includes, ["part", "parent"])
    }

    func testATemplateReachesTheNamesOfItsPartialsAndParentsButNotOthers() {
        let used = TemplateNames.used(in: [
            "page": "{{<base}}{{$content}}{{body}}{{>notice}}{{/content}}{{/base}}",
            "base": "<html lang=\"{{lang}}\">{{$content}}{{/content}}{{>footer}}</html>",
            "footer": "{{{_shared_footer}}}",
            "notice": "{{#fallback}}{{text}}{{>notice}}{{/fallback}}",
            "other": "{{menu}}{{>missing}}",
        ])
        XCTAssertEqual(used["page"], ["body", "lang", "_shared_footer", "fallback", "text"])
        XCTAssertEqual(used["other"], ["menu"], "a partial the library lacks renders as nothing")
    }

    func testWhatCannotBeToldFromTheTextGetsNoNames() {
        XCTAssertNil(TemplateNames.scan("{{>*dynamic}}"))
        XCTAssertNil(TemplateNames.scan("{{=<% %>=}}<% title %>"))
        XCTAssertNil(TemplateNames.scan("{{unclosed"))
        let used = TemplateNames.used(in: ["page": "{{title}}{{>chosen}}", "chosen": "{{>*name}}", "plain": "{{title}}"])
        XCTAssertNil(used["page"], "a partial that names its own partial by a value could reach any name")
        XCTAssertNil(used["chosen"])
        XCTAssertEqual(used["plain"], ["title"])
    }
}
