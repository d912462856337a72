/// What the index needs to know about one page in one language, gathered while the page is
/// rendered so the Markdown is parsed only once.
public struct SearchDocument: Sendable, Equatable {
    public var url: String
    public var language: String
    public var section: Section
    public var sectionLabel: String
    public var title: String
    public var keywords: [String]
    public var summary: String
    public var body: String
    /// Course facets (`level`, `cost`, `mode`), empty for other sections.
    public var levels: [String] = []
    public var cost: String?
    public var mode: String?
}
