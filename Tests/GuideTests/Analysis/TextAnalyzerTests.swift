import Foundation
@testable import GuideSearch
import XCTest

/// The analyser's steps as `docs/search-analysis.md` states them. The JavaScript twin replays
/// the generated cases file, so a behaviour pinned here is a behaviour both sides share.
final class TextAnalyzerTests: XCTestCase {
    private let latvian = TextAnalyzer(languageCode: "lv")
    private let russian = TextAnalyzer(languageCode: "ru")
    private let english = TextAnalyzer(languageCode: "en")
    private let ukrainian = TextAnalyzer(languageCode: "uk")
    /// A language with no stemmer, so tokenisation and folding can be seen on their own.
    private let plain = TextAnalyzer(languageCode: "de")

    // MARK: - Spec examples

    func testSpecExamples() {
        XCTAssertEqual(
            latvian.analyze("Uzturēšanās atļauja"), ["uzturēšan", "uzturesan", "atļauj", "atlauj"])
        XCTAssertEqual(latvian.analyze("uzturesanas atlauja"), ["uzturesan", "atlauj"])
    }

    /// The examples table of `docs/search-analysis.md`, row by row.
    func testSpecTableExamples() {
        let rows: [(String, String, [String])] = [
            ("lv", "Uzturēšanās atļauja", ["uzturēšan", "uzturesan", "atļauj", "atlauj"]),
            ("lv", "uzturesanas atlauja", ["uzturesan", "atlauj"]),
            ("lv", "Latviešu valodas kursi bēgļiem",
             ["latvieš", "latvies", "valod", "kurs", "bēgl", "begl"]),
            ("lv", "Ceļvedis — «Drošā māja»!", ["ceļved", "celved", "droš", "dros", "māj", "maj"]),
            ("ru", "Ёлка и йогурт: юридическая помощь", ["елк", "и", "йогурт", "юридическ", "помощ"]),
            ("en", "A newcomer’s guide to residence permits",
             ["a", "newcom", "guid", "to", "resid", "permit"]),
            ("en", "Geologists added an emergency plan", ["geolog", "add", "an", "emergenc", "plan"]),
            ("en", "ΟΔΟΣ İstanbul Łódź", ["οδος", "i\u{0307}stanbul", "łódź", "łodz"]),
            ("uk", "М’ясо, мʼясо і мясо", ["м'яс", "мяс", "м'яс", "мяс", "і", "мяс"]),
            ("uk", "Ґанок, їжак і Європа", ["ґанок", "ганок", "їжак", "іжак", "і", "європ", "европ"]),
            ("uk", "Посвідка на проживання", ["посвідк", "на", "прожив"]),
        ]
        for (language, text, expected) in rows {
            XCTAssertEqual(TextAnalyzer(languageCode: language).analyze(text), expected, text)
        }
    }

    func testSpecStemmerExamples() {
        XCTAssertEqual(latvian.stem("akmeņiem"), "akmen")
        XCTAssertEqual(russian.stem("ёлка"), "елк")
        XCTAssertEqual(ukrainian.stem("сім'ї"), "сім")
        let english: [(String, String)] = [
            ("added", "add"), ("ebbed", "ebb"), ("geologist", "geolog"), ("emergency", "emergenc"),
            ("internal", "internal"), ("evening", "evening"), ("proceed", "proceed"),
            ("dying", "die"), ("vying", "vie"), ("skis", "ski"), ("skies", "sky"),
            ("'a'", "a"), ("''", "''"), ("paste", "paste"), ("past", "past"),
        ]
        for (word, stem) in english {
            XCTAssertEqual(self.english.stem(word), stem, word)
        }
    }

    // MARK: - Tokens

    func testTokensAreRunsOfLettersMarksAndDigits() {
        XCTAssertEqual(plain.analyze("Hello, world! 42nd—test"), ["hello", "world", "42nd", "test"])
        XCTAssertEqual(plain.analyze("e-pasts_adrese/lapa.lv"), ["e", "pasts", "adrese", "lapa", "lv"])
        XCTAssertEqual(plain.analyze("a😀b c\u{00A0}d\te\nf"), ["a", "b", "c", "d", "e", "f"])
        XCTAssertEqual(plain.analyze("  \n\t ,.;  "), [])
        XCTAssertEqual(plain.analyze(""), [])
    }

    func testDigitsAreDecimalDigitsOnly() {
        XCTAssertEqual(plain.analyze("Zvaniet 112 vai 1201"), ["zvaniet", "112", "vai", "1201"])
        // Arabic-Indic digits are \p{Nd}; superscripts and fractions are \p{No} and separate.
        XCTAssertEqual(plain.analyze("٤٢ x² ½kg"), ["٤٢", "x", "kg"])
    }

