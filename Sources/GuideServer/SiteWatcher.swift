import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Notices saves under `content/` and `themes/` by comparing every file's modification time and
/// size a few times a second.
///
/// Polling needs no platform API and sees changes on every kind of file system (shared folders
/// and container mounts included, where change notifications often never arrive). For the
/// bundled guide a round is a few hundred `stat` calls, done every 200 ms. A guide large enough
/// for a round to take longer than 10 ms is looked at less often (up to a second apart), so that
/// watching it does not keep a core busy; its rebuilds take far longer than the wait anyway.
struct SiteWatcher {
    private let sourceRoot: URL
    private let folders = ["content", "themes"]
    /// The files as the latest build read them (or, before the first build, as they were found).
    private var baseline: [String: FileStamp]
    private let shortestPollInterval = Duration.milliseconds(200)
    private let longestPollInterval = Duration.seconds(1)
    private let quietPeriod = Duration.milliseconds(50)

    init(sourceRoot: URL) {
        self.sourceRoot = sourceRoot
        baseline = [:]
        baseline = snapshot()
    }

    /// Waits until a file is saved, added or removed, and then until nothing has changed for a
    /// moment, since a save or a `git checkout` touches several files in a burst and one rebuild
    /// should cover them all. Returns the changed paths, relative to the source folder.
    ///
    /// Changes made while the caller was building are found by the first comparison.
    mutating func nextChange() async throws -> [String] {
        let clock = ContinuousClock()
        var current = baseline
        var scanTime = clock.measure { current = snapshot() }
        while current == baseline {
            try await Task.sleep(for: min(max(shortestPollInterval, scanTime * 20), longestPollInterval))
            scanTime = clock.measure { current = snapshot() }
        }
        while true {
            try await Task.sleep(for: quietPeriod)
            let later = snapshot()
            if later == current { break }
            current = later
        }
        let changed = Set(current.keys).union(baseline.keys).filter { current[$0] != baseline[$0] }
        baseline = current
        return changed.sorted()
    }

    /// Regular files only: a new empty folder changes nothing on the site. Hidden files are
    /// editors' swap and lock files, which the site never reads.
    private func snapshot() -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        for folder in folders {
            scan(sourceRoot.path + "/" + folder, as: folder, into: &stamps)
        }
        return stamps
    }

    /// Plain `readdir` and `fstatat`: several times cheaper than Foundation's enumerator, which
    /// matters when a large guide's tens of thousands of files are looked at again and again.
    private func scan(_ path: String, as relativePath: String, into stamps: inout [String: FileStamp]) {
        guard let folder = opendir(path) else { return }
        defer { closedir(folder) }
        let folderDescriptor = dirfd(folder)
        while let entry = readdir(folder) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            guard !name.hasPrefix(".") else { continue }
            var info = stat()
            guard fstatat(folderDescriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            // A linked file counts by its target; a linked folder is not entered, so a link
            // cycle cannot trap the scan.
            if info.st_mode & S_IFMT == S_IFLNK, fstatat(folderDescriptor, name, &info, 0) != 0 || info.st_mode & S_IFMT != S_IFREG {
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                scan(path + "/" + name, as: relativePath + "/" + name, into: &stamps)
            case S_IFREG:
                stamps[relativePath + "/" + name] = FileStamp(info)
            default:
                continue
            }
        }
    }
}

/// What tells two versions of a file apart without reading it. The file number changes when an
/// editor saves by writing a new file and renaming it over the old one, which the time alone may
/// miss when both happen within one tick of the file system's clock.
private struct FileStamp: Equatable {
    var fileNumber: UInt
    var seconds: Int
    var nanoseconds: Int
    var size: Int

    init(_ info: stat) {
        fileNumber = UInt(info.st_ino)
        seconds = info.st_mtim.tv_sec
        nanoseconds = info.st_mtim.tv_nsec
        size = Int(info.st_size)
    }
}
