import ArgumentParser
import Foundation
import GuideServer
import GuideSite

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site in a browser; open pages reload by themselves after every save.",
        discussion: """
            The site is built into a temporary folder (Output/ is not touched), and every page names \
            the file its text comes from. Problems are printed here and shown over the page, while the \
            last site that built stays served. Stop with Ctrl-C.
            """
    )

    @OptionGroup var location: SourceOptions

    @Option(name: .long, help: "The port to listen on; 0 picks a free one.")
    var port: UInt16 = 8000

    @Option(name: .long, help: "The address to listen on. Only this computer can open the default; 0.0.0.0 shows your unpublished drafts to the whole network.")
    var host: String = "127.0.0.1"

    func validate() throws {
        _ = try previewOptions()
        var isFolder: ObjCBool = false
        let content = location.sourceURL.appendingPathComponent("content").path
        guard FileManager.default.fileExists(atPath: content, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("There is no content/ folder in \(location.source); pass the folder holding content/ and themes/ with --source.")
        }
    }

    func run() throws {
        let options = try previewOptions()
        if !options.isLoopback {
            say("warning: listening on \(host): anyone who can reach this computer can read your unpublished drafts.", to: .standardError)
        }
        do {
            try ForegroundTask.run {
                try await PreviewServer(options: options).run(
                    // Tests and scripts read the port from this exact line.
                    whenListening: { say("Serving \($0.absoluteString)") },
                    whenBuilt: report
                )
            }
        } catch let error as PreviewError {
            say("error: \(error)", to: .standardError)
            throw ExitCode(1)
        } catch {
            say("error: cannot listen on \(host) port \(port): \(error)\n    hint: Pass another --port (0 picks a free one), or a --host this computer has.",
                to: .standardError)
            throw ExitCode(1)
        }
        say("Stopped.")
    }

    private func previewOptions() throws -> PreviewOptions {
        do {
            return try PreviewOptions(sourceRoot: location.sourceURL, host: host, port: port)
        } catch let error as PreviewError {
            throw ValidationError(error.description)
        }
    }
}

/// One line per build, and the problems in the same form as `guide build` prints them.
private func report(_ result: BuildResult, changedFiles: [String]) {
    DiagnosticPrinter.print(result.diagnostics)
    let cause = switch changedFiles.count {
    case 0: ""
    case 1: "\(changedFiles[0]) changed: "
    default: "\(changedFiles[0]) and \(changedFiles.count - 1) more changed: "
    }
    let time = String(format: "%.3f s", result.seconds)
    if result.published {
        say("\(cause)built \(result.pagesPerLanguage.values.reduce(0, +)) pages in \(time).")
    } else {
        let errors = result.diagnostics.errorCount
        let served = changedFiles.isEmpty ? "pages appear once it builds" : "the last site that built is still served"
        say("\(cause)build failed with \(errors) error\(errors == 1 ? "" : "s") in \(time); \(served).", to: .standardError)
    }
}

/// Writes a whole line at once, unbuffered, so that a script reading the output through a pipe
/// sees it immediately (`print` would hold it in a buffer).
private func say(_ line: String, to handle: FileHandle = .standardOutput) {
    handle.write(Data((line + "\n").utf8))
}