    func testCombiningMarksStayInsideTokens() {
        // Devanagari virama and vowel signs are \p{M}.
        XCTAssertEqual(plain.analyze("क्षत्रिय"), ["क्षत्रिय"])
        // A mark with no precomposed form survives NFC and stays in the token.
        XCTAssertEqual(plain.analyze("q\u{0307}x"), ["q\u{0307}x"])
    }

    func testRepeatsAndOrderAreKept() {
        XCTAssertEqual(latvian.analyze("kursi, kursi un kursi"), ["kurs", "kurs", "un", "kurs"])
    }

    // MARK: - Apostrophes

    func testApostropheBetweenWordCharactersJoins() {
        XCTAssertEqual(plain.analyze("newcomer's rock'n'roll"), ["newcomer's", "rock'n'roll"])
    }

    func testTypographicApostrophesBecomeAscii() {
        XCTAssertEqual(plain.analyze("newcomer\u{2019}s"), ["newcomer's"])
        XCTAssertEqual(plain.analyze("newcomer\u{02BC}s"), ["newcomer's"])
        XCTAssertEqual(english.analyze("A newcomer\u{2019}s guide"), ["a", "newcom", "guid"])
    }

    func testApostropheAtEdgesOrDoubledSeparates() {
        XCTAssertEqual(plain.analyze("'quoted' words'"), ["quoted", "words"])
        XCTAssertEqual(plain.analyze("a''b"), ["a", "b"])
        XCTAssertEqual(plain.analyze("it' s"), ["it", "s"])
        XCTAssertEqual(plain.analyze("don't-stop"), ["don't", "stop"])
        // Other quote-like marks are not apostrophes.
        XCTAssertEqual(plain.analyze("l\u{2018}x l`y l\u{00B4}z"), ["l", "x", "l", "y", "l", "z"])
    }

    // MARK: - Normalisation and case

    func testTextIsNormalisedToNFC() {
        XCTAssertEqual(plain.analyze("e\u{0301}cole"), ["école", "ecole"])
        XCTAssertEqual(
            latvian.analyze("Uzture\u{0304}s\u{030C}ana\u{0304}s"), ["uzturēšan", "uzturesan"])
        // Singleton decompositions: U+212B ANGSTROM SIGN is Å after NFC.
        XCTAssertEqual(plain.analyze("\u{212B}ngstr\u{00F6}m"), ["ångström", "angstrom"])
    }

    func testLowerCasingIsTheUnicodeDefault() {
        XCTAssertEqual(plain.analyze("ÉCOLE Ļoti"), ["école", "ecole", "ļoti", "loti"])
        XCTAssertEqual(plain.analyze("ĀBOLS ЁЛКА"), ["ābols", "abols", "ёлка"])
        // Dotted capital I lower-cases to i + U+0307 (not Turkish dotless handling), which stays
        // one token; folding only touches the Latin blocks, so the mark stays too.
        XCTAssertEqual(plain.analyze("İz"), ["i\u{0307}z"])
    }

    func testFinalSigmaMatchesJavaScript() {
        XCTAssertEqual(plain.analyze("ΟΔΟΣ"), ["οδος"])
        XCTAssertEqual(plain.analyze("ΣΑΣ ΣΟΦΙΑ"), ["σας", "σοφια"])
        XCTAssertEqual(plain.analyze("Σ"), ["σ"])
        // A following letter across a case-ignorable apostrophe keeps the medial form.
        XCTAssertEqual(plain.analyze("ΑΣ'Β"), ["ασ'β"])
    }

    // MARK: - Length limit

    func testTokensLongerThanFortyCodePointsAreDropped() {
        let forty = String(repeating: "a", count: 40)
        let fortyOne = String(repeating: "a", count: 41)
        XCTAssertEqual(plain.analyze("x \(forty) y"), ["x", forty, "y"])
        XCTAssertEqual(plain.analyze("x \(fortyOne) y"), ["x", "y"])
    }

    func testLengthIsCountedInCodePointsAfterNFCWithApostrophes() {
        // 40 precomposed letters are 40 code points (80 UTF-8 bytes) and are kept.
        let fortyMacrons = String(repeating: "ā", count: 40)
        XCTAssertEqual(plain.analyze(fortyMacrons), [fortyMacrons, String(repeating: "a", count: 40)])
        // 30 decomposed letters are 60 code points before NFC and 30 after, so they are kept.
        let decomposed = String(repeating: "a\u{0304}", count: 30)
        XCTAssertEqual(plain.analyze(decomposed).count, 2)
        // The apostrophe counts: 20 + 1 + 20 = 41.
        let joined = String(repeating: "b", count: 20) + "'" + String(repeating: "c", count: 20)
        XCTAssertEqual(plain.analyze(joined), [])
        // The limit applies to the token, not to the stem it would have had.
        let longLatvian = String(repeating: "ka", count: 19) + "as"
        XCTAssertEqual(latvian.analyze(longLatvian), [String(repeating: "ka", count: 19)])
        XCTAssertEqual(latvian.analyze(longLatvian + "s"), [])
    }

