import ArgumentParser
import Foundation
import GuideSearch

/// For editors asking "why doesn't X find Y?": shows exactly what the search index stores.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Print the search tokens the index stores for a text.",
        discussion: """
        Examples:
          guide analyze --language lv "Uzturēšanās atļauja"
          printf 'kursi\\nкурсов\\n' | guide analyze --language ru --stem
        """
    )

    @Option(name: .long, help: "The language whose analyser to use (lv, ru, en, uk; others are only normalised).")
    var language: String

    @Flag(name: .long, help: "Read one word a line from standard input and print word<TAB>stem.")
    var stem = false

    @Argument(help: "The text to analyse (default: standard input).")
    var text: [String] = []

    func run() throws {
        let analyzer = TextAnalyzer(languageCode: language)
        if stem {
            while let line = readLine() {
                let word = line.trimmingCharacters(in: .whitespaces)
                guard !word.isEmpty else { continue }
                print("\(word)\t\(analyzer.stem(word))")
            }
            return
        }
        var input = text.joined(separator: " ")
        if text.isEmpty {
            while let line = readLine() { input += line + "\n" }
        }
        for token in analyzer.analyze(input) { print(token) }
    }
}
