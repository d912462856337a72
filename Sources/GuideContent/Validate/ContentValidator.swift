import GuideModel
import GuideSupport

/// The validate stage: checks everything the load stage found against the schema, the site's
/// languages and the references between entries, and produces typed values.
public struct ContentValidator: Sendable {
    /// The day the site is built for; see `ValidatedSite.today`.
    public var today: CalendarDate

    public init(today: CalendarDate) {
        self.today = today
    }

    /// One entry's result, kept by `guide serve` so that a save revalidates only its folder.
    public struct EntryResult: Sendable {
        public var fingerprint: UInt64
        public var entry: Entry?
        public var diagnostics: [Diagnostic]
    }

    public func validate(_ content: LoadedContent) -> (ValidatedSite?, [Diagnostic]) {
        var results: [String: EntryResult] = [:]
        return validate(content, reusing: &results)
    }

    /// Validates `content`, taking an entry's result from `results` when its folder's fingerprint
    /// is unchanged and storing every new one there. The results hold for one site.yaml only.
    public func validate(_ content: LoadedContent, reusing results: inout [String: EntryResult]) -> (ValidatedSite?, [Diagnostic]) {
        var (configuration, diagnostics) = SiteConfigurationValidator().validate(content.siteYAML)
        guard let configuration else { return (nil, diagnostics) }

        var entries: [Entry] = []
        let factsValidator = EntryFactsValidator(configuration: configuration)
        let chooser = TranslationChooser(configuration: configuration)
        // Entries are checked one by one and independently, so on every core: at 10,000 entries
        // validation was a second and a half on one core while the other waited.
        let previous = results
        let fresh = ParallelMap.map(count: content.entries.count) { index -> EntryResult? in
            let raw = content.entries[index]
            if let result = previous[raw.folder], result.fingerprint == raw.fingerprint { return nil }
            return validateEntry(raw, configuration: configuration, factsValidator: factsValidator, chooser: chooser)
        }
        var seen: Set<String> = []
        var invalid: Set<EntryID> = []
        for (raw, new) in zip(content.entries, fresh) {
            seen.insert(raw.folder)
            if let new { results[raw.folder] = new }
            let result = new ?? previous[raw.folder]!
            diagnostics += result.diagnostics
            if let entry = result.entry {
                entries.append(entry)
            } else if let section = Section(rawValue: raw.sectionFolder), Slug.isValid(raw.slug) {
                invalid.insert(EntryID(section: section, slug: raw.slug))
            }
        }
        for folder in results.keys where !seen.contains(folder) { results[folder] = nil }
        let site = ValidatedSite(configuration: configuration, entries: entries, today: today, invalidEntries: invalid)
        diagnostics += checkReferences(site, content: content)
        if site.entry(EntryID(section: .pages, slug: "home")) == nil && !diagnostics.hasErrors {
            diagnostics.append(.error(at: SourceLocation(path: "content/pages/home"), "the home page is missing",
                                      hint: "Create content/pages/home/ with a text per language; it becomes /<language>/."))
        }
        return (site, diagnostics)
    }

    /// Validates the folders `changed` again after an edit, storing their results in `results`,
    /// and when they hold no error puts their entries in place in `site`, the error-free site of
    /// the content before the edit. The checks across entries (providers exist, the home page
    /// exists) hold as before, since no entry appeared, disappeared or changed its provider.
    /// Returns false, leaving `site` as it was, when one did: validate everything then.
    package func revalidate(_ changed: [RawEntry], in site: inout ValidatedSite, results: inout [String: EntryResult]) -> Bool {
        let factsValidator = EntryFactsValidator(configuration: site.configuration)
        var diagnostics: [Diagnostic] = []
        var replaced: [Entry] = []
        func undo() { for entry in replaced { _ = site.replace(entry) } }
        for raw in changed {
            let result = validateEntry(raw, configuration: site.configuration, factsValidator: factsValidator, chooser: site.chooser)
            results[raw.folder] = result
            diagnostics += result.diagnostics
            if let entry = result.entry, let previous = site.entry(entry.id), site.replace(entry) {
                replaced.append(previous)
            } else if !result.diagnostics.hasErrors {
                undo()
                return false
            }
        }
        if diagnostics.hasErrors { undo() }
        return true
    }

