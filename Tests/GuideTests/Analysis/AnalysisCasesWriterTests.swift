import Foundation
@testable import GuideCheck
@testable import GuideOutput
@testable import GuideSearch
@testable import GuideSupport
import XCTest

/// Writes `Tests/Generated/analysis-cases.json`: real words and titles from the bundled content,
/// each with the terms this analyser produces. The JavaScript tests replay the file, which is
/// how the browser's analyser is held to exactly the terms the index was built with.
///
/// The file is regenerated on every run, so it always reflects the current content and Swift
/// implementation; it is build output, not checked in.
final class AnalysisCasesWriterTests: XCTestCase {
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .resolvingSymlinksInPath()
        .deletingLastPathComponent()  // Analysis
        .deletingLastPathComponent()  // GuideTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static let contentDirectory = repositoryRoot.appendingPathComponent("content", isDirectory: true)
    static let outputFile = repositoryRoot.appendingPathComponent("Tests/Generated/analysis-cases.json")

    static let languages = ["lv", "ru", "en", "uk"]

    /// Enough distinct words to meet every ending and letter the content uses, while keeping the
    /// file small enough to replay quickly.
    static let maximumWordsPerLanguage = 3_000

    /// Inputs the content may not contain yet: diacritics typed and not typed, decomposed
    /// letters, typographic apostrophes and quotes, case edge cases and over-long tokens.
    static let handPickedPhrases: [(language: String, text: String)] = [
        ("lv", "Uzturēšanās atļauja"),
        ("lv", "uzturesanas atlauja"),
        ("lv", "Uzture\u{0304}s\u{030C}ana\u{0304}s atl\u{0327}auja"),
        ("lv", "Ceļvedis — «Drošā māja»!"),
        ("lv", "ĀRKĀRTAS SITUĀCIJĀ: zvaniet 112 vai 1201."),
        ("lv", "bēgļu/patvēruma meklētāju tiesības; e-pasts: info@example.lv"),
        ("lv", "Kursi (A1–B2) no 2026. gada 1. septembra"),
        ("lv", "akmens, akmeņi, akmeņiem, akmeņu; tirgus, tirgiem"),
        ("lv", "Ceļveža “Jaunatbraucēju” ceļvedis"),
        ("lv", "\u{1D41A}\u{1D41A}ieša \u{1D41A}\u{1D41A}\u{1D41A}a"),
        ("ru", "Вид на жительство"),
        ("ru", "ЁЛКА, ёлки и елки"),
        ("ru", "Юридическая помощь — бесплатно!"),
        ("ru", "«Безопасный дом» (Drošā māja)"),
        ("ru", "Что делать в экстренной ситуации? Звоните 112."),
        ("ru", "йогурт, Йошкар-Ола, наилучшейшие"),
        ("en", "A newcomer’s guide"),
        ("en", "newcomerʼs rock'n'roll 'quoted' words' a''b"),
        ("en", "Residence permits & asylum: what's free?"),
        ("en", "Added geologists, evening emergency, skis, dying, proceeding"),
        ("en", "ΟΔΟΣ ΣΑΣ Σ"),
        ("en", "İstanbul Łódź Straße Ørsted Ångström"),
        ("en", "e\u{0301}cole \u{212B}ngstro\u{0308}m"),
        ("en", "x² ½ ٤٢ क्षत्रिय"),
        ("en", String(repeating: "a", count: 40) + " " + String(repeating: "b", count: 41)),
        ("en", String(repeating: "c", count: 20) + "'" + String(repeating: "d", count: 19)),
        ("uk", "Українська мова: ґанок, їжак, йод, Ёж"),
        ("uk", "М’ясо, м'ясо, мʼясо, м‘ясо, м`ясо, м´ясо, м\"ясо, мʹясо, м′ясо і мясо"),
        ("uk", "'Дім' \"Дім\" м''ясо м`'ясо сім'я' 'сім'ї"),
        ("uk", "Ґрунт, грунт; їжак, іжак; Європа, Европа; проєкт, проект"),
        ("uk", "ЇЖАК ҐАНОК ЄВРОПА ПОСВІДКА"),
        ("uk", "читати, читаю, читаєш, читав, читала, читання, читатиму, читаючи, прочитавши"),
        ("uk", "навчатися, навчаюсь, навчається, навчаються, навчалася, навчання, навчань"),
        ("uk", "декларувати, декларую, декларування; робити, робиш, робить, робив"),
        ("uk", "можливість, можливості, можливости, можливістю, можливостей"),
        ("uk", "консультація, консультації, консультацій, консультаціями"),
        ("uk", "безкоштовний, безкоштовного, безкоштовна, безкоштовної; синій, синього, синє, синіх"),
        ("uk", "вся, десь, хата, хати, сім, сім'я, п'ять, її, їй, є"),
        ("uk", "Тимчасовий захист для громадян України: посвідка на проживання в Латвії"),
        ("uk", "\u{1D41A}\u{1D41A}\u{1D41A}а \u{1D41A}\u{1D41A}ти мʼ\u{1D41A}ясо"),
        ("uk", "Ґанок і ГАНОК: Ґ\u{0301}анок, ї = і\u{0308}, й = и\u{0306}"),
    ]

