import Foundation
@testable import GuideSearch
import XCTest

/// Checks each stemmer against the shared word/stem fixtures, which are also what the
/// JavaScript stemmers are checked against: agreeing with them is what lets a browser query meet
/// the index.
final class StemmerFixtureTests: XCTestCase {
    /// `<repo>/../shared/fixtures/stemmers`, found from this file so the tests run from any
    /// working folder. Symlinks are resolved so a scratch package that links this file still
    /// finds the real repository.
    static let fixturesDirectory: URL = URL(fileURLWithPath: #filePath)
        .resolvingSymlinksInPath()
        .deletingLastPathComponent()  // Analysis
        .deletingLastPathComponent()  // GuideTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository root
        .deletingLastPathComponent()
        .appendingPathComponent("shared/fixtures/stemmers", isDirectory: true)

    func testLatvianFixture() throws {
        try check(LatvianStemmer(), against: "latvian.tsv", expectedPairs: 94)
    }

    func testRussianFixture() throws {
        try check(RussianStemmer(), against: "russian.tsv", expectedPairs: 20_000)
    }

    func testEnglishFixture() throws {
        try check(EnglishStemmer(), against: "english.tsv", expectedPairs: 20_000)
    }

    /// The analyser's own `stem(_:)` must be the same stemmer, not a look-alike.
    func testAnalyzerStemMatchesFixtures() throws {
        for (code, file) in [("lv", "latvian.tsv"), ("ru", "russian.tsv"), ("en", "english.tsv")] {
            let analyzer = TextAnalyzer(languageCode: code)
            let pairs = try Self.pairs(in: file)
            let mismatches = pairs.filter { analyzer.stem($0.word) != $0.stem }
            XCTAssertTrue(mismatches.isEmpty, "\(code): \(mismatches.prefix(5))")
        }
    }

    // MARK: - Helpers

    private func check(_ stemmer: some Stemmer, against file: String, expectedPairs: Int) throws {
        let pairs = try Self.pairs(in: file)
        XCTAssertEqual(pairs.count, expectedPairs, "\(file) should have \(expectedPairs) pairs")

        var mismatches: [String] = []
        for pair in pairs {
            let actual = stemmer.stem(pair.word)
            if actual != pair.stem {
                mismatches.append("\(pair.word) → \(actual) (expected \(pair.stem))")
            }
        }
        let passed = pairs.count - mismatches.count
        XCTAssertTrue(
            mismatches.isEmpty,
            """
            \(file): \(passed)/\(pairs.count) pass, \(mismatches.count) mismatches:
            \(mismatches.prefix(50).joined(separator: "\n"))
            """
        )
    }

    static func pairs(in file: String) throws -> [(word: String, stem: String)] {
        // The fixtures are external data kept beside the repository, not in it; a clone on its
        // own (as in /tmp) has none, and there the checks are skipped, loudly, rather than failed.
        guard FileManager.default.fileExists(atPath: fixturesDirectory.path) else {
            throw XCTSkip("no stemmer fixtures at \(fixturesDirectory.path) (they live in shared/fixtures/stemmers beside the repository)")
        }
        let url = fixturesDirectory.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        var result: [(word: String, stem: String)] = []
        // Split on "\n" only: fixture words may contain characters that Swift would otherwise
        // treat as line breaks together with their neighbours.
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else {
                throw FixtureError.malformedLine(file: file, line: String(line))
            }
            result.append((String(fields[0]), String(fields[1])))
        }
        return result
    }

    enum FixtureError: Error {
        case malformedLine(file: String, line: String)
    }
}