    // MARK: - Folding

    func testFoldRemovesLatinDiacritics() {
        XCTAssertEqual(
            TextAnalyzer.fold("ļaudis ģimene ķēde žurnāls čūska"), "laudis gimene kede zurnals cuska")
        XCTAssertEqual(TextAnalyzer.fold("Ēģipte"), "Egipte")
        XCTAssertEqual(TextAnalyzer.fold("ǖ ṩ ỳ"), "u s y")
    }

    func testFoldKeepsLettersWithoutCanonicalDecomposition() {
        XCTAssertEqual(TextAnalyzer.fold("straße øre łódź æ ı"), "straße øre łodz æ ı")
    }

    func testFoldLeavesCyrillicAlone() {
        XCTAssertEqual(TextAnalyzer.fold("йогурт ёлка Й Ё"), "йогурт ёлка Й Ё")
        XCTAssertEqual(plain.analyze("ёлка йод"), ["ёлка", "йод"])
    }

    func testFoldLeavesMarksOutsideTheLatinBlocks() {
        XCTAssertEqual(TextAnalyzer.fold("q\u{0307}"), "q\u{0307}")
        XCTAssertEqual(TextAnalyzer.fold("ά"), "ά")
    }

    func testFoldedFormFollowsItsStemOnlyWhenDifferent() {
        XCTAssertEqual(latvian.analyze("Ārkārtas situācijā"), ["ārkārt", "arkart", "situācij", "situacij"])
        XCTAssertEqual(latvian.analyze("kursi"), ["kurs"])
    }

    // MARK: - Stemming per language

    func testRussianTreatsYoAsYeAndKeepsShortI() {
        XCTAssertEqual(russian.analyze("Ёлка и йогурт"), ["елк", "и", "йогурт"])
        XCTAssertEqual(russian.stem("ёлки"), russian.stem("елки"))
    }

    func testEnglishStemsWithSnowballThreeRules() {
        XCTAssertEqual(english.analyze("Added geologists, evening emergency"), ["add", "geolog", "evening", "emergenc"])
    }

    /// Every spelling of the apostrophe a Ukrainian reader may type, and none, meet at one term.
    func testUkrainianApostrophesAllMeet() {
        let spellings = ["м'ясо", "м\u{2019}ясо", "м\u{02BC}ясо", "м\u{2018}ясо", "м`ясо", "м\u{00B4}ясо",
                         "м\"ясо", "м\u{02B9}ясо", "м\u{2032}ясо"]
        for spelling in spellings {
            XCTAssertEqual(ukrainian.analyze(spelling), ["м'яс", "мяс"], spelling)
        }
        XCTAssertEqual(ukrainian.analyze("мясо"), ["мяс"])
        // Only for Ukrainian: elsewhere these marks separate words.
        XCTAssertEqual(russian.analyze("м`ясо"), ["м", "яс"])
        // At the edges or doubled they still separate, like `'`.
        XCTAssertEqual(ukrainian.analyze("\"Дім\" м``ясо"), ["дім", "м", "ясо"])
    }

    /// A word typed without ґ, ї, є and apostrophes stems to the folded term of the word typed
    /// with them, whatever its ending: the stemmer matches endings on the folded word.
    func testUkrainianFoldedQueryMeetsTheFoldedStem() {
        let words = ["ґанок", "ґанку", "їжаки", "їжаками", "Європою", "моєї", "своїй", "п'ятниця",
                     "сім'ями", "з'їздів", "ґрунтовними", "навчається", "країною", "її"]
        for word in words {
            let written = ukrainian.analyze(word)
            var typed = Array(word.lowercased().unicodeScalars)
            UkrainianStemmer.fold(&typed)
            XCTAssertEqual(ukrainian.analyze(String(scalars: typed)), [written.last!], word)
        }
    }

    func testUkrainianStemmerJoinsInflectedForms() {
        let lemmas: [[String]] = [
            ["читати", "читаю", "читаєш", "читає", "читають", "читав", "читала", "читали", "читатиму",
             "читаючи", "читання", "читанням"],
            ["декларувати", "декларую", "декларує", "декларував", "декларування"],
            ["робити", "робиш", "робить", "робимо", "робив", "робила"],
            ["навчатися", "навчаюся", "навчаюсь", "навчається", "навчалися", "навчання", "навчань"],
            ["можливість", "можливості", "можливости", "можливістю", "можливостей", "можливостям"],
            ["консультація", "консультації", "консультацію", "консультацією", "консультацій",
             "консультаціями"],
            ["посвідка", "посвідки", "посвідку", "посвідкою", "посвідкам", "посвідками", "посвідках"],
            ["безкоштовний", "безкоштовного", "безкоштовному", "безкоштовна", "безкоштовної",
             "безкоштовною", "безкоштовні", "безкоштовних", "безкоштовними"],
            ["синій", "синього", "синьому", "синя", "синьої", "синьою", "синє", "сині", "синіх"],
        ]
        for forms in lemmas {
            let stems = Set(forms.map(ukrainian.stem))
            XCTAssertEqual(stems.count, 1, "\(forms.first!): \(forms.map(ukrainian.stem))")
        }
    }

