/// The words of one entry in one language: front matter plus the Markdown body.
public struct Translation: Sendable, Hashable {
    public var language: String
    public var path: String
    public var title: String
    public var summary: String
    public var keywords: [String] = []
    public var eligibility: String?
    public var registration: String?
    public var schedule: String?
    public var costNote: String?
    public var hoursNote: String?
    /// Why an entry's `status` is what it is ("the 2026 round has not been announced").
    public var statusNote: String?
    public var translatedFrom: String?
    /// Old addresses of this page in this language, each redirected to it.
    public var aliases: [PageAlias] = []
    public var body: String
    /// Line of the file where the body starts, so Markdown positions map back to the file.
    public var bodyFirstLine: Int
    /// The hash of the file's text (see `RawLanguageFile`): a page showing this text is the same
    /// while it is.
    public var sourceFingerprint: UInt64 = 0
    /// The hash of the front matter alone, all that lists show of the text.
    public var frontMatterFingerprint: UInt64 = 0

    package init(language: String, path: String, title: String, summary: String, keywords: [String] = [], eligibility: String? = nil, registration: String? = nil, schedule: String? = nil, costNote: String? = nil, hoursNote: String? = nil, translatedFrom: String? = nil, aliases: [PageAlias] = [], body: String, bodyFirstLine: Int, sourceFingerprint: UInt64 = 0, frontMatterFingerprint: UInt64 = 0) {
        self.language = language
        self.path = path
        self.title = title
        self.summary = summary
        self.keywords = keywords
        self.eligibility = eligibility
        self.registration = registration
        self.schedule = schedule
        self.costNote = costNote
        self.hoursNote = hoursNote
        self.translatedFrom = translatedFrom
        self.aliases = aliases
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.sourceFingerprint = sourceFingerprint
        self.frontMatterFingerprint = frontMatterFingerprint
    }
}
