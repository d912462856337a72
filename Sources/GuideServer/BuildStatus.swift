/// The outcome of the latest build, as `/_guide/status` reports it and the live-reload events
/// announce it.
struct BuildStatus: Encodable, Sendable {
    /// Counts every build since the server started, failed ones included, so a client can tell
    /// two reloads apart.
    var build: Int
    /// False when the build failed; the site served is then the last one that succeeded.
    var ok: Bool
    /// Warnings as well as errors, sorted by file and line.
    var diagnostics: [ReportedDiagnostic]

    /// What open pages are told: reload after a success; after a failure, the problems to show
    /// over the page that is still served.
    var event: ServerSentEvent {
        ok ? ServerSentEvent(name: "reload", data: String(build))
           : ServerSentEvent(name: "error", data: diagnostics.encodedJSON)
    }
}
