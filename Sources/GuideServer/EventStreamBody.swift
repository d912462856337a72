import FlyingSocks

/// The body of a `text/event-stream` response: the bytes of each event as it is broadcast,
/// ending only when the channel closes the stream.
///
/// FlyingFox sends a body of unknown length with chunked transfer encoding, one chunk per buffer
/// this sequence hands out, so each event reaches the browser as soon as it happens.
struct EventStreamBody: AsyncBufferedSequence {
    typealias Element = UInt8

    let events: AsyncStream<ServerSentEvent>

    func makeAsyncIterator() -> Iterator {
        Iterator(events: events.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<ServerSentEvent>.Iterator
        /// What is left of an event longer than the buffer the server asked for.
        var pending: ArraySlice<UInt8> = []

        mutating func next() async -> UInt8? {
            await nextBuffer(suggested: 1)?.first
        }

        mutating func nextBuffer(suggested count: Int) async -> ArraySlice<UInt8>? {
            while pending.isEmpty {
                guard let event = await events.next() else { return nil }
                pending = event.bytes[...]
            }
            let buffer = pending.prefix(Swift.max(count, 1))
            pending = pending.dropFirst(buffer.count)
            return buffer
        }
    }
}
