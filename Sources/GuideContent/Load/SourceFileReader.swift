import Foundation
#if canImport(Glibc)
import Glibc
import GuideModel
#endif

/// Reads content files defensively: content comes from many hands, so a file may be huge, not
/// UTF-8, or a link pointing out of `content/`, and each of those must become a diagnostic.
package struct SourceFileReader {
    /// Far above any real entry (the whole guide is under 1 MB), low enough that a stray video or
    /// database dump never reaches the parsers.
    static let maximumFileSize = 2 * 1024 * 1024

    let root: URL
    /// The root's path with a slash at the end, worked out once: standardising a URL is slow, and
    /// every file a build reads is named relative to the root.
    private let rootPrefix: String

    package init(root: URL) {
        self.root = root
        rootPrefix = root.standardizedFileURL.path + "/"
    }

    package func relativePath(_ url: URL) -> String {
        var path = url.path
        // A path with no `.`, `..` or empty component is already standard. Looked for byte by
        // byte: Foundation's `contains` on strings goes through CFString, twice per file read.
        if Self.mayNeedStandardizing(path) {
            path = url.standardizedFileURL.path
        }
        guard path.hasPrefix(rootPrefix) else { return path }
        return String(path.dropFirst(rootPrefix.count))
    }

    /// Whether `path` holds `/.` or `//`, the only ways a component can be `.`, `..` or empty.
    private static func mayNeedStandardizing(_ path: String) -> Bool {
        var previousIsSlash = false
        for byte in path.utf8 {
            if previousIsSlash && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")) { return true }
            previousIsSlash = byte == UInt8(ascii: "/")
        }
        return false
    }

    /// The text of a file with CRLF turned into LF and a byte-order mark removed, or a diagnostic
    /// saying why it cannot be used.
    package func readText(_ url: URL) -> Result<String, Diagnostic> {
        readText(atPath: url.path, relativePath: relativePath(url))
    }

    /// `readText(_:)` for a file whose absolute and relative paths the caller already has: the
    /// loader names four files per entry folder, and a `URL` per file cost more than reading it.
    package func readText(atPath absolutePath: String, relativePath path: String) -> Result<String, Diagnostic> {
        let location = SourceLocation(path: path)
        var info = stat()
        guard lstat(absolutePath, &info) == 0 else {
            return .failure(.error(at: location, "cannot read the file", hint: "Check that it exists and is readable."))
        }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            return .failure(.error(at: location, "the file is a symbolic link",
                                   hint: "Content files must be real files inside content/; copy the text here instead of linking to it."))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            return .failure(.error(at: location, "this is not a regular file", hint: "Remove it from content/."))
        }
        guard Int(info.st_size) <= Self.maximumFileSize else {
            return .failure(.error(at: location, "the file is \(Int(info.st_size) / 1024) kB, more than the \(Self.maximumFileSize / 1024 / 1024) MB a content file may have",
                                   hint: "Split the text into several pages, or remove the file if it is not guide content."))
        }
        guard let bytes = Self.contents(atPath: absolutePath, size: Int(info.st_size)) else {
            return .failure(.error(at: location, "cannot read the file", hint: "Check the file's permissions."))
        }
        return Self.decode(bytes, path: path)
    }

    /// The bytes of a file, read with plain POSIX calls straight into the array the decoder
    /// takes (Foundation's `contents(atPath:)` costs a `Data` and a copy per file). `size` is
    /// what `lstat` said; a file that grew meanwhile is read to its end all the same.
    private static func contents(atPath path: String, size: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, count))) }
            let read = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
            }
            if read < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if read == 0 { break }
            count += read
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// Decodes UTF-8, pointing at the first invalid byte by line and column.
    static func decode(_ bytes: [UInt8], path: String) -> Result<String, Diagnostic> {
        // Most files are valid UTF-8 with LF endings: validate them in one pass and take the
        // scalar-by-scalar route only to normalise CR or locate an error.
        if !bytes.contains(0x0D) {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
            if let text = String(validating: body, as: UTF8.self) { return .success(text) }
        }
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        var previousWasCR = false
        var isFirst = true
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                defer { isFirst = false }
                if isFirst && scalar == "\u{FEFF}" { continue }
                if scalar == "\r" {
                    scalars.append("\n")
                    line += 1
                    column = 1
                    previousWasCR = true
                    continue
                }
                if scalar == "\n" {
                    if previousWasCR { previousWasCR = false; continue }
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                previousWasCR = false
                scalars.append(scalar)
            case .emptyInput:
                break loop
            case .error:
                return .failure(.error(at: SourceLocation(path: path, line: line, column: column),
                                       "the file is not valid UTF-8 text",
                                       hint: "Save the file as UTF-8 in your editor (in many editors: \"Save with encoding\" → UTF-8)."))
            }
        }
        return .success(String(scalars))
    }
}
