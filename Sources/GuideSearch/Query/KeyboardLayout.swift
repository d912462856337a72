/// The letters one set of keys gives on two layouts, for a query typed with the wrong one still
/// switched on: `dbl yf ;bntkmcndj` is `вид на жительство` typed on QWERTY.
///
/// Whether to read a query so is decided by the index's own terms: only a part of the query whose
/// words the index does not know, and whose retyped words it does, is read as retyped; a word the
/// index holds is never rewritten.
public struct KeyboardLayout: Sendable {
    /// Keys as QWERTY (and the Latvian layout, whose letter keys are QWERTY's) gives them.
    public let latin: String
    /// The same keys on this layout, one character each.
    public let letters: String

    public static let russian = KeyboardLayout(latin: "`qwertyuiop[]asdfghjkl;'zxcvbnm,.~{}:\"<>",
                                               letters: "ёйцукенгшщзхъфывапролджэячсмитьбюёхъжэбю")
    public static let ukrainian = KeyboardLayout(latin: "`qwertyuiop[]asdfghjkl;'zxcvbnm,.\\~{}:\"<>|",
                                                 letters: "'йцукенгшщзхїфівапролджєячсмитьбюґ'хїжєбюґ")

    /// `text` retyped: Latin keys as this layout's letters, or this layout's letters as the
    /// Latin keys, whichever script `text` has letters of; nil when it has neither.
    public func retyped(_ text: String) -> String? {
        let keys = Array(latin.unicodeScalars), typed = Array(letters.unicodeScalars)
        let scalars = Array(text.lowercased().unicodeScalars)
        let fromLatin = scalars.contains { ("a"..."z").contains($0) }
        let fromLetters = scalars.contains { (0x400...0x4FF).contains($0.value) }
        guard fromLatin != fromLetters else { return nil }
        let (from, to) = fromLatin ? (keys, typed) : (typed, keys)
        var result = String.UnicodeScalarView()
        for scalar in scalars {
            // `'` is a key on QWERTY (э) but a letter of Ukrainian words: only Latin text maps it.
            if let at = from.firstIndex(of: scalar), fromLatin || scalar != "'" { result.append(to[at]) } else { result.append(scalar) }
        }
        return String(result)
    }

    /// The query with each whitespace-separated part the index does not know replaced by its
    /// retyping on the first of `layouts` whose words it knows; nil when no part changes.
    /// `isKnown` says whether the index holds a token (its stem or folded stem).
    ///
    /// A part of which the index knows a word is still retyped when the retyping has fewer words:
    /// keys that are letters on the other layout (`,` is `б`, `;` is `ж`) split it, and a piece
    /// such as `e` in `e,t;bot` (`убежище`) can be a word of its own.
    public static func retyped(_ query: String, layouts: [KeyboardLayout], tokens: (String) -> [String],
                               isKnown: (String) -> Bool) -> String? {
        var changed = false
        let parts = query.split(whereSeparator: \.isWhitespace).map { part -> String in
            let typed = tokens(String(part))
            guard !typed.isEmpty else { return String(part) }
            let known = typed.contains(where: isKnown)
            for layout in layouts {
                guard let retyped = layout.retyped(String(part)) else { continue }
                let words = tokens(retyped)
                guard !known || words.count < typed.count else { continue }
                if !words.isEmpty, words.allSatisfy(isKnown) {
                    changed = true
                    return retyped
                }
            }
            return String(part)
        }
        return changed ? parts.joined(separator: " ") : nil
    }
}
