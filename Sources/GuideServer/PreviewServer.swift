import FlyingFox
import FlyingSocks
import Foundation
import GuideSite

/// `guide serve`: builds the site into a temporary folder with edit hints, serves it over HTTP,
/// and rebuilds and reloads open pages whenever a file in `content/` or `themes/` is saved.
///
/// A save inside entry folders re-renders only the pages it touches (`IncrementalSiteBuilder`);
/// nothing is rebuilt while nothing changes, and a burst of saves is built once.
public struct PreviewServer: Sendable {
    private let options: PreviewOptions
    private let keepAliveInterval = Duration.seconds(10)

    public init(options: PreviewOptions) {
        self.options = options
    }

    /// Builds, starts listening and serves until the task running it is cancelled; then it
    /// closes every connection and removes the temporary folder.
    ///
    /// - Parameters:
    ///   - whenListening: called once with the address pages can be opened at, e.g.
    ///     `http://127.0.0.1:8000/` (with the real port when 0 was asked for).
    ///   - whenBuilt: called after every build with its result and the files whose change
    ///     caused it (none for the first build).
    public func run(whenListening: @escaping @Sendable (URL) -> Void,
                    whenBuilt: @escaping @Sendable (BuildResult, _ changedFiles: [String]) -> Void) async throws {
        let workspace = try PreviewWorkspace()
        defer { workspace.remove() }
        // Set up before the first build reads the files, so a save during that build is noticed.
        // inotify names each saved file at once; polling covers file systems and machines where
        // it is missing or out of watches.
        let inotify = InotifyWatcher(sourceRoot: options.sourceRoot)
        let polling = inotify == nil ? SiteWatcher(sourceRoot: options.sourceRoot) : nil
        let builder = PreviewBuilder(options: BuildOptions(sourceRoot: options.sourceRoot, output: workspace.site,
                                                           themeName: options.themeName, showsEditHints: true))
        defer { builder.waitForExports() }
        whenBuilt(await builder.rebuild(changedFiles: nil), [])
        guard !Task.isCancelled else { return }

        let channel = LiveReloadChannel()
        let server = try makeServer(handler: PreviewRequestHandler(files: StaticFileResponder(site: workspace.site),
                                                                   builder: builder, channel: channel))
        do {
            try await withThrowingTaskGroup(of: Void.self) { tasks in
                tasks.addTask { try await server.run() }
                tasks.addTask {
                    try await server.waitUntilListening()
                    whenListening(try await address(of: server))
                }
                tasks.addTask {
                    while true {
                        try await Task.sleep(for: keepAliveInterval)
                        await channel.broadcast(.keepAlive)
                    }
                }
                tasks.addTask {
                    var polling = polling
                    while true {
                        let changes = if let inotify { try await inotify.nextChange() } else { try await polling!.nextChange() }
                        whenBuilt(await builder.rebuild(changedFiles: changes), changes)
                        await channel.broadcast(await builder.status.event)
                        await builder.writeDeferredExport()
                    }
                }
                // Unlike `waitForAll()`, this ends at the first error (the port is taken, say),
                // which cancels the other tasks.
                for try await _ in tasks {}
            }
        } catch where Task.isCancelled {
            // Cancelling is how the caller stops the preview, so it is not a failure. Every
            // connection has closed by now: event streams end when their task is cancelled.
        }
    }

    private func makeServer(handler: PreviewRequestHandler) throws -> HTTPServer {
        let host = options.ipAddress
        let address: any SocketAddress = host.contains(":")
            ? try sockaddr_in6.inet6(ip6: host, port: options.port)
            : try sockaddr_in.inet(ip4: host, port: options.port)
        return HTTPServer(config: HTTPServer.Configuration(address: address, logger: .disabled), handler: handler)
    }

    private func address(of server: HTTPServer) async throws -> URL {
        switch await server.listeningAddress {
        case .ip4(let host, let port)?:
            return URL(string: "http://\(host):\(port)/")!
        case .ip6(let host, let port)?:
            return URL(string: "http://[\(host)]:\(port)/")!
        default:
            throw PreviewError("the server stopped listening on \(options.host) before it could be opened")
        }
    }
}
