/// One message of a `text/event-stream` response, already encoded as the bytes on the wire.
struct ServerSentEvent: Sendable, Equatable {
    let bytes: [UInt8]

    /// `event: <name>` followed by one `data:` line per line of `data`, as the format requires
    /// (a browser joins them back with newlines).
    init(name: String, data: String) {
        let lines = data.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)\n" }
        bytes = Array(("event: \(name)\n" + lines.joined() + "\n").utf8)
    }

    private init(text: String) {
        bytes = Array(text.utf8)
    }

    /// A comment, which browsers ignore: sent now and then so that a connection whose page was
    /// closed is noticed (the write fails) and dropped.
    static let keepAlive = ServerSentEvent(text: ": keep-alive\n\n")

    /// Asks the browser to reconnect after 1 s instead of its default 3 s when the connection
    /// drops, e.g. while `guide serve` is restarted.
    static let quickReconnect = ServerSentEvent(text: "retry: 1000\n\n")
}
