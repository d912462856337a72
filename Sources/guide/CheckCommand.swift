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
            With --published DIR, checks a built output folder instead, as it is about to be deployed: links that lead \
            nowhere, missing files, files nothing leads to, pages over the weight budget, inline code a strict content \
            policy blocks. \
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

    @Option(name: .long, help: ArgumentHelp("Check this built output folder for deployment, instead of the content.", valueName: "dir"))
    var published: String?

    @Option(name: .long, help: ArgumentHelp("The sitemap of the last published build, whose pages must not vanish without `aliases:` (default: Output/sitemap.xml in the source folder).", valueName: "path"))
    var publishedSitemap: String?

    func validate() throws {
        if published != nil && publishedSitemap != nil {
            throw ValidationError("--published-sitemap belongs to the content check; --published checks a built folder only.")
        }
    }

    func run() throws {
        let report: CheckReport
        if let published {
            let folder = URL(fileURLWithPath: published)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("--published: `\(published)` is not a folder.")
            }
            report = PublishedSiteChecker(folder: folder).check()
        } else {
            report = ContentChecker(sourceRoot: location.sourceURL, today: today.day,
                                    publishedSitemap: publishedSitemap.map { URL(fileURLWithPath: $0) }).check()
        }
        switch format {
        case .text: print(report.text, terminator: "")
        case .json: print(try report.json, terminator: "")
        }
        if report.hasErrors { throw ExitCode(1) }
    }
}
