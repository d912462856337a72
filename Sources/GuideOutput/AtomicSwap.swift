import Foundation

/// Replaces a folder with another in one atomic step.
///
/// Linux's `renameat2(RENAME_EXCHANGE)` swaps two paths atomically, so readers (a web server, a
/// deploy step) see the old site or the new one, never a mix or nothing. Glibc declares it only
/// under `_GNU_SOURCE`, which Swift's Glibc module does not set, so it is looked up at run time.
enum AtomicSwap {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let renameExchange: UInt32 = 1 << 1

    private static let renameat2: RenameAt2? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    /// After this call `target` holds what `replacement` held; the old content of `target` is removed.
    static func replace(_ target: URL, with replacement: URL) throws {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory)
        if !exists {
            guard rename(replacement.path, target.path) == 0 else {
                throw OutputError(message: "cannot move the new site into \(target.path): \(String(cString: strerror(errno)))")
            }
            return
        }
        if let renameat2, renameat2(AT_FDCWD, replacement.path, AT_FDCWD, target.path, renameExchange) == 0 {
            // The old site now sits at the staging path.
            FolderRemover.remove(replacement.path)
            return
        }
        // Without an atomic exchange: move the old site aside, then the new one in. Readers may
        // see no folder for a moment, but never a half-written one.
        let aside = replacement.deletingLastPathComponent().appendingPathComponent(replacement.lastPathComponent + "-old")
        try? FileManager.default.removeItem(at: aside)
        guard rename(target.path, aside.path) == 0 else {
            throw OutputError(message: "cannot replace \(target.path): \(String(cString: strerror(errno)))")
        }
        guard rename(replacement.path, target.path) == 0 else {
            _ = rename(aside.path, target.path)
            throw OutputError(message: "cannot move the new site into \(target.path): \(String(cString: strerror(errno)))")
        }
        FolderRemover.remove(aside.path)
    }
}
