import ArgumentParser
import Foundation
import GuideSite

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build content/ into a static site (default: Output/).",
        discussion: "Problems are printed as path:line:column: error|warning: message, all at once. The output folder is replaced only when the build succeeds."
    )

    @OptionGroup var location: SourceOptions

    @OptionGroup var today: TodayOptions

    @Option(name: .long, help: "Where to write the site (default: <source>/Output).")
    var output: String?

    @Option(name: .customLong("base-url"), help: "The address the site is published at; overrides base_url in site.yaml.")
    var baseURL: String?

    @Flag(name: .customLong("no-offline"), help: "Ship no service worker and no offline pack, whatever site.yaml's `offline` says.")
    var noOffline = false

    @Flag(name: .customLong("no-host-files"), help: "Write no _headers, nginx.conf.snippet or .htaccess, whatever site.yaml's `host_files` says.")
    var noHostFiles = false

    @Flag(name: .customLong("precompress"), help: "Write a .gz and a .br beside every text file over 1 kB, for hosts that serve them as they are.")
    var precompress = false

    /// Only for comparing `guide serve`'s folder with a full build (bench/serve-latency): never
    /// for a published site.
    @Flag(name: .customLong("edit-hints"), help: .hidden)
    var editHints = false

    func run() throws {
        let sourceURL = location.sourceURL
        let options = BuildOptions(sourceRoot: sourceURL, output: output.map { URL(fileURLWithPath: $0) }, baseURL: baseURL,
                                   today: today.day, offersOfflinePack: !noOffline, showsEditHints: editHints,
                                   writesHostFiles: !noHostFiles, precompresses: precompress)
        let result = SiteBuilder().build(options)
        DiagnosticPrinter.print(result.diagnostics)
        let errors = result.diagnostics.errorCount, warnings = result.diagnostics.warningCount
        let perLanguage = result.pagesPerLanguage.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let time = String(format: "%.2f s", result.seconds)
        if result.published {
            print("Built \(result.pagesPerLanguage.values.reduce(0, +)) pages (\(perLanguage)) into \(options.output.path) in \(time); \(warnings) warning\(warnings == 1 ? "" : "s").")
        } else {
            FileHandle.standardError.write(Data("Build failed: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"); \(options.output.path) was left as it was.\n".utf8))
            throw ExitCode(1)
        }
    }
}
