import Foundation
@testable import GuideSupport
import XCTest

final class ParallelMapTests: XCTestCase {
    /// Results come back in input order whichever worker took an item, and each worker's state
    /// lives across the items it took: at most one state per core is made.
    func testWorkersKeepTheirStateAndResultsKeepInputOrder() {
        final class Made: @unchecked Sendable {
            private let lock = NSLock()
            private var count = 0
            func add() { lock.withLock { count += 1 } }
            var value: Int { lock.withLock { count } }
        }
        let made = Made()
        let results = ParallelMap.map(count: 500, state: { () -> [Int] in made.add(); return [] }) { seen, item -> (Int, Int) in
            seen.append(item)
            return (item * 2, seen.count)
        }
        XCTAssertEqual(results.map(\.0), (0..<500).map { $0 * 2 })
        XCTAssertLessThanOrEqual(made.value, ProcessInfo.processInfo.activeProcessorCount)
        // Made anew per item, every state would have seen one item; kept, one worker saw at least
        // its share of all of them.
        XCTAssertEqual(results.filter { $0.1 == 1 }.count, made.value, "one first item per worker")
        XCTAssertGreaterThanOrEqual(results.map(\.1).max() ?? 0, results.count / made.value)
    }

    /// With its own threads, as many items are under way at once as there are threads, whatever
    /// the number of cores: each of the first eight items here waits until all eight have
    /// started, which only threads that do not wait for a free core get through.
    func testDiskBoundWorkRunsOnMoreThreadsThanCores() {
        let threads = 8
        let started = DispatchSemaphore(value: 0)
        let allStarted = DispatchSemaphore(value: 0)
        let results = ParallelMap.map(count: 40, threads: threads) { item -> Int? in
            guard item < threads else { return item }
            started.signal()
            if item == 0 {
                for _ in 0..<threads {
                    guard started.wait(timeout: .now() + 10) == .success else { return nil }
                }
                for _ in 1..<threads { allStarted.signal() }
                return item
            }
            return allStarted.wait(timeout: .now() + 10) == .success ? item : nil
        }
        XCTAssertEqual(results, (0..<40).map { $0 }, "an item timed out waiting for the others to start")
    }
}
