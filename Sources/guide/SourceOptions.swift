import ArgumentParser
import Foundation

/// Where the guide's files are: declared once, so every command names and explains the option
/// the same way.
struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: "The folder holding content/ and themes/.")
    var source: String = "."

    var sourceURL: URL { URL(fileURLWithPath: source) }
}
