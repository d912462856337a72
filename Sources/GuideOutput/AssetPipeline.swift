import Foundation
import GuideSupport

/// The theme's static files, named by content hash so they can be cached forever.
///
/// JavaScript modules import each other by relative path (`./analyze.js`); those imports are
/// rewritten to the hashed names, and a module is hashed only after its imports are, so changing
/// `analyze.js` also renames every module that imports it.
package struct AssetPipeline {
    /// Output path (under `assets/`) and bytes of every asset.
    package let files: [(path: String, bytes: [UInt8])]
    /// Theme asset path → public URL, for templates.
    package let publicURLs: [String: String]

    package init(assets: [String: [UInt8]]) {
        var pending = assets
        let imports = assets.keys.reduce(into: [String: [String]]()) { imports, path in
            imports[path] = Self.siblingImports(in: path, bytes: assets[path]!, among: assets.keys)
        }
        var hashedPaths: [String: String] = [:]
        var files: [(String, [UInt8])] = []
        while !pending.isEmpty {
            // Modules whose sibling imports are all hashed already; if a cycle blocks every one,
            // the rest are taken as they are rather than looping forever.
            var ready = pending.keys.filter { path in imports[path]!.allSatisfy { hashedPaths[$0] != nil } }.sorted()
            if ready.isEmpty { ready = pending.keys.sorted() }
            for path in ready {
                let bytes = Self.rewritingImports(in: path, bytes: pending.removeValue(forKey: path)!,
                                                  imports: imports[path]!, hashedPaths: hashedPaths)
                let hashed = ContentHash.fingerprinted(path, bytes: bytes)
                hashedPaths[path] = hashed
                files.append(("assets/" + hashed, bytes))
            }
        }
        self.files = files.sorted { $0.0 < $1.0 }
        self.publicURLs = hashedPaths.mapValues { "/assets/" + $0 }
    }

    package var folders: Set<String> {
        Set(files.map { path, _ in path.split(separator: "/").dropLast().joined(separator: "/") })
    }

    package func write(to staging: StagingFolder) throws {
        for (path, bytes) in files { try staging.write(bytes, to: path) }
    }

    private static func folder(of path: String) -> String {
        path.split(separator: "/").dropLast().joined(separator: "/")
    }

    /// `'./name.js'` and `"./name.js"` specifiers naming another asset in the same folder.
    private static func siblingImports(in path: String, bytes: [UInt8], among paths: Dictionary<String, [UInt8]>.Keys) -> [String] {
        guard path.hasSuffix(".js") else { return [] }
        let text = String(decoding: bytes, as: UTF8.self)
        let ownFolder = folder(of: path)
        return paths.filter { other in
            other != path && other.hasSuffix(".js") && folder(of: other) == ownFolder
                && (text.contains("'./\(fileName(other))'") || text.contains("\"./\(fileName(other))\""))
        }
    }

    /// Only a module's own imports are replaced: Leaflet's 150 kB imports nothing, and searching
    /// it for every sibling's name was most of what preparing the assets cost.
    private static func rewritingImports(in path: String, bytes: [UInt8], imports: [String], hashedPaths: [String: String]) -> [UInt8] {
        if path.hasSuffix(".css") { return compactStylesheet(bytes) }
        guard path.hasSuffix(".js") else { return bytes }
        let stripped = withoutLineComments(bytes)
        guard !imports.isEmpty else { return stripped }
        var text = String(decoding: stripped, as: UTF8.self)
        for original in imports.sorted() {
            guard let hashed = hashedPaths[original] else { continue }
            for quote in ["'", "\""] {
                text = text.replacingOccurrences(of: "\(quote)./\(fileName(original))\(quote)", with: "\(quote)./\(fileName(hashed))\(quote)")
            }
        }
        return Array(text.utf8)
    }

    /// Whole-line `//` comments explain the source to editors but cost every reader bytes on a
    /// metered connection, so they are left out of the published file. Files where a template
    /// literal spans lines are kept as they are: a line inside one may only look like a comment.
    ///
    /// Read as bytes, so a line ends at every line feed, a Windows line end included; as a
    /// string, `\r\n` is one character and a file saved with those would be one long line.
    static func withoutLineComments(_ bytes: [UInt8]) -> [UInt8] {
        let newline = UInt8(ascii: "\n"), backtick = UInt8(ascii: "`"), slash = UInt8(ascii: "/")
        let lines = bytes.split(separator: newline, omittingEmptySubsequences: false)
        guard !lines.contains(where: { line in line.reduce(0) { $1 == backtick ? $0 + 1 : $0 } % 2 == 1 }) else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var first = true
        for line in lines {
            let code = line.drop(while: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
            if code.starts(with: [slash, slash]) { continue }
            if !first { result.append(newline) }
            result.append(contentsOf: line)
            first = false
        }
        return result
    }

    /// A stylesheet without its `/* … */` comments, indentation, line ends and the spaces after
    /// `{ } ; : ,` and before `{ }`: the stylesheet rides along with every page, and these were a
    /// quarter of its bytes. A space before `:` stays (`.a :is(b)` is not `.a:is(b)`), as does
    /// every space between values; quoted strings are copied as they are, so a `/*` inside
    /// `content: "…"` stays.
    static func compactStylesheet(_ bytes: [UInt8]) -> [UInt8] {
        let space = UInt8(ascii: " "), newline = UInt8(ascii: "\n")
        let afterPunctuation = Set("{};:,".utf8), beforeBrace = Set("{}".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var quote: UInt8?
        for byte in withoutBlockComments(bytes) {
            if let open = quote {
                result.append(byte)
                if byte == open && result.dropLast().last != UInt8(ascii: "\\") { quote = nil }
                continue
            }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { quote = byte }
            if byte == newline || byte == space {
                if let last = result.last, afterPunctuation.contains(last) || last == space || last == newline { continue }
                result.append(byte == newline ? space : byte)
                continue
            }
            if beforeBrace.contains(byte), result.last == space { result.removeLast() }
            result.append(byte)
        }
        while result.last == space { result.removeLast() }
        result.append(newline)
        return result
    }

    /// A stylesheet without its `/* … */` comments (with the line end after one that fills its
    /// lines) and without the indentation of its lines.
    static func withoutBlockComments(_ bytes: [UInt8]) -> [UInt8] {
        let slash = UInt8(ascii: "/"), star = UInt8(ascii: "*"), newline = UInt8(ascii: "\n")
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                result.append(byte)
                if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                    result.append(bytes[index + 1])
                    index += 1
                } else if byte == open {
                    quote = nil
                }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
                result.append(byte)
            } else if byte == slash, index + 1 < bytes.count, bytes[index + 1] == star {
                var end = index + 2
                while end + 1 < bytes.count, !(bytes[end] == star && bytes[end + 1] == slash) { end += 1 }
                index = min(end + 2, bytes.count)
                let lineStart = result.last == nil || result.last == newline
                    || result.reversed().prefix { $0 != newline }.allSatisfy { $0 == UInt8(ascii: " ") }
                if lineStart, index < bytes.count, bytes[index] == newline {
                    while let last = result.last, last == UInt8(ascii: " ") { result.removeLast() }
                    index += 1
                }
                continue
            } else if (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")) && (result.last == nil || result.last == newline) {
                index += 1
                continue
            } else {
                result.append(byte)
            }
            index += 1
        }
        return result
    }

    private static func fileName(_ path: String) -> String {
        String(path.split(separator: "/").last ?? "")
    }
}
