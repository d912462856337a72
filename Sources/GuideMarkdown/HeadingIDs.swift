/// Turns heading text into unique anchor ids.
///
/// Letters of every script are kept as they are (`## Dzīvesvietas deklarēšana` →
/// `dzīvesvietas-deklarēšana`) because editors write links to headings by hand in their own
/// language; HTML ids and URL fragments allow them.
struct HeadingIDs {
    private var used: [String: Int] = [:]

    static func slug(_ text: String) -> String {
        var id = ""
        var endsWithDash = false
        for scalar in text.lowercased().unicodeScalars {
            switch kind(of: scalar) {
            case .kept:
                id.unicodeScalars.append(scalar)
                endsWithDash = false
            case .separator:
                if !id.isEmpty && !endsWithDash {
                    id += "-"
                    endsWithDash = true
                }
            case .underscore:
                id += "_"
                endsWithDash = false
            case .dropped:
                break
            }
        }
        if endsWithDash { id.removeLast() }
        return id.isEmpty ? "section" : id
    }

    enum ScalarKind: Equatable {
        /// Letters, decimal digits and the marks that belong to them.
        case kept
        /// Spaces, dashes and tabs, which become one `-`.
        case separator
        case underscore
        case dropped
    }

    /// The common scripts are answered without the Unicode property lookup, which was most of
    /// what a slug cost; a test checks the shortcuts against the properties for every scalar
    /// they cover.
    static func kind(of scalar: Unicode.Scalar) -> ScalarKind {
        let v = scalar.value
        switch v {
        case 0x61...0x7A, 0x30...0x39, 0x41...0x5A: return .kept
        case 0x20, 0x2D, 0x09: return .separator
        case 0x5F: return .underscore
        case 0..<0x80: return .dropped
        case 0xC0...0x24F: return v == 0xD7 || v == 0xF7 ? .dropped : .kept
        case 0x400...0x481, 0x48A...0x52F: return .kept
        default: return kindByProperties(of: scalar)
        }
    }

    static func kindByProperties(of scalar: Unicode.Scalar) -> ScalarKind {
        switch scalar.properties.generalCategory {
        case .lowercaseLetter, .uppercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter,
             .decimalNumber, .nonspacingMark, .spacingMark:
            return .kept
        case .spaceSeparator, .dashPunctuation:
            return .separator
        default:
            return scalar == "_" ? .underscore : scalar == "\t" ? .separator : .dropped
        }
    }

    mutating func next(for text: String) -> String {
        let base = Self.slug(text)
        let count = used[base, default: 0]
        used[base] = count + 1
        return count == 0 ? base : "\(base)-\(count + 1)"
    }
}
