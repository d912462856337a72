import Foundation
import XCTest

/// The header and footer are rendered once per language and set of current links
/// (`Theme.sharedPartials`); each page must still show its own current link and its own
/// language switcher.
final class SharedPartialsTests: XCTestCase {
    private var site: TestSite!

    override func setUpWithError() throws {
        site = try TestSite()
        for (language, title) in [("lv", "Par mums"), ("ru", "О нас"), ("en", "About")] {
            try site.write("content/pages/about/\(language).md", "---\ntitle: \(title)\nsummary: \(title).\n---\nText.\n")
        }
        try site.write("content/pages/about/entry.yaml", "menu: 1\nreviewed: 2026-01-10\n")
        let result = site.build()
        XCTAssertTrue(result.published, result.diagnostics.map(\.formatted).joined(separator: "\n"))
    }

    override func tearDown() {
        site.destroy()
    }

    private func page(_ path: String) throws -> String {
        try String(contentsOf: site.output.appendingPathComponent(path), encoding: .utf8)
    }

    private func part(_ html: String, from start: String, to end: String) throws -> String {
        let from = try XCTUnwrap(html.range(of: start), "no \(start)")
        let to = try XCTUnwrap(html.range(of: end, range: from.upperBound..<html.endIndex), "no \(end)")
        return String(html[from.lowerBound..<to.upperBound])
    }

    /// Builds with `template` replaced by `text` and without the course's English text, so that
    /// its English page falls back to another language and is not translated.
    private func buildWithoutTheCoursesEnglishText(template: String, _ text: String) throws {
        try site.write("themes/default/templates/\(template).mustache", text)
        try site.remove("content/courses/course-a/en.md")
        let result = site.build()
        XCTAssertTrue(result.published, result.diagnostics.map(\.formatted).joined(separator: "\n"))
    }

    private func currentLinks(_ html: String) -> [String] {
        html.components(separatedBy: "<a href=\"").dropFirst().filter { $0.contains("aria-current=\"page\"") }
            .map { String($0.prefix { $0 != "\"" }) }
    }

    func testEachPageMarksItsOwnSectionAndMenuLinkCurrent() throws {
        let course = try page("lv/kursi/course-a/index.html")
        let organization = try page("lv/organizacijas/org-a/index.html")
        let about = try page("lv/about/index.html")
        let home = try page("lv/index.html")
        XCTAssertEqual(currentLinks(try part(course, from: "<nav class=\"main-nav\"", to: "</nav>")), ["/lv/kursi/"])
        XCTAssertEqual(currentLinks(try part(organization, from: "<nav class=\"main-nav\"", to: "</nav>")), ["/lv/organizacijas/"])
        XCTAssertEqual(currentLinks(try part(about, from: "<footer", to: "</footer>")), ["/lv/about/"])
        XCTAssertEqual(currentLinks(try part(course, from: "<footer", to: "</footer>")), [])
        XCTAssertEqual(currentLinks(try part(home, from: "<header", to: "</footer>")), [])
        XCTAssertTrue(try part(about, from: "<footer", to: "</footer>").contains(">Par mums</a>"), "the menu shows the page's title")
        XCTAssertTrue(try part(try page("ru/index.html"), from: "<footer", to: "</footer>").contains(">О нас</a>"),
                      "each language's footer names the menu page in that language")
    }

    func testPagesOfOneSectionShareTheHeaderButNotTheLanguageSwitcher() throws {
        let course = try page("lv/kursi/course-a/index.html")
        let index = try page("lv/kursi/index.html")
        let header = { (html: String) in try self.part(html, from: "<a class=\"brand\"", to: "</header>") }
        XCTAssertEqual(try header(course), try header(index))
        XCTAssertTrue(try header(course).contains("<a class=\"brand\" href=\"/lv/\">Ceļvedis</a>"))
        let switcher = { (html: String) in try self.part(html, from: "<nav class=\"languages\"", to: "</nav>") }
        let courseSwitcher = try switcher(course), indexSwitcher = try switcher(index)
        XCTAssertTrue(courseSwitcher.contains("href=\"/ru/kursy/course-a/\""), courseSwitcher)
        XCTAssertTrue(indexSwitcher.contains("href=\"/ru/kursy/\""), indexSwitcher)
        XCTAssertTrue(courseSwitcher.contains("href=\"/lv/kursi/course-a/\" hreflang=\"lv\" lang=\"lv\" aria-current=\"true\""))
    }

    func testASharedPartialSeesTheSiteWideValuesOnlyButEachPagesLanguageLinks() throws {
        try buildWithoutTheCoursesEnglishText(template: "footer",
                                              "<footer>{{lang}}|{{site_title}}|{{title}}|{{canonical}}|{{#languages}}{{code}}={{href}}{{#translated}}+{{/translated}};{{/languages}}</footer>\n")
        XCTAssertTrue(try page("lv/kursi/course-a/index.html")
            .contains("<footer>lv|Ceļvedis|||lv=/lv/kursi/course-a/+;ru=/ru/kursy/course-a/+;en=/en/courses/course-a/;</footer>"))
        XCTAssertTrue(try page("lv/kursi/index.html")
            .contains("<footer>lv|Ceļvedis|||lv=/lv/kursi/+;ru=/ru/kursy/+;en=/en/courses/+;</footer>"))
        XCTAssertTrue(try page("en/organizations/org-a/index.html")
            .contains("<footer>en|Guide|||lv=/lv/organizacijas/org-a/+;ru=/ru/organizacii/org-a/+;en=/en/organizations/org-a/+;</footer>"))
    }

    func testAListItemSeesItsOwnValuesItsHeadingLevelAndThePagesLanguageAndStringsOnly() throws {
        try site.write("themes/default/templates/entry-list-item.mustache",
                       "<li>{{lang}}|{{item_tag}}|{{title}}|{{t.skip_to_content}}|{{canonical}}|{{heading}}|{{#services}}{{title}};{{/services}}</li>\n")
        let result = site.build()
        XCTAssertTrue(result.published, result.diagnostics.map(\.formatted).joined(separator: "\n"))
        let organizations = try page("en/organizations/index.html")
        XCTAssertTrue(organizations.contains("<li>en|h3|Org A en|Skip to content|||Course A en;Juridiskā palīdzība A;</li>"), organizations)
        let legal = try page("lv/juridiska-palidziba/index.html")
        XCTAssertTrue(legal.contains("<li>lv|h3|"), "a legal-help item under a topic heading is a level-3 heading")
    }

    func testAFactRowSeesItsOwnValuesAndThePagesLanguageAndStringsOnly() throws {
        // The English page shows the Latvian text, and says so per row.
        try buildWithoutTheCoursesEnglishText(template: "entry-fact",
                                              "<dt>{{lang}}|{{label}}|{{value}}|{{value_lang}}|{{#links}}{{href}}={{text}};{{/links}}|{{t.skip_to_content}}|{{heading}}|{{canonical}}</dt>\n")
        let course = try page("en/courses/course-a/index.html")
        let facts = try part(course, from: "<dl>", to: "</dl>")
        XCTAssertTrue(facts.hasPrefix("<dl>\n<dt>en|Run by|||/en/organizations/org-a/=Org A en;|Skip to content||</dt>\n<dt>en|Level|A1, A2|||Skip to content||</dt>\n"), facts)
        XCTAssertTrue(facts.contains("<dt>en|Who can join|Adults living in Riga.|lv||Skip to content||</dt>\n"), facts)
        XCTAssertTrue(try page("lv/kursi/course-a/index.html").contains("<dt>lv|Līmenis|A1, A2|||Pāriet uz saturu||</dt>\n"))
    }
}
