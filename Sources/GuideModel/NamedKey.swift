/// A key content refers to, with its name in each language of the site: a neighbourhood, a
/// municipality, a status a reader may have. Content stays in one language-neutral word; pages
/// show the name.
public struct NamedKey: Sendable, Hashable {
    public var key: String
    /// Language code → name.
    public var names: [String: String]

    package init(key: String, names: [String: String]) {
        self.key = key
        self.names = names
    }

    public func name(in language: String) -> String {
        names[language] ?? key
    }
}
