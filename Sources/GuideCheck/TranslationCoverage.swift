import GuideModel

/// One row of the coverage matrix: which languages an entry is written in, and whether each
/// translation still follows its source.
public struct TranslationCoverage: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable {
        /// Written, and either following the current source or not saying what it follows.
        case present
        /// Written from an older version of the text `translated_from` names.
        case outdated
        /// Not written: readers of this language get a fallback text.
        case missing
    }

    public var entry: EntryID
    /// Language code → status, for every language of the site.
    public var statuses: [String: Status]

    public init(entry: EntryID, statuses: [String: Status]) {
        self.entry = entry
        self.statuses = statuses
    }
}
