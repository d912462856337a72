/// The script an A–Z list is grouped in: the page language's own, or another one, whose titles
/// form a group of their own after the page's letters.
enum AlphabetScript: Equatable {
    case latin, cyrillic, other

    /// Languages written in Cyrillic; every other language of the guide is written in Latin.
    private static let cyrillicLanguages: Set<String> = ["ru", "uk", "be", "bg", "mk", "sr"]

    init(language: String) {
        self = Self.cyrillicLanguages.contains(String(language.prefix { $0 != "-" })) ? .cyrillic : .latin
    }

    init(letter: String) {
        guard let scalar = letter.unicodeScalars.first else { self = .other; return }
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: self = .latin
        case 0x400...0x52F: self = .cyrillic
        default: self = .other
        }
    }

    /// The heading of the other scripts' group, read by a reader of this script: the other
    /// alphabet's first and last letter.
    var otherScriptLabel: String {
        self == .cyrillic ? "A–Z" : "А–Я"
    }
}
