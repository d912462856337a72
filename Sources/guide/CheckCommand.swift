import ArgumentParser
import Foundation
import GuideCheck
import GuideModel

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check content/ without building: problems, broken anchors, translations, review dates.",
        discussion: """
            Prints every problem `guide build` would report, plus links to headings that do not exist in a language, \
            links to entries not written in a language, outdated translations and facts not reviewed for too long; \
            then which entries exist in which languages, and the version of every text for `translated_from:`. \
            Exit codes: 0 no errors (warnings allowed), 1 errors in the content, 2 wrong usage. See docs/check.md.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var location: SourceOptions

    @Option(name: .long, help: "text, for people; json, for tools (described in docs/check.md).")
    var format: Format = .text

    @OptionGroup var today: TodayOptions

    func run() throws {
        let checker = ContentChecker(sourceRoot: location.sourceURL,
                                     today: today.day)
        let report = checker.check()
        switch format {
        case .text: print(report.text, terminator: "")
        case .json: print(try report.json, terminator: "")
        }
        if report.hasErrors { throw ExitCode(1) }
    }
}
