import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Notices saves under `content/` and `themes/` through Linux's inotify: the kernel names each
/// changed file as it is written, so a save is seen within a millisecond and a large guide costs
/// nothing while nobody edits. One watch per folder; `SiteWatcher`'s polling takes over where
/// inotify is missing or its watch limit is reached (see `PreviewServer`).
final class InotifyWatcher: @unchecked Sendable {
    private let sourceRoot: URL
    private let descriptor: Int32
    /// Watch number → folder, relative to the source folder.
    private var folders: [Int32: String] = [:]
    private let queue = DispatchQueue(label: "guide.serve.inotify")
    /// Editors save one file as several writes and renames within a few milliseconds.
    private let quietPeriodMilliseconds: Int32 = 15
    private static let events = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF)

    /// Nil when inotify is unavailable or cannot watch every folder.
    init?(sourceRoot: URL) {
        self.sourceRoot = sourceRoot
        descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard descriptor >= 0 else { return nil }
        for folder in ["content", "themes"] where !watchTree(folder) {
            close(descriptor)
            return nil
        }
    }

    deinit {
        close(descriptor)
    }

    private func watchTree(_ relativePath: String) -> Bool {
        let path = sourceRoot.path + "/" + relativePath
        let watch = inotify_add_watch(descriptor, path, Self.events | UInt32(IN_ONLYDIR))
        guard watch >= 0 else { return errno == ENOENT || errno == ENOTDIR }
        folders[watch] = relativePath
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] where !name.hasPrefix(".") {
            var info = stat()
            if lstat(path + "/" + name, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, !watchTree(relativePath + "/" + name) {
                return false
            }
        }
        return true
    }

    /// Waits for a change, then until nothing has changed for a moment, and returns the changed
    /// paths relative to the source folder (a new folder is named itself, so it rebuilds all).
    func nextChange() async throws -> [String] {
        var changed: Set<String> = []
        while changed.isEmpty {
            try Task.checkCancellation()
            changed = await read(waitingMilliseconds: 200)
        }
        while true {
            let more = await read(waitingMilliseconds: quietPeriodMilliseconds)
            if more.isEmpty { break }
            changed.formUnion(more)
        }
        return changed.sorted()
    }

    private func read(waitingMilliseconds: Int32) async -> Set<String> {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: self.readNow(waitingMilliseconds: waitingMilliseconds)) }
        }
    }

    private func readNow(waitingMilliseconds: Int32) -> Set<String> {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, waitingMilliseconds) > 0 else { return [] }
        var changed: Set<String> = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let (watch, mask, length) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.wd, event.mask, Int(event.len))
                }
                let nameStart = offset + MemoryLayout<inotify_event>.size
                let name = String(decoding: buffer[nameStart..<(nameStart + length)].prefix { $0 != 0 }, as: UTF8.self)
                offset = nameStart + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    // Events were lost: name the whole content folder, which rebuilds everything.
                    changed.insert("content")
                    continue
                }
                guard let folder = folders[watch] else { continue }
                if mask & UInt32(IN_DELETE_SELF) != 0 {
                    folders[watch] = nil
                    changed.insert(folder)
                    continue
                }
                guard !name.isEmpty, !name.hasPrefix(".") else { continue }
                let path = folder + "/" + name
                if mask & UInt32(IN_ISDIR) != 0 {
                    if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { _ = watchTree(path) }
                    changed.insert(path)
                } else if !name.hasSuffix(".guide-new") && !name.hasSuffix("~") {
                    changed.insert(path)
                }
            }
        }
        return changed
    }
}
