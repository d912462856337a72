/// A language's stop words: the little words that never earn a match or a highlight on their own.
///
/// A query made only of them is searched as it is; otherwise they are left out of matching and
/// of the title's share of query words, so `вид на жительство` ranks by `вид` and `жительство`.
public struct StopWords: Sendable {
    private let words: Set<String>
    private let language: String

    public init(language: String, rules: QueryRules) {
        self.language = language
        words = Set(rules.stopWords.map { Self.normal($0, language: language) })
    }

    /// Whether `token` (a lower-case token as the analyser cuts it) is a stop word, typed with or
    /// without its diacritics, `ё`, or Ukrainian `ґ ї є` and apostrophe.
    public func contains(_ token: String) -> Bool {
        words.contains(Self.normal(token, language: language))
    }

    /// The tokens that are searched: all but the stop words, unless nothing else is left.
    public func searched(_ tokens: [String]) -> [String] {
        let kept = tokens.filter { !contains($0) }
        return kept.isEmpty ? tokens : kept
    }

    /// Only Ukrainian drops apostrophes: in English `we'll` and `well` are different words.
    static func normal(_ word: String, language: String) -> String {
        var scalars = Array(word.unicodeScalars)
        switch language {
        case "uk": UkrainianStemmer.fold(&scalars)
        case "ru": scalars = scalars.map { $0 == "ё" ? "е" : $0 }
        default: break
        }
        return String(scalars: TextAnalyzer.folded(scalars) ?? scalars)
    }
}
