import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs asynchronous work from a synchronous command until the work ends or the process is asked
/// to stop.
///
/// `guide`'s entry point is synchronous, so the calling thread waits while the work runs on
/// Swift's concurrency threads. Ctrl-C (SIGINT) and SIGTERM cancel the work instead of killing
/// the process, so it can close its connections and delete its temporary files first; a second
/// signal, should that clean-up hang, ends the process at once.
public enum ForegroundTask {
    public static func run(_ operation: @escaping @Sendable () async throws -> Void) throws {
        let outcome = Outcome()
        let finished = DispatchSemaphore(value: 0)
        let task = Task {
            do { try await operation() } catch { outcome.record(error) }
            finished.signal()
        }
        let stopSignals = [SIGINT, SIGTERM]
        let sources = stopSignals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                task.cancel()
                for number in stopSignals { signal(number, SIG_DFL) }
            }
            source.resume()
            return source
        }
        finished.wait()
        for source in sources { source.cancel() }
        if let error = outcome.error { throw error }
    }
}

/// The error the work ended with, handed from its task to the waiting thread.
private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: Error?

    func record(_ error: Error) {
        lock.withLock { recorded = error }
    }

    var error: Error? {
        lock.withLock { recorded }
    }
}
