import ArgumentParser
import Foundation
import GuideCheck
import GuideScaffold

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create the folder of a new entry, with every field to fill in.",
        discussion: """
            Writes content/<section>/<slug>/ with entry.yaml and one <language>.md per language in site.yaml. \
            Required fields are left empty, so `guide build` fails and names each one until it is filled in. \
            An existing folder is never overwritten.
            """
    )

    @Argument(help: "The section: pages, organizations, courses or legal.")
    var section: String

    @Argument(help: "The folder name, which becomes the page's address: a-z, 0-9 and -, e.g. riga-evening-course.")
    var slug: String

    @OptionGroup var location: SourceOptions

    func run() throws {
        do throws(ScaffoldError) {
            let scaffold = try EntryCreator(sourceRoot: location.sourceURL).create(section: section, slug: slug)
            print(scaffold.summary)
        } catch {
            DiagnosticPrinter.print(error.diagnostics)
            FileHandle.standardError.write(Data("error: \(error.message)\n    hint: \(error.hint)\n".utf8))
            throw ExitCode(error.isUsageError ? 2 : 1)
        }
    }
}