    func testWriteAnalysisCases() throws {
        let files = try Self.languageFiles()
        XCTAssertFalse(files.isEmpty, "no lv.md, ru.md, en.md or uk.md under \(Self.contentDirectory.path)")
        guard !files.isEmpty else { return }

        var texts: [String: [String]] = [:]
        var seen: [String: Set<String>] = [:]
        var wordCounts: [String: Int] = [:]

        func add(_ text: String, language: String) {
            guard !text.isEmpty, seen[language, default: []].insert(text).inserted else { return }
            texts[language, default: []].append(text)
        }

        for file in files {
            let source = try String(contentsOf: file.url, encoding: .utf8)
            for title in Self.titles(in: source) {
                add(title, language: file.language)
            }
            for word in Self.words(in: source) {
                guard wordCounts[file.language, default: 0] < Self.maximumWordsPerLanguage else { break }
                let before = seen[file.language, default: []].count
                add(word, language: file.language)
                if seen[file.language, default: []].count > before {
                    wordCounts[file.language, default: 0] += 1
                }
            }
        }
        for phrase in Self.handPickedPhrases {
            add(phrase.text, language: phrase.language)
        }

        var cases: [(language: String, text: String, tokens: [String])] = []
        for (language, list) in texts {
            let analyzer = TextAnalyzer(languageCode: language)
            for text in list {
                cases.append((language, text, analyzer.analyze(text)))
            }
        }
        cases.sort { a, b in
            if a.language != b.language { return Self.precedes(a.language, b.language) }
            return Self.precedes(a.text, b.text)
        }

        let json = Self.encode(cases)
        let folder = Self.outputFile.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(json.utf8).write(to: Self.outputFile, options: .atomic)

        // Read it back as any JSON consumer would, to be sure the hand-written encoding is valid.
        let parsed = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.outputFile))
        let parsedCases = try XCTUnwrap((parsed as? [String: Any])?["cases"] as? [[String: Any]])
        XCTAssertEqual(parsedCases.count, cases.count)
        for (parsedCase, expected) in zip(parsedCases, cases) {
            XCTAssertEqual(parsedCase["language"] as? String, expected.language)
            XCTAssertEqual(
                (parsedCase["text"] as? String).map { Array($0.unicodeScalars) },
                Array(expected.text.unicodeScalars))
            XCTAssertEqual(parsedCase["tokens"] as? [String], expected.tokens)
        }
        for language in Set(files.map(\.language)) {
            XCTAssertGreaterThan(wordCounts[language, default: 0], 0, "no words found for \(language)")
        }
    }

    // MARK: - Collecting

    struct LanguageFile {
        let url: URL
        let relativePath: String
        let language: String
    }

    /// Every `lv.md`, `ru.md`, `en.md` and `uk.md` under `content/`, in code-point order of their paths so
    /// the word cap always keeps the same words.
    static func languageFiles() throws -> [LanguageFile] {
        let fileManager = FileManager.default
        guard let enumerator = fileManager.enumerator(
            at: contentDirectory, includingPropertiesForKeys: [.isRegularFileKey]
        ) else { return [] }
        let rootPath = contentDirectory.standardizedFileURL.path
        var files: [LanguageFile] = []
        for case let url as URL in enumerator {
            let name = url.deletingPathExtension().lastPathComponent
            guard url.pathExtension == "md", languages.contains(name) else { continue }
            var relative = url.standardizedFileURL.path
            if relative.hasPrefix(rootPath) { relative.removeFirst(rootPath.count) }
            files.append(LanguageFile(url: url, relativePath: relative, language: name))
        }
        return files.sorted { precedes($0.relativePath, $1.relativePath) }
    }

    /// The value of each `title:` line, with YAML quoting removed.
    static func titles(in source: String) -> [String] {
        var result: [String] = []
        for line in source.split(separator: "\n", omittingEmptySubsequences: true) {
            guard line.hasPrefix("title:") else { continue }
            var value = line.dropFirst("title:".count).trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast())
                    .replacingOccurrences(of: "\\\"", with: "\"")
                    .replacingOccurrences(of: "\\\\", with: "\\")
            } else if value.count >= 2, value.hasPrefix("'"), value.hasSuffix("'") {
                value = String(value.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
            }
            result.append(value)
        }
        return result
    }

    /// Words as written (original case, apostrophes as typed): runs of letters, marks and digits,
    /// joined across a single apostrophe of any of the three kinds.
    static func words(in source: String) -> [String] {
        let scalars = Array(source.unicodeScalars)
        var result: [String] = []
        var current: [Unicode.Scalar] = []
        for (i, scalar) in scalars.enumerated() {
            if TextAnalyzer.isWordScalar(scalar) && scalar != "\u{02BC}" {
                current.append(scalar)
                continue
            }
            let isApostrophe = scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
            if isApostrophe, let last = current.last, last != "'", last != "\u{2019}",
               last != "\u{02BC}", i + 1 < scalars.count, TextAnalyzer.isWordScalar(scalars[i + 1]),
               scalars[i + 1] != "\u{02BC}"
            {
                current.append(scalar)
                continue
            }
            if !current.isEmpty {
                result.append(String(scalars: current))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty {
            result.append(String(scalars: current))
        }
        return result
    }

    // MARK: - Output

    /// Code-point order, so the file's order does not depend on any locale or on Swift's
    /// canonical-equivalence rules for `String` comparison.
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }

    /// One case per line with keys in sorted order, so a change in the analyser shows up as a
    /// readable diff.
    static func encode(_ cases: [(language: String, text: String, tokens: [String])]) -> String {
        var out = "{\"cases\":[\n"
        for (index, item) in cases.enumerated() {
            out += "{\"language\":\(JSONText.string(item.language)),\"text\":\(JSONText.string(item.text)),\"tokens\":["
            out += item.tokens.map(JSONText.string).joined(separator: ",")
            out += index == cases.count - 1 ? "]}\n" : "]},\n"
        }
        out += "]}\n"
        return out
    }
}
