import Foundation
import GuideSupport
#if canImport(Glibc)
import Glibc
#endif

/// The folder a build writes the whole site into before it replaces the output in one atomic
/// step, so the published `Output/` is never half written.
///
/// It is the site before last, kept beside the output as `.Output-previous` and brought up to
/// date: a file whose bytes it already holds is not touched, one the published site holds is
/// linked from there, and only the rest is written. Publishing exchanges the two folders, so the
/// old site becomes the kept one for the next build. On ext4 here, deleting the old site after
/// each build and allocating a new file for every page made a repeated 30,000-page build take
/// up to twice as long as the first.
///
/// The kept folder lives beside the output (not in /tmp) because an exchange is atomic only
/// within one file system, and it costs a second copy of the site on disk; deleting it is always
/// safe, and makes the next build write every file. A build killed at any moment leaves the
/// published site as it was or as the new one; the kept folder may then be half updated, which
/// the next build finds out from the files' sizes and times (see `KeptSiteManifest`).
public struct StagingFolder: OutputFolder {
    public let output: URL
    /// The kept folder, where this build writes.
    public let url: URL
    private let state: State

    /// The kept folder's name: `.<output>-previous`, beside the output.
    public static func keptFolder(for output: URL) -> URL {
        let output = output.standardizedFileURL
        return output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent)-previous")
    }

    /// Staging folders of earlier versions, each made afresh by one build and named after it.
    static func leftoverPrefix(for output: URL) -> String {
        ".\(output.lastPathComponent)-staging-"
    }

    /// Waits for any other build into the same folder to finish, then reads what the kept folder
    /// and its manifest say.
    public init(output: URL) throws {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        // Two builds into one folder would write the same kept tree; the second waits. The lock
        // goes with the process, so a killed build never holds it.
        let lock = open(parent.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard lock >= 0 else { throw OutputError(message: "cannot open \(parent.path): \(String(cString: strerror(errno)))") }
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else {
                close(lock)
                throw OutputError(message: "cannot lock \(parent.path): \(String(cString: strerror(errno)))")
            }
        }
        Self.removeLeftovers(of: self.output)
        url = Self.keptFolder(for: self.output)
        var info = stat()
        if lstat(url.path, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR { unlink(url.path) }
        if mkdir(url.path, 0o755) != 0 && errno != EEXIST {
            close(lock)
            throw OutputError(message: "cannot create \(url.path): \(String(cString: strerror(errno)))")
        }
        let manifest = KeptSiteManifest.read(keptPath: url.path, outputPath: self.output.path)
        let listing = try TreeListing(root: url.path, skipping: KeptSiteManifest.fileName)
        state = State(lock: lock, listing: listing, manifest: manifest)
    }

    static func removeLeftovers(of output: URL) {
        let parent = output.deletingLastPathComponent()
        let prefix = leftoverPrefix(for: output)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] where name.hasPrefix(prefix) {
            FolderRemover.remove(parent.appendingPathComponent(name).path)
        }
    }

    /// Makes the file at `relativePath` hold `buffer`, writing it only if neither the kept nor
    /// the published site has these bytes there. The folder must exist.
    public func write(_ buffer: UnsafeRawBufferPointer, to relativePath: String) throws {
        guard OutputPath.isSafe(relativePath) else {
            throw OutputError(message: "refusing to write outside the output folder: \(relativePath)")
        }
        let hash = ContentHash.fingerprint(buffer)
        let found = state.listing.files[relativePath]
        if let found, let kept = state.manifest.kept[relativePath], kept.stamp == found, kept.stamp.size == buffer.count,
           kept.hash == hash, state.record(kept, at: relativePath) {
            return
        }
        let full = url.path + "/" + relativePath
        // Never written in place: the kept file may be a link to a published one.
        if found != nil || state.wasWritten(relativePath) { unlink(full) }
        if let published = state.manifest.published[relativePath], published.stamp.size == buffer.count, published.hash == hash,
           Self.link(output.path + "/" + relativePath, at: full, expecting: published.stamp) {
            state.recordReplacing(published, at: relativePath)
            return
        }
        let stamp = try Self.writeFile(buffer, at: full)
        state.recordReplacing(KeptSiteManifest.Entry(stamp: stamp, hash: hash), at: relativePath)
    }

    /// Links the published file at `old` to `full` if the link shows the size and time the
    /// manifest has for it, so the bytes are the ones fingerprinted: a link allocates no inode
    /// and writes no data. A symbolic link or a file changed since is not used.
    private static func link(_ old: String, at full: String, expecting stamp: FileStamp) -> Bool {
        guard Glibc.link(old, full) == 0 else { return false }
        var linked = stat()
        guard lstat(full, &linked) == 0, (linked.st_mode & S_IFMT) == S_IFREG, FileStamp(linked) == stamp else {
            unlink(full)
            return false
        }
        return true
    }

    /// Writes a new file with plain POSIX calls (several times faster than Foundation's for the
    /// thousands of small files a site has) and returns its size and time.
    @discardableResult
    static func writeFile(_ buffer: UnsafeRawBufferPointer, at full: String) throws -> FileStamp {
        let fd = open(full, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputError(message: "cannot write \(full): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputError(message: "cannot write \(full): \(String(cString: strerror(errno)))")
            }
            offset += written
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw OutputError(message: "cannot write \(full): \(String(cString: strerror(errno)))") }
        return FileStamp(info)
    }

    public func write(_ bytes: [UInt8], to relativePath: String) throws {
        try bytes.withUnsafeBytes { try write($0, to: relativePath) }
    }

    public func write(_ text: String, to relativePath: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0), to: relativePath) }
    }

    /// A page's folder is made here, by the renderer that writes the page, so the file system's
    /// work on tens of thousands of folders overlaps rendering on the other core.
    package func replace(_ text: String, at relativePath: String) throws {
        let folder = OutputPath.folder(of: relativePath)
        if !folder.isEmpty { try createDirectory(folder) }
        try write(text, to: relativePath)
    }

    /// Folders the kept tree has already cost no system call.
    package func createDirectory(_ relativePath: String) throws {
        guard !state.listing.folders.contains(relativePath) else { return }
        let full = url.path + "/" + relativePath
        if mkdir(full, 0o755) != 0 && errno != EEXIST {
            throw OutputError(message: "cannot create \(full): \(String(cString: strerror(errno)))")
        }
    }

    /// The files written so far, with their sizes and fingerprints, by path in byte order: what
    /// the offline pack and the precompressor would otherwise read back from disk.
    package func writtenFiles() -> [(path: String, size: Int, hash: UInt64)] {
        state.written().map { ($0.key, $0.value.stamp.size, $0.value.hash) }
            .sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// Removes what the kept tree had and this build did not write, puts the staged site in
    /// place of the output in one step, and keeps the old site with a manifest of both.
    public func publish() throws {
        defer { state.unlock() }
        let written = state.written()
        for path in state.listing.files.keys where written[path] == nil { unlink(url.path + "/" + path) }
        // Deepest first, so a folder is empty when its turn comes; one that still holds a
        // written file stays.
        for folder in state.listing.folders.sorted(by: { $0.utf8.count > $1.utf8.count }) { rmdir(url.path + "/" + folder) }
        unlink(url.path + "/" + KeptSiteManifest.fileName)
        let previous = state.manifest.published
        let outputExisted = try AtomicSwap.exchange(output, with: url)
        if !outputExisted, mkdir(url.path, 0o755) != 0 && errno != EEXIST { return }
        // Only a hint for the next build: a site without it is still published whole.
        try? KeptSiteManifest(kept: outputExisted ? previous : [:], published: written).write(keptPath: url.path, outputPath: output.path)
    }

    /// Leaves the kept tree half updated, for the next build to sort out, and lets other builds in.
    public func discard() {
        state.unlock()
    }

    /// What the writers on every core share.
    private final class State: @unchecked Sendable {
        let listing: TreeListing
        let manifest: KeptSiteManifest
        private var entries: [String: KeptSiteManifest.Entry] = [:]
        private var lockDescriptor: Int32
        private let lock = NSLock()

        init(lock: Int32, listing: TreeListing, manifest: KeptSiteManifest) {
            lockDescriptor = lock
            self.listing = listing
            self.manifest = manifest
        }

        /// Records a file kept as it is; false if this build already wrote that path, which
        /// then has to be written again.
        func record(_ entry: KeptSiteManifest.Entry, at path: String) -> Bool {
            lock.withLock {
                guard entries[path] == nil else { return false }
                entries[path] = entry
                return true
            }
        }

        func recordReplacing(_ entry: KeptSiteManifest.Entry, at path: String) {
            lock.withLock { entries[path] = entry }
        }

        func wasWritten(_ path: String) -> Bool {
            lock.withLock { entries[path] != nil }
        }

        func written() -> [String: KeptSiteManifest.Entry] {
            lock.withLock { entries }
        }

        func unlock() {
            lock.withLock {
                if lockDescriptor >= 0 { close(lockDescriptor) }
                lockDescriptor = -1
            }
        }

        deinit {
            if lockDescriptor >= 0 { close(lockDescriptor) }
        }
    }
}

