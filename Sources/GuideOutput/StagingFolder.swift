import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A folder next to the output folder where a build writes its files, swapped in only when the
/// whole site is written, so the published `Output/` is never half written.
///
/// It lives beside the output (not in /tmp) because a rename is atomic only within one file system.
public struct StagingFolder: OutputFolder {
    public let output: URL
    public let url: URL
    /// The published site's folder when there is one, whose unchanged files are linked, not written.
    private let previous: String?

    /// Staging folders are named after the output and the process, so leftovers of a killed build
    /// can be found and removed by the next one.
    public static func prefix(for output: URL) -> String {
        ".\(output.lastPathComponent)-staging-"
    }

    public init(output: URL) throws {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        Self.removeLeftovers(of: self.output)
        url = parent.appendingPathComponent(Self.prefix(for: self.output) + String(getpid()))
        var isDirectory: ObjCBool = false
        previous = FileManager.default.fileExists(atPath: self.output.path, isDirectory: &isDirectory) && isDirectory.boolValue
            ? self.output.path : nil
        FolderRemover.remove(url.path)
        guard mkdir(url.path, 0o755) == 0 else {
            throw OutputError(message: "cannot create \(url.path): \(String(cString: strerror(errno)))")
        }
    }

    static func removeLeftovers(of output: URL) {
        let parent = output.deletingLastPathComponent()
        let prefix = prefix(for: output)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] where name.hasPrefix(prefix) {
            FolderRemover.remove(parent.appendingPathComponent(name).path)
        }
    }

    /// Writes one file with plain POSIX calls (several times faster than Foundation's for the
    /// thousands of small files a site has). The folder must exist.
    public func write(_ buffer: UnsafeRawBufferPointer, to relativePath: String) throws {
        guard OutputPath.isSafe(relativePath) else {
            throw OutputError(message: "refusing to write outside the output folder: \(relativePath)")
        }
        let full = url.path + "/" + relativePath
        if let previous, Self.link(previous + "/" + relativePath, at: full, ifItHolds: buffer) { return }
        try Self.writeFile(buffer, at: full)
    }

    /// Links the published site's file at `old` into the staging folder if it holds exactly
    /// `buffer`. A repeated build into the same output then allocates no inode for an unchanged
    /// file, and removing the old site afterwards frees none: on ext4 that removal, and every
    /// file created for minutes after it, made a second 30,000-page build take twice the first's
    /// time. The link is checked to be the file compared (not a symbolic link, nor one swapped in
    /// meanwhile); the old site itself is never changed.
    private static func link(_ old: String, at full: String, ifItHolds buffer: UnsafeRawBufferPointer) -> Bool {
        let fd = open(old, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var compared = stat()
        guard fstat(fd, &compared) == 0, (compared.st_mode & S_IFMT) == S_IFREG, Int(compared.st_size) == buffer.count else { return false }
        if buffer.count > 0 {
            let bytes = UnsafeMutableRawPointer.allocate(byteCount: buffer.count, alignment: 16)
            defer { bytes.deallocate() }
            var offset = 0
            while offset < buffer.count {
                let count = read(fd, bytes + offset, buffer.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            guard memcmp(bytes, buffer.baseAddress!, buffer.count) == 0 else { return false }
        }
        guard Glibc.link(old, full) == 0 else { return false }
        var linked = stat()
        guard lstat(full, &linked) == 0, linked.st_ino == compared.st_ino, linked.st_dev == compared.st_dev else {
            unlink(full)
            return false
        }
        return true
    }

    static func writeFile(_ buffer: UnsafeRawBufferPointer, at full: String) throws {
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

    /// Puts the staged site in place of the output in one step and removes the old site.
    public func publish() throws {
        try AtomicSwap.replace(output, with: url)
    }

    public func discard() {
        FolderRemover.remove(url.path)
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
