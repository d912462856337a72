import GuideSupport

extension QueryRules {
    /// What `fallback.js` reads from `rules.<hash>.json`; tables as `[from, to]` pairs, in order.
    public var json: String {
        func table(_ pairs: [(String, String)]) -> String {
            "[" + pairs.map { "[\(JSONText.string($0.0)),\(JSONText.string($0.1))]" }.joined(separator: ",") + "]"
        }
        let layouts = self.layouts.map { "[\(JSONText.string($0.latin)),\(JSONText.string($0.letters))]" }.joined(separator: ",")
        return "{\"script\":\(JSONText.string(script.rawValue)),\"transliteration\":\(table(transliteration)),"
            + "\"fixes\":\(table(transliterationFixes)),\"key\":\(table(key)),\"layouts\":[\(layouts)],"
            + "\"compounds\":\(splitsCompounds)}"
    }

    /// The manifest's `stop_words`: one string, words separated by spaces.
    var stopWordsText: String {
        stopWords.joined(separator: " ")
    }
}