/// The regular files of a folder with their sizes and times, and its folders.
struct TreeListing {
    var files: [String: FileStamp] = [:]
    var folders: Set<String> = []

    /// Lists `root` but the top-level file `skipped`; anything neither a file nor a folder (a
    /// link or socket someone left) is removed, since the site never writes one.
    init(root: String, skipping skipped: String) throws {
        try FileTree.walk(under: root) { path, info in
            switch info.st_mode & S_IFMT {
            case S_IFDIR: folders.insert(path)
            case S_IFREG: if path != skipped { files[path] = FileStamp(info) }
            default: unlink(root + "/" + path)
            }
        }
    }
}

public struct OutputError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Output paths come from slugs and section names that were validated, but the writer checks
/// again: whatever reaches it, nothing is written outside the output folder.
package enum OutputPath {
    static func isSafe(_ path: String) -> Bool {
        // Over UTF-8 bytes: every page and index file passes through here, and splitting by
        // Characters cost more than the check. A component is safe unless it is empty, `.` or `..`.
        var componentLength = 0, dots = 0
        for byte in path.utf8 {
            switch byte {
            case 0: return false
            case UInt8(ascii: "/"):
                if componentLength == 0 || componentLength == dots && dots <= 2 { return false }
                componentLength = 0
                dots = 0
            default:
                if byte == UInt8(ascii: ".") { dots += 1 }
                componentLength += 1
            }
        }
        return componentLength > 0 && !(componentLength == dots && dots <= 2)
    }

    /// The folder a relative path is in, "" for a path without one. Foundation's
    /// `deletingLastPathComponent` bridges through NSString at about 19,000 instructions a call,
    /// and a 30,000-page build asks for some 100,000 folders, most on one core before rendering.
    package static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }
}
