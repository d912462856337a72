import Dispatch
import Foundation

/// Work running on a thread of its own until the caller waits for it, so that a step which keeps
/// one core busy overlaps the next step's work on every core. Its own thread, not libdispatch's:
/// on Linux that pool runs no more threads than there are cores, and the overlapping step fills
/// them all.
package final class BackgroundWork: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    /// Written by the thread before it signals, read by `wait()` after.
    private var failure: (any Error)?

    package init(_ work: @escaping @Sendable () throws -> Void) {
        Thread { [self] in
            do { try work() } catch { failure = error }
            finished.signal()
        }.start()
    }

    /// Returns once the work has ended, rethrowing what it threw. Call it once.
    package func wait() throws {
        finished.wait()
        if let failure { throw failure }
    }
}
