/// A word written as one that the index holds as two: `cilvektirdznieciba` is found where the
/// pages say `cilvēku tirdzniecība`.
///
/// Latvian joins a noun to the one it qualifies (`cilvēktirdzniecība`, `valstsvaloda`), while the
/// guide's pages mostly write the two words apart, and readers type either. The index is not
/// changed: the word is cut where its first part, analysed, is a term of the index and so is
/// the rest, the longest such first part winning.
public enum CompoundSplitter {
    /// Each part has at least this many letters: stems of three (`per`, `mit`) are found inside
    /// almost every long word, so a foreign word (`permit`) would be split into two known ones.
    public static let minimumPart = 4

    /// The two words, or nil when no cut gives two known ones. `isKnown` says whether the index
    /// holds a word's stem or folded stem.
    public static func split(_ word: String, isKnown: (String) -> Bool) -> [String]? {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 2 * minimumPart else { return nil }
        for cut in stride(from: scalars.count - minimumPart, through: minimumPart, by: -1) {
            let first = String(String.UnicodeScalarView(scalars[..<cut])), rest = String(String.UnicodeScalarView(scalars[cut...]))
            if isKnown(first), isKnown(rest) { return [first, rest] }
        }
        return nil
    }
}
