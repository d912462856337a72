import Foundation

/// What one HTML file of a published site refers to and what in it a strict content policy
/// would block, found by reading its tags (the site's own templates write well-formed HTML; a
/// theme override that does not is read as far as it makes sense).
struct HTMLReferenceScanner {
    /// One URL in an attribute, with the line and column where the tag starts.
    struct Reference: Hashable {
        enum Role: Hashable {
            /// A link a reader follows (`<a href>`, a refresh): missing, it is a dead end.
            case link
            /// A file the page loads itself (`src`, a stylesheet, a script's data attribute).
            case asset
        }
        var url: String
        var role: Role
        var line: Int
        var column: Int
    }

    /// Something the content policy forbids, where it is.
    struct Violation: Hashable {
        var message: String
        var line: Int
        var column: Int
    }

    private(set) var references: [Reference] = []
    private(set) var violations: [Violation] = []
    /// The stylesheets the page loads, for its weight.
    private(set) var stylesheets: [String] = []

    init(html: String) {
        let bytes = Array(html.utf8)
        var position = 0
        var line = 1, lineStart = 0
        func advanceLines(to end: Int) {
            while position < end {
                if bytes[position] == UInt8(ascii: "\n") { line += 1; lineStart = position + 1 }
                position += 1
            }
        }
        while let open = Self.find(UInt8(ascii: "<"), in: bytes, from: position) {
            advanceLines(to: open)
            if Self.starts(bytes, at: open, with: "<!--") {
                advanceLines(to: Self.end(of: "-->", in: bytes, from: open))
                continue
            }
            let tagLine = line, tagColumn = open - lineStart + 1
            guard let tag = Self.tag(in: bytes, at: open) else {
                advanceLines(to: open + 1)
                continue
            }
            advanceLines(to: tag.end)
            record(tag, line: tagLine, column: tagColumn)
            if ["script", "style"].contains(tag.name) {
                advanceLines(to: Self.end(of: "</\(tag.name)", in: bytes, from: position))
            }
        }
    }

    private mutating func record(_ tag: Tag, line: Int, column: Int) {
        func violation(_ message: String) { violations.append(Violation(message: message, line: line, column: column)) }
        let attributes = Dictionary(tag.attributes) { first, _ in first }
        for (name, value) in tag.attributes {
            if name.hasPrefix("on") && name.count > 2 {
                violation("inline event handler `\(name)=` on <\(tag.name)>")
            } else if name == "style" {
                violation("inline `style=` attribute on <\(tag.name)>")
            }
            if value.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("javascript:") {
                violation("`javascript:` URL in `\(name)=` on <\(tag.name)>")
            }
        }
        switch tag.name {
        case "script":
            if let source = attributes["src"] {
                references.append(Reference(url: source, role: .asset, line: line, column: column))
            } else if attributes["type"]?.lowercased() != "application/ld+json" {
                violation("inline <script> (only JSON-LD data may be inline)")
            }
        case "style":
            violation("inline <style> element")
        case "a", "area":
            if let target = attributes["href"] { references.append(Reference(url: target, role: .link, line: line, column: column)) }
        case "link":
            guard let target = attributes["href"] else { break }
            let relations = Set((attributes["rel"] ?? "").lowercased().split(separator: " ").map(String.init))
            if relations.contains("stylesheet") { stylesheets.append(target) }
            // Alternates and the canonical address are absolute URLs of pages, not files to load.
            if relations.isDisjoint(with: ["alternate", "canonical"]) {
                references.append(Reference(url: target, role: .asset, line: line, column: column))
            }
        case "meta":
            if attributes["http-equiv"]?.lowercased() == "refresh", let content = attributes["content"],
               let range = content.range(of: "url=", options: .caseInsensitive) {
                references.append(Reference(url: String(content[range.upperBound...]), role: .link, line: line, column: column))
            }
        default:
            break
        }
        for (name, value) in tag.attributes where ["src", "poster"].contains(name) && tag.name != "script" {
            references.append(Reference(url: value, role: .asset, line: line, column: column))
        }
        if tag.name == "form", let target = attributes["action"] {
            references.append(Reference(url: target, role: .link, line: line, column: column))
        }
        // Scripts find some files through data attributes (the map's library, loaded on demand).
        for (name, value) in tag.attributes where name.hasPrefix("data-") && value.hasPrefix("/") && !value.hasPrefix("//")
            && value.split(separator: "/").last?.contains(".") == true {
            references.append(Reference(url: value, role: .asset, line: line, column: column))
        }
    }

    // MARK: Reading tags

    private struct Tag {
        var name: String
        var attributes: [(String, String)]
        /// Just after the closing `>`.
        var end: Int
    }

    private static func tag(in bytes: [UInt8], at open: Int) -> Tag? {
        var index = open + 1
        guard index < bytes.count, isLetter(bytes[index]) else { return nil }
        let nameStart = index
        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/") { index += 1 }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
        var attributes: [(String, String)] = []
        while index < bytes.count {
            while index < bytes.count, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1 }
            guard index < bytes.count else { break }
            if bytes[index] == UInt8(ascii: ">") { return Tag(name: name, attributes: attributes, end: index + 1) }
            let start = index
            while index < bytes.count, !isSpace(bytes[index]), ![UInt8(ascii: "="), UInt8(ascii: ">")].contains(bytes[index]) { index += 1 }
            let attribute = String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            var value = ""
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                while index < bytes.count, isSpace(bytes[index]) { index += 1 }
                if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    let valueStart = index + 1
                    index = find(quote, in: bytes, from: valueStart) ?? bytes.count
                    value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                    index += 1
                } else {
                    let valueStart = index
                    while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                    value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                }
            }
            attributes.append((attribute, decodeEntities(value)))
        }
        return Tag(name: name, attributes: attributes, end: bytes.count)
    }

    /// The entities the templates' escaping writes into attribute values.
    private static func decodeEntities(_ value: String) -> String {
        guard value.contains("&") else { return value }
        return value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    private static func find(_ byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes[start...].firstIndex(of: byte)
    }

    private static func starts(_ bytes: [UInt8], at index: Int, with text: String) -> Bool {
        let pattern = Array(text.utf8)
        guard index + pattern.count <= bytes.count else { return false }
        return zip(bytes[index..<(index + pattern.count)], pattern).allSatisfy { lowered($0) == $1 }
    }

    /// Just after `text` (compared without case), or the end of the file.
    private static func end(of text: String, in bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while let next = find(Array(text.utf8)[0], in: bytes, from: index) {
            if starts(bytes, at: next, with: text) { return next + text.utf8.count }
            index = next + 1
        }
        return bytes.count
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lowered(byte))
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
