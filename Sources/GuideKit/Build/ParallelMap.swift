import Dispatch
import Foundation

/// Runs independent pieces of work on every core and returns their results in input order,
/// so what runs in parallel still produces the same output on every run.
enum ParallelMap {
    static func map<T: Sendable>(count: Int, _ work: @Sendable (Int) -> T) -> [T] {
        let results = Results<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.set(work(index), at: index)
        }
        return results.values
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
