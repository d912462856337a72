import GuideSupport

/// Everything the render stage needs, checked and typed.
public struct ValidatedSite: Sendable {
    public var configuration: SiteConfiguration {
        didSet {
            chooser = TranslationChooser(configuration: configuration)
            urls = SiteURLs(configuration: configuration)
        }
    }
    /// Which text a reader of each language gets, and where each page lives. Both follow from
    /// `configuration` alone, so they are made with it, once, instead of by every stage that asks.
    public private(set) var chooser: TranslationChooser
    public private(set) var urls: SiteURLs
    /// The day the site is built for: entries that ended before it leave the lists. An input
    /// like the content, so the same content and day give the same site.
    public var today: CalendarDate
    /// Sorted by id, so every later stage iterates in the same order on every machine.
    public private(set) var entries: [Entry]

    public func entry(_ id: EntryID) -> Entry? {
        entryIndex[id].map { entries[$0] }
    }

    public func contains(_ id: EntryID) -> Bool {
        entryIndex[id] != nil
    }

    /// Entries whose folders exist but which did not validate. Their own errors say what is
    /// wrong; a link or a reference to one is not another error: one bad field in a course used
    /// to add sixty "does not exist" errors, printed before it, for every text that named it.
    public private(set) var invalidEntries: Set<EntryID> = []

    /// Whether the entry exists, valid or not: what a link or a reference needs to be right.
    public func exists(_ id: EntryID) -> Bool {
        contains(id) || invalidEntries.contains(id)
    }

    /// The entry's listing fingerprint for readers of `language`, without copying the entry: the
    /// organisations' list asks for every service of every organisation.
    package func listingFingerprint(of id: EntryID, in language: String) -> UInt64? {
        entryIndex[id].map { chooser.listingFingerprint(of: entries[$0], in: language) }
    }

    private var entryIndex: [EntryID: Int]
    /// Kept apart per section because pages ask for them thousands of times.
    private var sectionEntries: [Section: [Entry]]
    /// Courses and services by the organisation that provides them.
    public private(set) var servicesByProvider: [EntryID: [EntryID]]

    public init(configuration: SiteConfiguration, entries: [Entry], today: CalendarDate, invalidEntries: Set<EntryID> = []) {
        self.invalidEntries = invalidEntries
        self.configuration = configuration
        self.today = today
        self.chooser = TranslationChooser(configuration: configuration)
        self.urls = SiteURLs(configuration: configuration)
        // Sorting positions and then placing each entry once costs far less than sorting the
        // entries themselves, which copies them at every move (`guide serve` does this after
        // every edit, for thousands of entries).
        self.entries = entries.indices.sorted { entries[$0].id < entries[$1].id }.map { entries[$0] }
        var index: [EntryID: Int] = [:]
        var bySection: [Section: [Entry]] = [:]
        var byProvider: [EntryID: [EntryID]] = [:]
        for (i, entry) in self.entries.enumerated() {
            index[entry.id] = i
            bySection[entry.id.section, default: []].append(entry)
            if let provider = entry.provider { byProvider[provider, default: []].append(entry.id) }
        }
        self.entryIndex = index
        self.sectionEntries = bySection
        self.servicesByProvider = byProvider
    }

    public func entries(in section: Section) -> [Entry] {
        sectionEntries[section] ?? []
    }

    /// Puts `entry` in place of the entry with its id, for `guide serve` after an edit: building
    /// the site anew sorts and indexes every entry, which at 10,000 entries took longer than
    /// rendering the edited page. Returns false, changing nothing, when the site has no entry
    /// with that id or the entry's provider or replacement changed (which moves it between
    /// providers' lists, or needs checking against other entries); build the site anew then.
    package mutating func replace(_ entry: Entry) -> Bool {
        guard let position = entryIndex[entry.id], entries[position].provider == entry.provider,
              entries[position].common.time.replacedBy == entry.common.time.replacedBy,
              let members = sectionEntries[entry.id.section] else { return false }
        let sectionPosition = members.partitionPoint { $0.id < entry.id }
        guard sectionPosition < members.count, members[sectionPosition].id == entry.id else { return false }
        entries[position] = entry
        sectionEntries[entry.id.section]![sectionPosition] = entry
        return true
    }
}
