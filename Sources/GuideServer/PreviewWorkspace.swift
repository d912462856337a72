import Foundation

/// The temporary folder a preview builds into, so `guide serve` never touches `Output/` (which a
/// preview, with its edit hints, must never replace) and leaves nothing behind when it stops.
struct PreviewWorkspace: Sendable {
    /// `guide-serve-<pid>`: a full build stages its site beside the output folder, so the
    /// staging folder lands in here too and goes away with it.
    let root: URL

    /// Where the current site lives: a full build swaps a new one in atomically, an edit replaces
    /// single files (each by a rename, so no request sees half a file).
    var site: URL { root.appendingPathComponent("site", isDirectory: true) }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("guide-serve-\(getpid())", isDirectory: true)
        // A folder with this name can only be left by a killed process that had our pid.
        try? FileManager.default.removeItem(at: root)
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        } catch {
            throw PreviewError("cannot create the preview folder \(root.path): \(error.localizedDescription)")
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
