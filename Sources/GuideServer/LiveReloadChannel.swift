/// Fans build events out to every open page's event stream.
actor LiveReloadChannel {
    private var listeners: [Int: AsyncStream<ServerSentEvent>.Continuation] = [:]
    private var nextListener = 0

    /// A new page's stream. It starts with `greeting`, so a page opened while the content is
    /// broken shows the errors at once instead of waiting for the next save.
    func subscribe(greeting: [ServerSentEvent]) -> AsyncStream<ServerSentEvent> {
        // A page that stops reading is dropped at the next keep-alive; until then only the
        // newest events matter to it.
        let (stream, continuation) = AsyncStream.makeStream(of: ServerSentEvent.self, bufferingPolicy: .bufferingNewest(16))
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        for event in greeting { continuation.yield(event) }
        return stream
    }

    func broadcast(_ event: ServerSentEvent) {
        for listener in listeners.values { listener.yield(event) }
    }

    private func unsubscribe(_ id: Int) {
        listeners[id] = nil
    }
}
