import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A folder next to the output folder where a build writes its files, swapped in only when the
/// whole site is written, so the published `Output/` is never half written.
///
/// It lives beside the output (not in /tmp) because a rename is atomic only within one file system.
public struct StagingDirectory: OutputFolder {
    public let output: URL
    public let url: URL

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
        try Self.writeFile(buffer, at: url.path + "/" + relativePath)
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
    func replace(_ text: String, at relativePath: String) throws {
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
enum OutputPath {
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
    static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }
}
