import Foundation
@testable import GuideSearch
@testable import GuideSupport
import XCTest

/// The rules a query is read with besides the analyser: stop words, transliteration (both
/// directions, each convention), keyboard layouts and compounds. Every case is checked here and
/// written to `Tests/Generated/query-cases.json` with each language's rules as the index writes
/// them, and `Tests/js/query.test.mjs` replays the file against `fallback.js` and `analyze.js`:
/// the same cases pass on both sides.
final class QueryRulesTests: XCTestCase {
    static let outputFile = AnalysisCasesWriterTests.repositoryRoot.appendingPathComponent("Tests/Generated/query-cases.json")

    /// One case: what it checks, the language, the input, the index's terms where the rule
    /// consults them (with how many documents hold each), and the expected output (nil: none).
    struct Case {
        var kind: String
        var language: String
        var input: String
        var terms: [String: Int] = [:]
        var stem: String? = nil
        var expected: Expected
    }

    enum Expected {
        case text(String?)
        case words([String]?)
        case flag(Bool)
    }

    static let cases: [Case] = [
        // Stop words: as typed, with or without diacritics, ё, and Ukrainian ґ ї є and apostrophe.
        Case(kind: "stop", language: "ru", input: "на", expected: .flag(true)),
        Case(kind: "stop", language: "ru", input: "её", expected: .flag(true)),
        Case(kind: "stop", language: "ru", input: "человек", expected: .flag(false)),
        Case(kind: "stop", language: "ru", input: "вид", expected: .flag(false)),
        Case(kind: "stop", language: "en", input: "the", expected: .flag(true)),
        Case(kind: "stop", language: "en", input: "we'll", expected: .flag(true)),
        Case(kind: "stop", language: "en", input: "well", expected: .flag(false)),
        Case(kind: "stop", language: "en", input: "ill", expected: .flag(false)),
        Case(kind: "stop", language: "lv", input: "kā", expected: .flag(true)),
        Case(kind: "stop", language: "lv", input: "ka", expected: .flag(true)),
        Case(kind: "stop", language: "lv", input: "atļauja", expected: .flag(false)),
        Case(kind: "stop", language: "uk", input: "її", expected: .flag(true)),
        Case(kind: "stop", language: "uk", input: "ii", expected: .flag(false)),
        Case(kind: "stop", language: "uk", input: "ще", expected: .flag(true)),
        Case(kind: "stop", language: "uk", input: "посвідка", expected: .flag(false)),
        // A query of stop words only is searched as it is; otherwise they are left out.
        Case(kind: "searched", language: "ru", input: "Вид на жительство", expected: .words(["вид", "жительство"])),
        Case(kind: "searched", language: "ru", input: "как и где", expected: .words(["как", "и", "где"])),
        Case(kind: "searched", language: "en", input: "To be or not to be", expected: .words(["to", "be", "or", "not", "to", "be"])),
        Case(kind: "searched", language: "en", input: "help for the victims of trafficking", expected: .words(["help", "victims", "trafficking"])),
        Case(kind: "searched", language: "lv", input: "kursi ar bērniem un bez", expected: .words(["kursi", "bērniem"])),
        Case(kind: "searched", language: "uk", input: "посвідка на проживання в Латвії", expected: .words(["посвідка", "проживання", "латвії"])),

        // Latin → Cyrillic, one case per convention, then the loose key the index terms correct it by.
        Case(kind: "candidate", language: "ru", input: "žitelʹstvo", expected: .text("жительство")),          // ISO 9
        Case(kind: "candidate", language: "ru", input: "zhitel`stvo", expected: .text("жительство")),         // GOST 7.79 B
        Case(kind: "candidate", language: "ru", input: "y`kzamen", expected: .text("ыкзамен")),                // GOST 7.79 B, ы
        Case(kind: "candidate", language: "ru", input: "e`kzamen", expected: .text("экзамен")),                // GOST 7.79 B, э
        Case(kind: "candidate", language: "ru", input: "shhi", expected: .text("щи")),                         // GOST 7.79 B, щ
        Case(kind: "candidate", language: "ru", input: "czentr", expected: .text("центр")),                    // GOST 7.79 B, ц
        Case(kind: "candidate", language: "ru", input: "zhitelstvo", expected: .text("жителство")),            // passport
        Case(kind: "candidate", language: "ru", input: "pomoshch", expected: .text("помощ")),                  // passport
        Case(kind: "candidate", language: "ru", input: "besplatnyi", expected: .text("бесплатный")),           // passport
        Case(kind: "candidate", language: "ru", input: "besplatnyj", expected: .text("бесплатный")),           // informal j
        Case(kind: "candidate", language: "ru", input: "besplatnyy", expected: .text("бесплатный")),           // informal yy
        Case(kind: "candidate", language: "ru", input: "yurist", expected: .text("юрист")),                    // informal yu
        Case(kind: "candidate", language: "ru", input: "jurist", expected: .text("юрист")),                    // informal ju
        Case(kind: "candidate", language: "ru", input: "konsultacija", expected: .text("консултация")),        // informal c, ja
        Case(kind: "candidate", language: "ru", input: "pomosch", expected: .text("помощ")),                   // informal sch
        Case(kind: "candidate", language: "ru", input: "xochu", expected: .text("хочу")),                      // informal x
        Case(kind: "candidate", language: "ru", input: "uchitsya", expected: .text("учиться")),                // -tsya
        Case(kind: "candidate", language: "ru", input: "вид", expected: .text(nil)),                           // already Cyrillic
        Case(kind: "candidate", language: "uk", input: "posvidka", expected: .text("посвідка")),               // official
        Case(kind: "candidate", language: "uk", input: "prozhyvannia", expected: .text("проживання")),         // official ia
        Case(kind: "candidate", language: "uk", input: "prozhyvannya", expected: .text("проживання")),         // informal ya
        Case(kind: "candidate", language: "uk", input: "dopomoha", expected: .text("допомога")),               // official h
        Case(kind: "candidate", language: "uk", input: "yizhak", expected: .text("їжак")),                     // official yi
        Case(kind: "candidate", language: "uk", input: "yevropa", expected: .text("європа")),                  // official ye
        Case(kind: "candidate", language: "uk", input: "ïžak", expected: .text("їжак")),                       // ISO 9
        // Cyrillic → Latin on the Latin-script pages.
        Case(kind: "candidate", language: "lv", input: "даугавпилс", expected: .text("daugavpils")),
        Case(kind: "candidate", language: "lv", input: "юрмала", expected: .text("jurmala")),
        Case(kind: "candidate", language: "lv", input: "пмлп", expected: .text("pmlp")),
        Case(kind: "candidate", language: "lv", input: "riga", expected: .text(nil)),
        Case(kind: "candidate", language: "en", input: "щука", expected: .text("shchuka")),
        Case(kind: "candidate", language: "en", input: "юрист", expected: .text("yurist")),

        Case(kind: "key", language: "ru", input: "жительств", expected: .text("zitelstv")),
        Case(kind: "key", language: "ru", input: "жителств", expected: .text("zitelstv")),
        Case(kind: "key", language: "ru", input: "zhitel'stvo", expected: .text("zitelstvo")),
        Case(kind: "key", language: "ru", input: "юрист", expected: .text("urist")),
        Case(kind: "key", language: "ru", input: "iurist", expected: .text("urist")),
        Case(kind: "key", language: "ru", input: "район", expected: .text("raon")),
        Case(kind: "key", language: "ru", input: "rayon", expected: .text("raon")),
        Case(kind: "key", language: "uk", input: "допомога", expected: .text("dopomoha")),
        Case(kind: "key", language: "uk", input: "dopomoga", expected: .text("dopomoha")),
        Case(kind: "key", language: "lv", input: "jūrmal", expected: .text("urmal")),
        Case(kind: "key", language: "lv", input: "юрмал", expected: .text("urmal")),

        // The spelling searched: the term with the candidate's key most documents hold, plus the
        // candidate's ending; none when no term has that key.
        Case(kind: "spelling", language: "ru", input: "жителство", terms: ["жительств": 3, "житель": 5, "жилищ": 2], stem: "жителств",
             expected: .text("жительство")),
        Case(kind: "spelling", language: "ru", input: "екзамен", terms: ["экзам": 2, "икзам": 1], stem: "екзам", expected: .text("экзамен")),
        Case(kind: "spelling", language: "lv", input: "daugavpils", terms: ["daugavpil": 2], stem: "daugavpil", expected: .text("daugavpils")),
        Case(kind: "spelling", language: "lv", input: "atlauja", terms: ["atlauj": 4, "atļauj": 4], stem: "atlauj", expected: .text("atļauja")),
        Case(kind: "spelling", language: "ru", input: "хочу", terms: ["жительств": 3], stem: "хоч", expected: .text(nil)),

        // The wrong keyboard layout, decided by the index's terms: a part is retyped only when
        // the index knows none of its words and all of the retyped ones.
        Case(kind: "layout", language: "ru", input: "dbl yf ;bntkmcndj", terms: ["вид": 1, "на": 1, "жительств": 1],
             expected: .text("вид на жительство")),
        Case(kind: "layout", language: "ru", input: "pmlp dbl", terms: ["pmlp": 1, "вид": 1], expected: .text("pmlp вид")),
        Case(kind: "layout", language: "ru", input: "pmlp", terms: ["pmlp": 1, "зьдз": 1], expected: .text(nil)),
        Case(kind: "layout", language: "ru", input: "hello", terms: ["вид": 1], expected: .text(nil)),
        Case(kind: "layout", language: "uk", input: "gjcdslrf", terms: ["посвідк": 1], expected: .text("посвідка")),
        Case(kind: "layout", language: "uk", input: "ghj;bdfyyz", terms: ["прожив": 1], expected: .text("проживання")),
        Case(kind: "layout", language: "lv", input: "гяегкуыфтфы", terms: ["uzturesan": 1, "uzturēšan": 1], expected: .text("uzturesanas")),
        Case(kind: "layout", language: "lv", input: "гяегкуыфтфы", terms: ["гяегкуыфтфы": 1, "uzturesan": 1], expected: .text(nil)),
        Case(kind: "layout", language: "en", input: "дупфд фшв", terms: ["legal": 1, "aid": 1], expected: .text("legal aid")),
        // Keys that are letters on the other layout split a word, and a piece may be a known word:
        // retyped all the same when that joins the pieces into words the index knows.
        Case(kind: "layout", language: "ru", input: "e,t;bot", terms: ["e": 1, "убежищ": 1], expected: .text("убежище")),
        Case(kind: "layout", language: "ru", input: "vjq k.,bvsq", terms: ["k": 1, "любим": 1], expected: .text("vjq любимый")),
        Case(kind: "layout", language: "ru", input: "e.g.", terms: ["e": 1, "g": 1], expected: .text(nil)),
        Case(kind: "layout", language: "ru", input: "a b", terms: ["a": 1, "b": 1, "ф": 1, "и": 1], expected: .text(nil)),

        // Compounds: the longest first part the index knows, and a known rest.
        Case(kind: "compound", language: "lv", input: "cilvektirdznieciba", terms: ["cilvek": 3, "cilvēk": 3, "tirdzniecib": 2, "tirdzniecīb": 2],
             expected: .words(["cilvek", "tirdznieciba"])),
        Case(kind: "compound", language: "lv", input: "valstsvaloda", terms: ["valst": 4, "valod": 9], expected: .words(["valsts", "valoda"])),
        Case(kind: "compound", language: "lv", input: "darbadevejs", terms: ["darb": 4, "devej": 1], expected: .words(["darba", "devejs"])),
        Case(kind: "compound", language: "lv", input: "kursi", terms: ["kurs": 4, "kur": 2], expected: .words(nil)),
        Case(kind: "compound", language: "lv", input: "nezinamvards", terms: ["kurs": 4], expected: .words(nil)),
        // Parts of three letters are not taken: short stems are found inside any long word.
        Case(kind: "compound", language: "lv", input: "residence", terms: ["res": 2, "iden": 1, "idenc": 1, "dence": 1],
             expected: .words(nil)),
    ]

