import Dispatch
import Foundation

/// Runs independent pieces of work on every core and returns their results in input order,
/// so what runs in parallel still produces the same output on every run.
enum ParallelMap {
    static func map<T: Sendable>(count: Int, _ work: @Sendable (Int) -> T) -> [T] {
        map(count: count, state: {}) { _, index in work(index) }
    }

    /// Like `map(count:_:)`, but each core's worker keeps `state` across the items it takes, for
    /// caches that would lose their worth if made anew for each item. Items go to whichever
    /// worker is free, so a slow item holds up no other.
    static func map<State, T: Sendable>(count: Int, state makeState: @Sendable () -> State,
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

    /// Hands out the numbers below a limit, each once, to whichever thread asks next.
    final class Counter: @unchecked Sendable {
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
