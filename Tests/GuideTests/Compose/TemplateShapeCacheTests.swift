import Foundation
@testable import GuideTheme
import Mustache
import XCTest

/// A page rendered once per shape of its values, with the strings put in afterwards, must be
/// exactly what swift-mustache gives for the page's own values.
final class TemplateShapeCacheTests: XCTestCase {
    private static let templates = [
        "page": """
        <h1 title="{{title}}">{{title}}</h1>{{{raw}}}|{{&raw}}
        {{#items}}<li{{#first()}} class="first"{{/first()}}{{#last()}} class="last"{{/last()}}>{{index()}}:{{name}}={{{html}}}\
        {{#tags}}[{{.}}]{{/tags}}{{^tags}}none{{/tags}}</li>
        {{/items}}
        {{^empty(items)}}{{count(items)}} items{{/empty(items)}}{{#empty(items)}}no items{{/empty(items)}}
        {{#flag}}on{{/flag}}{{^flag}}off{{/flag}} {{flag}} {{number}} {{#equalzero(number)}}zero{{/equalzero(number)}}
        {{#note}}<p>{{note}}</p>{{/note}}{{^missing}}no missing{{/missing}}{{#empty(note)}}empty note{{/empty(note)}}
        {{>part}}
        {{t.greeting}}, {{lang}}: {{nested.inner.leaf}}{{#nested}}{{#inner}}({{leaf}}{{title}}){{/inner}}{{/nested}}
        """,
        "part": "<footer>{{title}}|{{#items}}{{name}}{{/items}}|{{t.greeting}}{{#footer_note}} {{footer_note}}{{/footer_note}}</footer>\n",
        "base": "<html lang=\"{{lang}}\">{{$content}}default{{/content}}</html>\n",
        "child": "{{<base}}{{$content}}<main>{{body}}{{{body}}}</main>{{/content}}{{/base}}\n",
        "text": "{{% CONTENT_TYPE: TEXT }}{{title}}|{{{title}}}|{{.dotted}}\n",
    ]

    private var library: MustacheLibrary!

    override func setUpWithError() throws {
        FastHTMLContentType.register()
        library = MustacheLibrary()
        for (name, text) in Self.templates {
            try library.register(FastHTMLContentType.pragma + text, named: name)
        }
        XCTAssertTrue(TemplateShapeRules.allow(Array(Self.templates.values)))
    }

    private func direct(_ template: String, _ values: [String: Any]) -> String {
        library.render(values, withTemplate: template) ?? ""
    }

    private func cached(_ cache: TemplateShapeCache, _ template: String, _ values: [String: Any]) -> String {
        let language = values["t"] == nil ? nil : values["lang"] as? String
        return cache.html(template, values: values, leaving: language.map { ("t", $0) }) {
            self.direct(template, $0)
        }
    }

    private static let awkwardStrings = ["Plain", "", "a & b < c > d \"e\" 'f'", "line\n", "\nline", "uzturēšanās atļauja",
                                         "вид на жительство", "&\u{301} combining", "\u{1}0&\u{2} looks like a marker",
                                         "{{title}}", "&amp;", "\r"]

    private func values(title: String, items: [(String, [String])], flag: Bool, number: Int, note: String?,
                        language: String = "en") -> [String: Any] {
        var values: [String: Any] = [
            "title": title, "raw": "<b>\(title)</b>",
            "items": items.map { ["name": $0.0, "html": "<i>\($0.0)</i>", "tags": $0.1] as [String: Any] },
            "flag": flag, "number": number, "lang": language,
            "t": ["greeting": language == "lv" ? "Sveiki & labdien" : "Hello & welcome"] as [String: any Sendable],
            "nested": ["inner": ["leaf": title.uppercased()]],
            "body": title,
        ]
        if let note { values["note"] = note }
        return values
    }

    func testEveryTemplateGivesTheLibrarysOwnOutputForAwkwardStrings() {
        let cache = TemplateShapeCache()
        for template in Self.templates.keys.sorted() {
            for (position, string) in Self.awkwardStrings.enumerated() {
                let other = Self.awkwardStrings[(position + 3) % Self.awkwardStrings.count]
                let set = values(title: string, items: [(other, [string, other]), (string, [])], flag: position % 2 == 0,
                                 number: position % 3, note: position % 4 == 0 ? nil : other,
                                 language: position % 5 == 0 ? "lv" : "en")
                XCTAssertEqual(cached(cache, template, set), direct(template, set), "\(template) with \(string.debugDescription)")
            }
        }
    }