    private func validateEntry(_ raw: RawEntry, configuration: SiteConfiguration, factsValidator: EntryFactsValidator,
                               chooser: TranslationChooser) -> EntryResult {
        var diagnostics: [Diagnostic] = []
        guard let section = Section(rawValue: raw.sectionFolder) else { return EntryResult(fingerprint: raw.fingerprint, entry: nil, diagnostics: []) }
        guard Slug.isValid(raw.slug) else {
            diagnostics.append(.error(at: SourceLocation(path: raw.folder), "`\(raw.slug)` is not a valid folder name for an entry",
                                      hint: "Rename the folder using only a-z, 0-9 and - (it becomes the page's URL), e.g. `\(suggestedSlug(raw.slug))`."))
            return EntryResult(fingerprint: raw.fingerprint, entry: nil, diagnostics: diagnostics)
        }
        let reserved = SiteURLs.reservedSlugs(in: section, configuration: configuration)
        guard !reserved.contains(raw.slug) else {
            diagnostics.append(.error(at: SourceLocation(path: raw.folder), "`\(raw.slug)` is the address of one of the site's own pages",
                                      hint: "Rename the folder: \(reserved.sorted().joined(separator: ", ")) are addresses of the site's own pages here (sections, search, the map, lists by level, cost or format, what has ended, printed handouts)."))
            return EntryResult(fingerprint: raw.fingerprint, entry: nil, diagnostics: diagnostics)
        }
        let (common, facts, factDiagnostics) = factsValidator.validate(raw.entryYAML, section: section, folder: raw.folder,
                                                                        unusable: raw.unusableFiles.contains("entry.yaml"))
        diagnostics += factDiagnostics
        // A typo in the year (2062 for 2026) would tell readers the facts were checked in the
        // future, and keep the entry out of the review warnings for decades.
        if let reviewed = common.reviewed, today < reviewed, let document = raw.entryYAML {
            diagnostics.append(.warning(at: YAMLMappingReader(document.root, in: document, what: "").location(of: "reviewed"),
                                        "`reviewed` is \(reviewed), after the day the site is built for (\(today))",
                                        hint: "Write the day you last checked the facts against the source."))
        }
        var translations: [String: Translation] = [:]
        let translationValidator = TranslationValidator()
        for file in raw.languageFiles {
            guard configuration.language(file.language) != nil else {
                diagnostics.append(.error(at: SourceLocation(path: file.path), "`\(file.language).md` is not a language of the site",
                                          hint: "Name language files after the codes in site.yaml: \(configuration.languageCodes.map { $0 + ".md" }.joined(separator: ", "))."))
                continue
            }
            let (translation, translationDiagnostics) = translationValidator.validate(file, section: section)
            diagnostics += translationDiagnostics
            if let translation { translations[file.language] = translation }
        }
        for code in configuration.requiredLanguages
        where !raw.languageFiles.contains(where: { $0.language == code }) && !raw.unusableFiles.contains("\(code).md") {
            diagnostics.append(.error(at: SourceLocation(path: "\(raw.folder)/\(code).md"), "the \(configuration.language(code)?.name ?? code) text `\(code).md` is missing",
                                      hint: "Every entry must exist in \(configuration.requiredLanguages.joined(separator: ", ")); create \(code).md with `title:` and `summary:`."))
        }
        guard let facts, !translations.isEmpty else { return EntryResult(fingerprint: raw.fingerprint, entry: nil, diagnostics: diagnostics) }
        var entry = Entry(id: EntryID(section: section, slug: raw.slug), folder: raw.folder,
                          common: common, facts: facts, translations: translations, sourceFingerprint: raw.fingerprint,
                          factsFingerprint: raw.factsFingerprint)
        for language in configuration.languageCodes {
            entry.listingFingerprints[language] = chooser.listingFingerprintAnew(of: entry, in: language)
        }
        return EntryResult(fingerprint: raw.fingerprint, entry: entry, diagnostics: diagnostics)
    }

