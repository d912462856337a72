import ArgumentParser
import Foundation

/// The `guide` command. It only parses arguments and calls the pipeline's targets: everything
/// that builds the site lives in them, so tests drive the same code the command runs.
@main
struct Guide: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide",
        abstract: "Builds Ceļvedis, the multilingual guide for newcomers to Latvia, into a static website.",
        subcommands: [BuildCommand.self, CheckCommand.self, NewCommand.self, ServeCommand.self, AnalyzeCommand.self, LocateCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    /// Exit codes as CI expects them: 0 success, 1 problems in the content, 2 wrong usage
    /// (argument-parser's own default for usage errors is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
