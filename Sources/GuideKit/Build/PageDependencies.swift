/// Which entries each page shows, as one number per page: when an edit leaves a page's number
/// unchanged, the page would be rendered byte for byte as before and is skipped.
///
/// `structureKey` covers what every page shows: which entries exist in which languages (links,
/// the language switcher, section counts) and the free pages of the menu. When it changes, every
/// page is rendered again.
struct PageDependencies {
    let site: ValidatedSite

    var structureKey: UInt64 {
        var hash = FNV1aHasher()
        for entry in site.entries {
            hash.add(entry.id.description)
            for language in entry.translations.keys.sorted() { hash.add(language) }
            if case .page(let page) = entry.facts, page.menuPosition != nil { hash.add(entry.sourceFingerprint) }
        }
        return hash.value
    }

    func keys(for jobs: [PageJob]) -> [UInt64] {
        let sections = Dictionary(uniqueKeysWithValues: Section.allCases.map { section in
            var hash = FNV1aHasher()
            for entry in site.entries(in: section) { hash.add(entry.sourceFingerprint) }
            return (section, hash.value)
        })
        // An entry's page shows the entry and its provider's facts. Found once per entry, not
        // once per page and language: a site holds tens of thousands of pages.
        var entryKeys: [EntryID: UInt64] = [:]
        entryKeys.reserveCapacity(site.entries.count)
        for entry in site.entries {
            var hash = FNV1aHasher()
            hash.add(entry.sourceFingerprint)
            if let provider = entry.provider, let fingerprint = site.sourceFingerprint(of: provider) { hash.add(fingerprint) }
            entryKeys[entry.id] = hash.value
        }
        var keys: [UInt64] = []
        keys.reserveCapacity(jobs.count)
        for job in jobs {
            var hash = FNV1aHasher()
            switch job.kind {
            case .chooser, .notFound, .search:
                break
            case .home:
                hash.add(sections[.pages]!)
            case .sectionIndex(let section, _):
                hash.add(sections[section]!)
                // Organisations are listed with the services they provide.
                if section == .organizations { for other in Section.allCases { hash.add(sections[other]!) } }
            case .courseMap:
                hash.add(sections[.courses]!)
                hash.add(sections[.organizations]!)
            case .entry(let id, _):
                if let key = entryKeys[id] { hash.add(key) }
            }
            keys.append(hash.value)
        }
        return keys
    }
}
