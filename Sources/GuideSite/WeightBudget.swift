import GuideModel

/// Size limits that keep the guide usable on cheap phones and metered data. The build warns when
/// a page breaks them, and the test suite fails, so a heavy template or a pasted wall of text is
/// caught before readers pay for it.
public enum WeightBudget {
    /// An entry page's HTML plus its stylesheet, uncompressed, without the map's library.
    public static let entryPageBytes = 30_000
    /// Everything a browser loads for its first search (see `firstSearchScriptBytes`).
    public static let searchScriptBytes = 15_000

    /// The search module, the analyser it imports and one language's stemmer, the largest: what
    /// a search page loads before its first result. `fallback.js` (typos, other spellings, other
    /// languages, "did you mean") is loaded only by a query that needs it, so it is not counted.
    public static func firstSearchScriptBytes(_ files: [(path: String, bytes: [UInt8])]) -> Int {
        func sizes(_ prefix: String) -> [Int] {
            files.filter { $0.path.hasPrefix("assets/search/" + prefix) && $0.path.hasSuffix(".js") }.map(\.bytes.count)
        }
        return sizes("search.").reduce(0, +) + sizes("analyze.").reduce(0, +) + (sizes("stem-").max() ?? 0)
    }

    static func entryPageWarning(htmlBytes: Int, cssBytes: Int, source: String) -> Diagnostic? {
        let total = htmlBytes + cssBytes
        guard total > entryPageBytes else { return nil }
        return .warning(at: SourceLocation(path: source), "the page is \(total / 1000) kB with its stylesheet, over the \(entryPageBytes / 1000) kB budget for phones",
                        hint: "Shorten the text or split it into two pages; if the theme grew, trim its CSS or templates.")
    }

    static func searchScriptWarning(bytes: Int, theme: String) -> Diagnostic? {
        guard bytes > searchScriptBytes else { return nil }
        return .warning(at: SourceLocation(path: theme + "/assets/search"), "the search scripts are \(bytes / 1000) kB, over the \(searchScriptBytes / 1000) kB budget",
                        hint: "Remove code from search.js, analyze.js or a stemmer, or move rarely used parts into fallback.js, which loads on demand.")
    }
}
