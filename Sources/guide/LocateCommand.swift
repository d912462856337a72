import ArgumentParser
import Foundation
import GuideLocate
import GuideModel

struct LocateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "locate",
        abstract: "Fill in locations' coordinates from the State Address Register (VZD's aw_eka.csv).",
        discussion: """
            Matches every `locations[].address` in content/ against the register's buildings and writes `latitude` and \
            `longitude` under the address, with a comment naming the register row. Nothing else in entry.yaml changes. \
            Coordinates already there are kept unless --replace is given. Matches go to standard output; unmatched and \
            ambiguous addresses are warnings on standard error. Exit codes: 0 no errors (warnings allowed), 1 errors \
            (malformed register rows: nothing is written), 2 wrong usage or a file that is not the register. \
            See docs/locate.md.
            """
    )

    @OptionGroup var location: SourceOptions

    @Option(name: .long, help: "The register's buildings file, aw_eka.csv (docs/locate.md says where to download it).")
    var register: String

    @Flag(name: .long, help: "Replace coordinates already written in a location with the register's.")
    var replace = false

    @Flag(name: .long, help: "Match and report, but write nothing.")
    var dryRun = false

    /// The day written into each comment, as the register was read then.
    @OptionGroup var today: TodayOptions

    func run() throws {
        let options = LocateOptions(replacesCoordinates: replace, writesFiles: !dryRun,
                                    readOn: today.day)
        let locator = AddressLocator(sourceRoot: location.sourceURL, register: URL(fileURLWithPath: register),
                                     registerPath: register, options: options)
        let report: LocateReport
        do throws(LocateRefusal) {
            report = try locator.locate()
        } catch {
            FileHandle.standardError.write(Data("error: \(error.message)\n    hint: \(error.hint)\n".utf8))
            throw ExitCode(2)
        }
        print(report.text, terminator: "")
        DiagnosticPrinter.print(report.diagnostics)
        if report.hasErrors { throw ExitCode(1) }
    }
}
