/// A word typed in the other script, read as the word the reader meant: `zhitelstvo` on the
/// Russian pages is `жительство`, `Даугавпилс` on the Latvian ones `Daugavpils`.
///
/// People write Russian and Ukrainian in Latin letters by many conventions (ISO 9, the passport,
/// chat), so one table gives a first spelling, and the index's own terms correct it: a term
/// whose loose `key` equals that of the spelling's stem is the word meant.
public enum Transliteration {
    /// The word in the pages' script, or nil when it has no letter of the other script.
    public static func candidate(_ word: String, rules: QueryRules) -> String? {
        guard word.unicodeScalars.contains(where: { isOtherScript($0, rules.script) }) else { return nil }
        return rewrite(rewrite(word, with: rules.transliteration), with: rules.transliterationFixes)
    }

    /// One spelling for every way of writing a word: each script's letters and each
    /// convention's sequences become plain Latin letters (`ж`, `zh`, `ž` → `z`; `щ`, `shch`,
    /// `sch` → `s`; `и`, `ы`, `й`, `y`, `j` → `i`), an `i` before a vowel goes (`я`, `ya`,
    /// `ja`, `ia` → `a`), and a doubled letter counts once.
    public static func key(_ word: String, rules: QueryRules) -> String {
        let plain = Array(rewrite(word, with: rules.key).unicodeScalars)
        var key: [Unicode.Scalar] = []
        for (i, scalar) in plain.enumerated() {
            if scalar == "i", i + 1 < plain.count, "aeou".unicodeScalars.contains(plain[i + 1]) { continue }
            if key.last == scalar { continue }
            key.append(scalar)
        }
        return String(scalars: key)
    }

    /// The spelling to search for `candidate` (whose stem is `stem`): the index term with the
    /// same key that the most documents hold (on a tie the later in code-unit order, which is the
    /// one with diacritics), followed by the candidate's ending. Nil when no term has that key.
    public static func spelling(of candidate: String, stem: String, terms: [String: Int], rules: QueryRules) -> String? {
        let wanted = key(stem, rules: rules)
        let best = terms.filter { key($0.key, rules: rules) == wanted }.max { a, b in
            a.value != b.value ? a.value < b.value : a.key.utf16.lexicographicallyPrecedes(b.key.utf16)
        }
        guard let term = best?.key else { return nil }
        return term + String(String.UnicodeScalarView(candidate.unicodeScalars.dropFirst(stem.unicodeScalars.count)))
    }

    static func isOtherScript(_ scalar: Unicode.Scalar, _ script: QueryRules.Script) -> Bool {
        let cyrillic = (0x400...0x4FF).contains(scalar.value)
        let latin = ("a"..."z").contains(scalar) || (0xC0...0x24F).contains(scalar.value)
        return script == .cyrillic ? latin : cyrillic
    }

    /// At each position the longest `from` that starts there is replaced by its `to`; other
    /// characters are kept.
    static func rewrite(_ text: String, with table: [(String, String)]) -> String {
        guard !table.isEmpty else { return text }
        // Longest first; of two equal `from`s the earlier, so a language's rows can override.
        let entries = table.enumerated().map { (Array($1.0.unicodeScalars), $1.1, $0) }
            .sorted { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.2 < $1.2 }.map { ($0.0, $0.1) }
        let scalars = Array(text.unicodeScalars)
        var result = ""
        var i = 0
        while i < scalars.count {
            if let (from, to) = entries.first(where: { from, _ in
                i + from.count <= scalars.count && Array(scalars[i..<(i + from.count)]) == from
            }) {
                result += to
                i += from.count
            } else {
                result.unicodeScalars.append(scalars[i])
                i += 1
            }
        }
        return result
    }
}
