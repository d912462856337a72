import Foundation

/// The kinds of content the guide knows. Each has its own folder under `content/`, its own facts
/// schema and its own page layout.
public enum Section: String, CaseIterable, Sendable, Comparable, Codable {
    case pages
    case organizations
    case courses
    case legal

    /// Sections that have an index page listing their entries; free pages are reached by menu.
    public static let listed: [Section] = [.courses, .legal, .organizations]

    public static func < (lhs: Section, rhs: Section) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How entries refer to each other: `organizations/drosa-maja`. The same string works in every
/// language, and the build turns it into that language's URL.
public struct EntryID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var section: Section
    public var slug: String

    public init(section: Section, slug: String) {
        self.section = section
        self.slug = slug
    }

    /// Parses `section/slug`; nil when the text is not shaped like a reference at all.
    public init?(reference: String) {
        let parts = reference.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let section = Section(rawValue: String(parts[0])),
              Slug.isValid(String(parts[1])) else { return nil }
        self.init(section: section, slug: String(parts[1]))
    }

    public var description: String { "\(section.rawValue)/\(slug)" }

    public static func < (lhs: EntryID, rhs: EntryID) -> Bool {
        (lhs.section, lhs.slug) < (rhs.section, rhs.slug)
    }
}

/// Slugs become folder and URL names, so they are restricted to characters that are safe and
/// identical in every file system and URL: `[a-z0-9-]`, not starting or ending with `-`.
public enum Slug {
    public static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 80 else { return false }
        let bytes = Array(text.utf8)
        guard bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-") else { return false }
        return bytes.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }
}

extension Slug {
    /// A valid slug close to what the editor typed (`Drošā Māja` → `drosa-maja`), for hints.
    public static func suggestion(from text: String) -> String {
        var result = ""
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if !result.isEmpty && !result.hasSuffix("-") {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }
}
