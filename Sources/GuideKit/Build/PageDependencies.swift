/// Which entries each page shows, as one number per page: when an edit leaves a page's number
/// unchanged, the page would be rendered byte for byte as before and is skipped.
///
/// `structureKey` covers what every page shows: which entries exist in which languages (links,
/// the language switcher, section counts) and the free pages of the menu. When it changes, every
/// page is rendered again.
struct PageDependencies {
    let site: ValidatedSite
    /// Each entry folder's fingerprint (a hash of its files).
    let fingerprints: [String: UInt64]

    init(site: ValidatedSite, content: LoadedContent) {
        self.site = site
        var fingerprints: [String: UInt64] = [:]
        for entry in content.entries { fingerprints[entry.directory] = entry.fingerprint }
        self.fingerprints = fingerprints
    }

    var structureKey: UInt64 {
        var hash = KeyHasher()
        for entry in site.entries {
            hash.add(entry.id.description)
            for language in entry.translations.keys.sorted() { hash.add(language) }
            if case .page(let page) = entry.facts, page.menuPosition != nil { hash.add(fingerprint(entry)) }
        }
        return hash.value
    }

    func keys(for jobs: [PageJob]) -> [UInt64] {
        let sections = Dictionary(uniqueKeysWithValues: Section.allCases.map { section in
            var hash = KeyHasher()
            for entry in site.entries(in: section) { hash.add(fingerprint(entry)) }
            return (section, hash.value)
        })
        return jobs.map { job in
            var hash = KeyHasher()
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
                guard let entry = site.entry(id) else { break }
                hash.add(fingerprint(entry))
                if let provider = entry.provider.flatMap(site.entry) { hash.add(fingerprint(provider)) }
            }
            return hash.value
        }
    }

    private func fingerprint(_ entry: Entry) -> UInt64 {
        fingerprints[entry.directory] ?? 0
    }
}

/// FNV-1a over strings and numbers, for the keys above.
struct KeyHasher {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ number: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) {
            value = (value ^ ((number >> UInt64(shift)) & 0xFF)) &* 0x0000_0100_0000_01b3
        }
    }

    mutating func add(_ text: String) {
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        value = value &* 0x0000_0100_0000_01b3
    }
}