    func testUkrainianStemsKeepThreeLetters() {
        XCTAssertEqual(ukrainian.stem("вся"), "вся")
        XCTAssertEqual(ukrainian.stem("хата"), "хат")
        XCTAssertEqual(ukrainian.stem("хати"), "хат")
        XCTAssertEqual(ukrainian.stem("п'ять"), "п'ят")
        // A word given to `stem` alone may end with an apostrophe; it goes, as in JavaScript.
        XCTAssertEqual(ukrainian.stem("сім'"), "сім")
        // Letters outside the Basic Multilingual Plane count once, as in JavaScript.
        XCTAssertEqual(ukrainian.stem("\u{1D41A}\u{1D41A}\u{1D41A}а"), "\u{1D41A}\u{1D41A}\u{1D41A}")
        XCTAssertEqual(ukrainian.stem("\u{1D41A}\u{1D41A}ти"), "\u{1D41A}\u{1D41A}т")
    }

    func testUnknownLanguagesDoNotStem() {
        for code in ["de", "", "LV", "UK", "en-GB"] {
            let analyzer = TextAnalyzer(languageCode: code)
            XCTAssertEqual(analyzer.analyze("Running kursi ёлки"), ["running", "kursi", "ёлки"], code)
            XCTAssertEqual(analyzer.stem("running"), "running", code)
        }
        XCTAssertEqual(TextAnalyzer(languageCode: "de").languageCode, "de")
    }

    func testStemIsTheStemmerAlone() {
        XCTAssertEqual(latvian.stem("uzturēšanās"), "uzturēšan")
        XCTAssertEqual(english.stem("running"), "run")
        XCTAssertEqual(russian.stem("ёлка"), "елк")
        // No lower-casing, tokenising or folding happens in `stem`.
        XCTAssertEqual(plain.stem("Ā, b"), "Ā, b")
    }

    // MARK: - Shortcuts agree with the definitions

    /// `prepare` lower-cases through a table; it must equal `String.lowercased()` (plus
    /// Final_Sigma) for every scalar, alone and between letters.
    func testTableLowercasingMatchesStringLowercased() {
        var mismatches: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), scalar != "\u{03A3}" else { continue }
            let text = "A" + String(Character(scalar)) + "b"
            let normalized = text.precomposedStringWithCanonicalMapping
            let expected = normalized.lowercased().unicodeScalars.map {
                $0 == "\u{2019}" || $0 == "\u{02BC}" ? "'" : $0
            }
            if TextAnalyzer.prepare(text) != expected {
                mismatches.append(String(value, radix: 16))
            }
        }
        XCTAssertEqual(mismatches, [])
    }

    /// `prepare` skips NFC for text it knows is NFC already; that must never skip a change.
    func testKnownNFCShortcutNeverSkipsANormalisation() {
        let known = (UInt32(0)...0x3000).compactMap(Unicode.Scalar.init).filter(TextAnalyzer.isKnownNFC)
        XCTAssertGreaterThan(known.count, 1_000)
        var mismatches: [String] = []
        for first in known {
            for second in known {
                var view = String.UnicodeScalarView()
                view.append(first)
                view.append(second)
                let text = String(view)
                if !text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(view) {
                    mismatches.append("\(String(first.value, radix: 16)) \(String(second.value, radix: 16))")
                }
            }
        }
        XCTAssertEqual(mismatches, [])
    }

    /// `isWordScalar` answers some blocks without looking up the general category.
    func testWordScalarShortcutsMatchGeneralCategories() {
        let wordCategories: Set<Unicode.GeneralCategory> = [
            .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber,
        ]
        var mismatches: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = wordCategories.contains(scalar.properties.generalCategory)
            if TextAnalyzer.isWordScalar(scalar) != expected {
                mismatches.append(String(value, radix: 16))
            }
        }
        XCTAssertEqual(mismatches, [])
    }

    func testAnalyzerIsSendable() async {
        let analyzer = latvian
        let terms = await Task.detached { analyzer.analyze("atļauja") }.value
        XCTAssertEqual(terms, ["atļauj", "atlauj"])
    }
}
