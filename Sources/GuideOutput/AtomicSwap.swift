import Foundation

/// Exchanges two folders in one atomic step.
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

    /// After this call `target` holds what `replacement` held and, if `target` was there,
    /// `replacement` holds the old `target`; returns whether it was there.
    static func exchange(_ target: URL, with replacement: URL) throws -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory) else {
            guard rename(replacement.path, target.path) == 0 else {
                throw OutputError(message: "cannot move the new site into \(target.path): \(String(cString: strerror(errno)))")
            }
            return false
        }
        if let renameat2, renameat2(AT_FDCWD, replacement.path, AT_FDCWD, target.path, renameExchange) == 0 {
            return true
        }
        // Without an atomic exchange: move the old site aside, then the new one in. Readers may
        // see no folder for a moment, but never a half-written one.
        let aside = replacement.deletingLastPathComponent().appendingPathComponent(replacement.lastPathComponent + "-old")
        FolderRemover.remove(aside.path)
        guard rename(target.path, aside.path) == 0 else {
            throw OutputError(message: "cannot replace \(target.path): \(String(cString: strerror(errno)))")
        }
        guard rename(replacement.path, target.path) == 0 else {
            _ = rename(aside.path, target.path)
            throw OutputError(message: "cannot move the new site into \(target.path): \(String(cString: strerror(errno)))")
        }
        guard rename(aside.path, replacement.path) == 0 else {
            FolderRemover.remove(aside.path)
            return false
        }
        return true
    }
}