    func testEveryCaseHoldsAndTheCasesAreWrittenForJavaScript() throws {
        var lines: [String] = []
        for test in Self.cases {
            let rules = QueryRules.forLanguage(test.language)
            let analyzer = TextAnalyzer(languageCode: test.language)
            let isKnown = { (word: String) in analyzer.analyze(word).contains { test.terms[$0] != nil } }
            let actual: Expected
            switch test.kind {
            case "stop": actual = .flag(StopWords(language: test.language, rules: rules).contains(test.input))
            case "searched": actual = .words(StopWords(language: test.language, rules: rules).searched(analyzer.tokens(test.input)))
            case "candidate": actual = .text(Transliteration.candidate(test.input, rules: rules))
            case "key": actual = .text(Transliteration.key(test.input, rules: rules))
            case "spelling": actual = .text(Transliteration.spelling(of: test.input, stem: test.stem!, terms: test.terms, rules: rules))
            case "layout": actual = .text(KeyboardLayout.retyped(test.input, layouts: rules.layouts, tokens: analyzer.tokens, isKnown: isKnown))
            case "compound": actual = .words(CompoundSplitter.split(test.input, isKnown: isKnown))
            default: return XCTFail("unknown kind \(test.kind)")
            }
            XCTAssertEqual(Self.json(actual), Self.json(test.expected), "\(test.kind) \(test.language) \(test.input)")
            var fields = ["\"kind\":\(JSONText.string(test.kind))", "\"language\":\(JSONText.string(test.language))",
                          "\"input\":\(JSONText.string(test.input))", "\"expected\":\(Self.json(test.expected))"]
            if !test.terms.isEmpty {
                fields.append("\"terms\":{" + test.terms.keys.sorted().map { "\(JSONText.string($0)):\(test.terms[$0]!)" }.joined(separator: ",") + "}")
            }
            if let stem = test.stem { fields.append("\"stem\":\(JSONText.string(stem))") }
            lines.append("{" + fields.joined(separator: ",") + "}")
        }
        let languages = ["lv", "ru", "en", "uk"].map { language in
            let rules = QueryRules.forLanguage(language)
            return "\(JSONText.string(language)):{\"rules\":\(rules.json),\"stop_words\":\(JSONText.string(rules.stopWordsText))}"
        }
        let file = "{\"languages\":{\n" + languages.joined(separator: ",\n") + "\n},\"cases\":[\n" + lines.joined(separator: ",\n") + "\n]}\n"
        try FileManager.default.createDirectory(at: Self.outputFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try file.write(to: Self.outputFile, atomically: true, encoding: .utf8)
    }

    func testTheRulesAreWellFormed() {
        for language in ["lv", "ru", "en", "uk"] {
            let rules = QueryRules.forLanguage(language)
            for layout in rules.layouts {
                XCTAssertEqual(layout.latin.unicodeScalars.count, layout.letters.unicodeScalars.count, "\(language): one letter per key")
            }
            XCTAssertEqual(Set(rules.stopWords).count, rules.stopWords.count, "\(language): no stop word twice")
            XCTAssertTrue(rules.stopWords.allSatisfy { $0 == $0.lowercased() }, "\(language): stop words in lower case")
        }
    }

    static func json(_ value: Expected) -> String {
        switch value {
        case .text(let text): return text.map(JSONText.string) ?? "null"
        case .words(let words): return words.map { "[" + $0.map(JSONText.string).joined(separator: ",") + "]" } ?? "null"
        case .flag(let flag): return flag ? "true" : "false"
        }
    }
}
