import Dispatch
import Foundation

/// Runs independent pieces of work on every core and returns their results in input order,
/// so what runs in parallel still produces the same output on every run.
package enum ParallelMap {
    package static func map<T: Sendable>(count: Int, _ work: @Sendable (Int) -> T) -> [T] {
        map(count: count, state: {}) { _, index in work(index) }
    }

    /// Like `map(count:_:)`, but each core's worker keeps `state` across the items it takes, for
    /// caches that would lose their worth if made anew for each item. Items go to whichever
    /// worker is free, so a slow item holds up no other.
    package static func map<State, T: Sendable>(count: Int, state makeState: @Sendable () -> State,
                                        _ work: @Sendable (inout State, Int) -> T) -> [T] {
        let results = Results<T>(count: count)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: min(count, ProcessInfo.processInfo.activeProcessorCount)) { _ in
            guard let first = next.take(below: count) else { return }
            var state = makeState()
            results.set(work(&state, first), at: first)
            while let index = next.take(below: count) {
                results.set(work(&state, index), at: index)
            }
        }
        return results.values
    }

    /// Threads for work that waits on the disk more than it computes.
    package static let diskBoundThreads = 8

    /// Like `map(count:_:)`, but on `threads` threads of its own rather than one per core, for
    /// work that waits on the disk: libdispatch on Linux runs no more threads than there are
    /// cores, so a thread blocked in `read` leaves its core idle. Loading 10,000 entry folders
    /// whose files had left the page cache ran at 1.3 cores of 2 that way.
    ///
    /// `work` escapes: a finished thread lets go of it only after it has said it is done.
    package static func map<T: Sendable>(count: Int, threads: Int, _ work: @escaping @Sendable (Int) -> T) -> [T] {
        let results = Results<T>(count: count)
        let next = Counter()
        let group = DispatchGroup()
        for _ in 0..<min(threads, count) {
            group.enter()
            Thread {
                while let index = next.take(below: count) {
                    results.set(work(index), at: index)
                }
                group.leave()
            }.start()
        }
        group.wait()
        return results.values
    }

    /// Hands out the numbers below a limit, each once, to whichever thread asks next.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func take(below limit: Int) -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard value < limit else { return nil }
            value += 1
            return value - 1
        }
    }

    private final class Results<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [T?]

        init(count: Int) {
            storage = Array(repeating: nil, count: count)
        }

        func set(_ value: T, at index: Int) {
            lock.lock()
            storage[index] = value
            lock.unlock()
        }

        var values: [T] {
            lock.lock()
            defer { lock.unlock() }
            return storage.map { $0! }
        }
    }
}
