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
    /// When the facts were last checked, as the page says it ("Checked 12.01.2026"), shown with
    /// the result so a reader sees how current it is before opening it.
    public var reviewed: String?
    /// For an entry that has ended, what its cards say ("Ended in 2022"): search still finds it,
    /// labelled so, and ranks it below what a reader can use now.
    public var ended: String?

    package init(url: String, language: String, section: Section, sectionLabel: String, title: String, keywords: [String], summary: String, body: String, levels: [String] = [], cost: String? = nil, mode: String? = nil) {
        self.url = url
        self.language = language
        self.section = section
        self.sectionLabel = sectionLabel
        self.title = title
        self.keywords = keywords
        self.summary = summary
        self.body = body
        self.levels = levels
        self.cost = cost
        self.mode = mode
    }
}