    /// Providers and replacements must exist; a reference that resolves nowhere would be a dead
    /// link on every page that shows it. Neighbourhoods are checked here too, across entries.
    private func checkReferences(_ site: ValidatedSite, content: LoadedContent) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // A neighbourhood belongs to one town: `centrs` on a Jelgava address put it under a
        // heading of Riga's, and gave the map page one id twice.
        var townOfNeighbourhood: [String: (town: String, folder: String)] = [:]
        for entry in site.entries {
            func location(of field: String) -> SourceLocation {
                let document = content.entries.first { $0.folder == entry.folder }?.entryYAML
                return document.map { doc in YAMLMappingReader(doc.root, in: doc, what: "").location(of: field) }
                    ?? SourceLocation(path: entry.folder + "/entry.yaml")
            }
            for place in entry.common.locations {
                guard let area = place.neighbourhood, let town = place.municipality else { continue }
                guard let first = townOfNeighbourhood[area] else {
                    townOfNeighbourhood[area] = (town, entry.folder)
                    continue
                }
                if first.town != town {
                    diagnostics.append(.error(at: location(of: "locations"), "the neighbourhood `\(area)` is in \(first.town) (\(first.folder)), not in \(town)",
                                              hint: "Give `neighbourhood` only to addresses in the town it belongs to, or leave it out."))
                }
            }
            if let provider = entry.provider, !site.exists(provider) {
                diagnostics.append(.error(at: location(of: "provider"), "the provider `\(provider)` does not exist",
                                          hint: "Create content/\(provider)/ or correct the slug; existing organisations: \(site.entries(in: .organizations).map(\.id.slug).joined(separator: ", "))."))
            }
            if let replacement = entry.common.time.replacedBy {
                if replacement == entry.id {
                    diagnostics.append(.error(at: location(of: "replaced_by"), "an entry cannot replace itself",
                                              hint: "Name the entry readers should use instead, or delete `replaced_by`."))
                } else if !site.exists(replacement) {
                    diagnostics.append(.error(at: location(of: "replaced_by"), "the replacement `\(replacement)` does not exist",
                                              hint: "Create content/\(replacement)/ or correct the reference (<section>/<slug>)."))
                } else if let circle = Self.replacementCircle(from: entry.id, in: site) {
                    // Two ended courses naming each other sent readers from one ended page to the other.
                    diagnostics.append(.error(at: location(of: "replaced_by"), "`replaced_by` leads back here: \(circle.map(\.description).joined(separator: " → "))",
                                              hint: "Name the entry that replaced this one and is still current, or delete `replaced_by`."))
                }
            }
            if entry.common.time.status != nil, let required = site.configuration.requiredLanguages.first,
               let text = entry.translations[required], text.statusNote == nil {
                diagnostics.append(.warning(at: SourceLocation(path: text.path), "`status` is set in entry.yaml, but this text has no `status_note`",
                                            hint: "Add `status_note:` to the front matter, saying why in a sentence a reader understands."))
            }
        }
        return diagnostics + checkAliases(site)
    }

    /// An alias is written as a redirect page over whatever else lives at its path: a live page
    /// would vanish behind it, and of two aliases with one path only one could lead anywhere.
    private func checkAliases(_ site: ValidatedSite) -> [Diagnostic] {
        let redirects = site.redirects
        guard !redirects.isEmpty else { return [] }
        let livePages = Dictionary(site.jobs.map { ($0.file, site.path(of: $0.kind)) }) { first, _ in first }
        var diagnostics: [Diagnostic] = []
        var taken: [String: Redirect] = [:]
        // An alias written as a file (`/lv/old.html`) stands where another needs a folder.
        let files = Dictionary(redirects.map { ($0.alias.file, $0) }) { first, _ in first }
        for redirect in redirects {
            let alias = redirect.alias
            let top = alias.file.prefix { $0 != "/" }
            if let live = livePages[alias.file] {
                let hint = live == redirect.target
                    ? "An alias is an old address; delete this one, it is the page's own."
                    : "Delete the alias, or move the page at \(live) first: the redirect would hide it."
                diagnostics.append(.error(at: alias.location, "the alias `\(alias.path)` is the address of a live page", hint: hint))
            } else if SiteURLs.buildFolders.contains(String(top)) {
                diagnostics.append(.error(at: alias.location, "the alias `\(alias.path)` lies in the build's own `\(top)/` folder",
                                          hint: "Old addresses of pages start with a language, like `/\(redirect.language)/…`."))
            } else if let problem = Self.unwritable(alias.file, top: String(top)) {
                diagnostics.append(.error(at: alias.location, "the alias `\(alias.path)` \(problem)",
                                          hint: "Old addresses of pages start with a language, like `/\(redirect.language)/…`, and end with the page's folder, without `index.html`."))
            } else if let file = Self.folders(of: alias.file).first(where: { files[$0] != nil }), let other = files[file] {
                diagnostics.append(.error(at: alias.location, "the alias `\(alias.path)` lies under the alias `\(other.alias.path)` (\(other.alias.location.path):\(other.alias.location.line)), which is written as a file",
                                          hint: "Keep one of the two, or end the other with `/`, so that it is a folder."))
            } else if let first = taken[alias.file] {
                diagnostics.append(.error(at: alias.location, "the alias `\(alias.path)` is also given in \(first.alias.location.path):\(first.alias.location.line)",
                                          hint: "An old address can lead to one page only; keep it on the page that replaced it."))
            } else {
                taken[alias.file] = redirect
            }
        }
        return diagnostics
    }

    /// The chain of `replaced_by` from `start` when it comes back to `start`.
    private static func replacementCircle(from start: EntryID, in site: ValidatedSite) -> [EntryID]? {
        var chain = [start], current = start
        while let next = site.entry(current)?.common.time.replacedBy, !chain.dropFirst().contains(next) {
            chain.append(next)
            if next == start { return chain }
            current = next
        }
        return nil
    }

    /// `a`, `a/b` for `a/b/index.html`: the folders a file needs.
    private static func folders(of file: String) -> [String] {
        let parts = file.split(separator: "/").dropLast()
        return parts.indices.map { parts[...$0].joined(separator: "/") }
    }

    /// Why an alias's redirect page (`<alias>/index.html`) cannot be written, if it cannot: a part
    /// that is a page's own file, a top-level file of the build's (the build failed on a folder
    /// where its file goes), a part longer than a file name may be, or a control character.
    private static func unwritable(_ file: String, top: String) -> String? {
        let parts = file.split(separator: "/").dropLast()
        if SiteURLs.buildFiles.contains(top), parts.count >= 1 { return "is one of the build's own files" }
        if parts.contains("index.html") { return "names a page's file, `index.html`" }
        if parts.contains(where: { $0.utf8.count > 255 }) { return "has a part longer than 255 bytes, which no file name can be" }
        if file.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return "contains a control character" }
        return nil
    }

    private func suggestedSlug(_ text: String) -> String {
        let folded = Slug.suggestion(from: text)
        return folded.isEmpty ? "my-entry" : folded
    }
}
