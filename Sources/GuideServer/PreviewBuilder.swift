import Dispatch
import GuideSite

/// Rebuilds the preview site and remembers how the latest build went.
///
/// The builder's output folder is only replaced when a build succeeds, so after a failed build
/// the previous site keeps being served while `status` carries the errors.
actor PreviewBuilder {
    private let builder: IncrementalSiteBuilder
    private(set) var status = BuildStatus(build: 0, ok: false, diagnostics: [])
    /// A build keeps a thread busy for up to seconds (and spreads its pages over every core
    /// itself); on its own queue it never occupies the threads that answer requests.
    private let queue = DispatchQueue(label: "guide.serve.build")

    init(options: BuildOptions) {
        builder = IncrementalSiteBuilder(options: options)
    }

    /// Brings the site up to date; `changedFiles` (relative to the source folder) lets a save
    /// inside entry folders re-render only the pages it touches, nil rebuilds everything. The
    /// open-data export waits for `writeDeferredExport()`, after open pages were told to reload.
    func rebuild(changedFiles: [String]?) async -> BuildResult {
        let builder = builder, queue = queue
        let result = await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: builder.build(changedFiles: changedFiles, defersExport: true)) }
        }
        status = BuildStatus(build: status.build + 1, ok: result.published,
                             diagnostics: result.diagnostics.map(ReportedDiagnostic.init))
        return result
    }

    /// Starts writing, in the background, the open-data export the last rebuild left for after
    /// the reload event.
    func writeDeferredExport() async {
        let builder = builder, queue = queue
        await withCheckedContinuation { continuation in
            queue.async {
                builder.writeDeferredExport()
                continuation.resume()
            }
        }
    }

    /// Waits for the exports still being written, so that the preview's folder can go.
    nonisolated func waitForExports() {
        builder.waitForExports()
    }
}
