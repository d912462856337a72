/// Turns heading text into unique anchor ids.
///
/// Letters of every script are kept as they are (`## Dzīvesvietas deklarēšana` →
/// `dzīvesvietas-deklarēšana`) because editors write links to headings by hand in their own
/// language; HTML ids and URL fragments allow them.
struct HeadingIDs {
    private var used: [String: Int] = [:]

    static func slug(_ text: String) -> String {
        var id = ""
        for scalar in text.lowercased().unicodeScalars {
            let category = scalar.properties.generalCategory
            switch category {
            case .lowercaseLetter, .uppercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter,
                 .decimalNumber, .nonspacingMark, .spacingMark:
                id.unicodeScalars.append(scalar)
            case .spaceSeparator, .dashPunctuation:
                if !id.isEmpty && !id.hasSuffix("-") { id += "-" }
            default:
                if scalar == "_" { id += "_" } else if scalar == "\t" && !id.hasSuffix("-") && !id.isEmpty { id += "-" }
            }
        }
        while id.hasSuffix("-") { id.removeLast() }
        return id.isEmpty ? "section" : id
    }

    mutating func next(for text: String) -> String {
        let base = Self.slug(text)
        let count = used[base, default: 0]
        used[base] = count + 1
        return count == 0 ? base : "\(base)-\(count + 1)"
    }
}