    func testSeededRandomValuesRenderAsTheLibraryRendersThem() {
        var generator = SeededGenerator(state: 20261204)
        let cache = TemplateShapeCache()
        let words = Self.awkwardStrings + ["kurss", "A1", "<script>", "x"]
        func word() -> String { words[Int(generator.next() % UInt64(words.count))] }
        for round in 0..<400 {
            let items = (0..<Int(generator.next() % 4)).map { _ in (word(), (0..<Int(generator.next() % 3)).map { _ in word() }) }
            let set = values(title: word(), items: items, flag: generator.next() % 2 == 0, number: Int(generator.next() % 3),
                             note: generator.next() % 3 == 0 ? nil : word(), language: generator.next() % 2 == 0 ? "lv" : "en")
            for template in ["page", "child", "text"] {
                XCTAssertEqual(cached(cache, template, set), direct(template, set), "round \(round), \(template)")
            }
        }
        XCTAssertGreaterThan(cache.count, 10)
        XCTAssertLessThan(cache.count, 1_000, "of 1,200 renders, some share the shape of an earlier one")
    }

    func testTheShapeTellsApartWhatATemplateCanTest() {
        let base = values(title: "A", items: [("x", ["t"])], flag: true, number: 1, note: "n")
        let shape = { (values: [String: Any]) in TemplateShape(of: values, leaving: "t", prefix: "page")!.key }
        XCTAssertEqual(shape(base), shape(values(title: "Other", items: [("y", ["u"])], flag: true, number: 1, note: "m")))
        let variants = [
            values(title: "", items: [("x", ["t"])], flag: true, number: 1, note: "n"),
            values(title: "A", items: [("x", ["t"]), ("x", ["t"])], flag: true, number: 1, note: "n"),
            values(title: "A", items: [("x", [])], flag: true, number: 1, note: "n"),
            values(title: "A", items: [("x", ["t"])], flag: false, number: 1, note: "n"),
            values(title: "A", items: [("x", ["t"])], flag: true, number: 2, note: "n"),
            values(title: "A", items: [("x", ["t"])], flag: true, number: 1, note: nil),
        ]
        XCTAssertEqual(Set(variants.map(shape) + [shape(base)]).count, variants.count + 1)
        XCTAssertEqual(TemplateShape(of: base, leaving: "t", prefix: "page")?.strings.first, "A",
                       "strings are numbered by name, and `body` comes before `items` and `title`")
    }

    func testValuesOfAnUnknownKindAreRenderedDirectly() {
        let cache = TemplateShapeCache()
        for odd: Any in [1.5, Optional<String>.none as Any, Optional("text") as Any, ["a": 1.5]] {
            var set = values(title: "A", items: [], flag: true, number: 0, note: nil)
            set["note"] = odd
            XCTAssertNil(TemplateShape(of: set, leaving: "t", prefix: "page"))
            XCTAssertEqual(cached(cache, "page", set), direct("page", set))
        }
        XCTAssertEqual(cache.count, 0)
    }

    func testValuesNoTemplateNamesAreLeftOutOfTheShapeAndTheOutputIsTheSame() {
        let used = TemplateNames.used(in: Self.templates)
        let cache = TemplateShapeCache(usedNames: used)
        var generator = SeededGenerator(state: 20261206)
        let words = Self.awkwardStrings + ["kurss", "<script>"]
        func word() -> String { words[Int(generator.next() % UInt64(words.count))] }
        for round in 0..<200 {
            var set = values(title: word(), items: [(word(), [word()])], flag: round % 2 == 0, number: round % 3,
                             note: round % 3 == 0 ? nil : word(), language: round % 2 == 0 ? "lv" : "en")
            // Named by no template: a list of a different length, an odd kind of value, a string.
            set["navigation"] = (0..<Int(generator.next() % 4)).map { _ in ["label": word()] }
            set["unusedNumber"] = 1.5
            set["unusedText"] = word()
            // Named, with a leading dot, by `text` only.
            set["dotted"] = word()
            for template in Self.templates.keys.sorted() {
                XCTAssertEqual(cached(cache, template, set), direct(template, set), "round \(round), \(template)")
            }
        }
        XCTAssertGreaterThan(cache.count, 0, "a double no template names is no reason to render directly")
        XCTAssertLessThan(cache.count, 60, "lists no template names make no new shapes")
        let shape = { (values: [String: Any]) in TemplateShape(of: values, leaving: "t", using: used["page"], prefix: "page")!.key }
        let base = values(title: "A", items: [("x", ["t"])], flag: true, number: 1, note: "n")
        var extra = base
        extra["navigation"] = [["label": "Kursi"], ["label": "Palīdzība"]]
        XCTAssertEqual(shape(base), shape(extra))
        var named = base
        named["footer_note"] = "only the partial names it"
        XCTAssertNotEqual(shape(base), shape(named))
    }

    func testAFullCacheKeepsItsShapesAndRendersNewOnesEachTime() {
        let cache = TemplateShapeCache(limit: 1)
        let one = values(title: "A", items: [], flag: true, number: 0, note: nil)
        let other = values(title: "A", items: [], flag: false, number: 0, note: nil)
        XCTAssertEqual(cached(cache, "page", one), direct("page", one))
        XCTAssertEqual(cached(cache, "page", other), direct("page", other))
        XCTAssertEqual(cached(cache, "page", other), direct("page", other))
        XCTAssertEqual(cache.count, 1)
    }
}
