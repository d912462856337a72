import GuideModel
import GuidePages
import GuideSupport

/// Which entries each page shows, as one number per page: when an edit leaves a page's number
/// unchanged, the page would be rendered byte for byte as before and is skipped.
///
/// Lists, the map and the pages of provided entries in one language show an entry's facts and
/// the front matter of its text for that language, never a Markdown body, so they depend on its
/// listing fingerprint in that language (see `TranslationChooser`); an entry's own page depends
/// on its facts and on the one text it shows. An edit of a body therefore re-renders only the
/// pages showing that text, and an edit of a title only the lists in that title's language.
///
/// What every page shows — which entries exist in which languages (links, the language switcher,
/// section counts) and the free pages of the menu — is not in the numbers: an edit that changes
/// it makes a full build (see `keepsStructure`).
///
/// Kept by `guide serve` between builds, as a list's number sums its entries' numbers: an edit
/// updates it from the edited entries alone instead of going through every entry of the section.
struct PageDependencies {
    private struct SectionKey: Hashable {
        var section: Section
        var language: String
    }
    private var sectionKeys: [SectionKey: UInt64] = [:]

    init(site: ValidatedSite) {
        let chooser = site.chooser
        for section in Section.allCases {
            for language in site.configuration.languageCodes {
                sectionKeys[SectionKey(section: section, language: language)] = site.entries(in: section).reduce(0) { sum, entry in
                    sum &+ Self.spread(chooser.listingFingerprint(of: entry, in: language))
                }
            }
        }
    }

    /// Takes the edit of one entry into the lists' numbers.
    mutating func replace(_ old: Entry, with new: Entry, in site: ValidatedSite) {
        let chooser = site.chooser
        for language in site.configuration.languageCodes {
            let key = SectionKey(section: new.id.section, language: language)
            sectionKeys[key]! = sectionKeys[key]! &- Self.spread(chooser.listingFingerprint(of: old, in: language))
                &+ Self.spread(chooser.listingFingerprint(of: new, in: language))
        }
    }

    /// A sum of raw fingerprints would let two edits cancel out more easily than a sum of
    /// well-mixed numbers (SplitMix64's finaliser).
    private static func spread(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Whether an edit that turned `old` into `new` leaves what every page shows as it was: the
    /// same languages (links, the language switcher), the same pages (time facts decide which
    /// lists an entry is on and whether a section has a list of ended entries; a course's
    /// levels, cost and format which filter pages exist) and, for a page in the menu, the same
    /// place and titles there, and the same aliases (redirect pages and `_redirects` are written,
    /// and checked against every page, by a full build only). Otherwise every page is rendered again.
    static func keepsStructure(_ old: Entry, _ new: Entry) -> Bool {
        guard old.id == new.id, Set(old.translations.keys) == Set(new.translations.keys),
              old.translations.mapValues({ $0.aliases.map(\.path) }) == new.translations.mapValues({ $0.aliases.map(\.path) }),
              old.common.time == new.common.time, old.common.eligible == new.common.eligible else { return false }
        if case .course(let before) = old.facts, case .course(let after) = new.facts,
           CourseFilter.all.contains(where: { $0.matches(before) != $0.matches(after) }) { return false }
        func isInMenu(_ entry: Entry) -> Bool {
            if case .page(let page) = entry.facts { return page.menuPosition != nil }
            return false
        }
        return !(isInMenu(old) || isInMenu(new))
            || (old.facts == new.facts && old.translations.mapValues(\.title) == new.translations.mapValues(\.title))
    }

    func keys(for jobs: [PageJob], in site: ValidatedSite) -> [UInt64] {
        jobs.map { key(for: $0, in: site) }
    }

    func key(for job: PageJob, in site: ValidatedSite) -> UInt64 {
        var hash = FNV1aHasher()
        switch job.kind {
        case .chooser, .notFound, .search:
            break
        case .home(let language):
            if let home = site.entry(EntryID(section: .pages, slug: "home")) { add(home, in: language, site: site, to: &hash) }
            // The courses' card names the levels and costs of all courses, the map's card counts
            // the places of every section.
            for section in Section.listed { hash.add(sectionKeys[SectionKey(section: section, language: language)]!) }
        case .sectionIndex(let section, let language):
            hash.add(sectionKeys[SectionKey(section: section, language: language)]!)
            // Organisations are listed with the services they provide.
            if section == .organizations {
                for other in Section.allCases { hash.add(sectionKeys[SectionKey(section: other, language: language)]!) }
            }
        case .helpMap(let language):
            // Every located place of every section, and the providers the unlocated ones name.
            for section in Section.listed { hash.add(sectionKeys[SectionKey(section: section, language: language)]!) }
        case .courseFilter(let filter, let language):
            // Only the courses the filter matches: an edit of an A1 course leaves the C1 page be.
            for entry in site.entries(in: .courses) {
                guard case .course(let course) = entry.facts, filter.matches(course) else { continue }
                hash.add(site.chooser.listingFingerprint(of: entry, in: language))
            }
        case .handout(_, let language):
            for section in Section.listed { hash.add(sectionKeys[SectionKey(section: section, language: language)]!) }
        case .endedList(let section, let language):
            for entry in site.endedEntries(in: section) { hash.add(site.chooser.listingFingerprint(of: entry, in: language)) }
        case .entry(let id, let language):
            if let entry = site.entry(id) { add(entry, in: language, site: site, to: &hash) }
        }
        return hash.value
    }

    /// An entry's page shows its facts, the text chosen for the reader's language, its
    /// provider's name and website, and an organisation's page the services it provides.
    private func add(_ entry: Entry, in language: String, site: ValidatedSite, to hash: inout FNV1aHasher) {
        let chooser = site.chooser
        hash.add(entry.factsFingerprint)
        hash.add(chooser.text(of: entry, in: language).translation.sourceFingerprint)
        if let provider = entry.provider.flatMap(site.entry) { hash.add(chooser.listingFingerprint(of: provider, in: language)) }
        if let replacement = entry.common.time.replacedBy.flatMap(site.entry) { hash.add(chooser.listingFingerprint(of: replacement, in: language)) }
        for service in site.servicesByProvider[entry.id] ?? [] { hash.add(site.listingFingerprint(of: service, in: language) ?? 0) }
    }
}
