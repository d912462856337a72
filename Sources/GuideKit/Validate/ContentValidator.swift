/// The validate stage: checks everything the load stage found against the schema, the site's
/// languages and the references between entries, and produces typed values.
public struct ContentValidator {
    public init() {}

    public func validate(_ content: LoadedContent) -> (ValidatedSite?, [Diagnostic]) {
        var (configuration, diagnostics) = SiteConfigurationValidator().validate(content.siteYAML)
        guard let configuration else { return (nil, diagnostics) }

        var entries: [Entry] = []
        let factsValidator = EntryFactsValidator(configuration: configuration)
        let translationValidator = TranslationValidator()
        for raw in content.entries {
            guard let section = Section(rawValue: raw.sectionFolder) else { continue }
            guard Slug.isValid(raw.slug) else {
                diagnostics.append(.error(at: SourceLocation(path: raw.directory), "`\(raw.slug)` is not a valid folder name for an entry",
                                          hint: "Rename the folder using only a-z, 0-9 and - (it becomes the page's URL), e.g. `\(suggestedSlug(raw.slug))`."))
                continue
            }
            let (common, facts, factDiagnostics) = factsValidator.validate(raw.entryYAML, section: section, directory: raw.directory)
            diagnostics += factDiagnostics
            var translations: [String: Translation] = [:]
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
            for code in configuration.requiredLanguages where !raw.languageFiles.contains(where: { $0.language == code }) {
                diagnostics.append(.error(at: SourceLocation(path: "\(raw.directory)/\(code).md"), "the \(configuration.language(code)?.name ?? code) text `\(code).md` is missing",
                                          hint: "Every entry must exist in \(configuration.requiredLanguages.joined(separator: ", ")); create \(code).md with `title:` and `summary:`."))
            }
            if let facts, !translations.isEmpty {
                entries.append(Entry(id: EntryID(section: section, slug: raw.slug), directory: raw.directory,
                                     common: common, facts: facts, translations: translations))
            }
        }
        let site = ValidatedSite(configuration: configuration, entries: entries)
        diagnostics += checkReferences(site, content: content)
        if site.entry(EntryID(section: .pages, slug: "home")) == nil && !diagnostics.hasErrors {
            diagnostics.append(.error(at: SourceLocation(path: "content/pages/home"), "the home page is missing",
                                      hint: "Create content/pages/home/ with a text per language; it becomes /<language>/."))
        }
        return (site, diagnostics)
    }

    /// Providers must exist; a reference that resolves nowhere would be a dead link on every page
    /// that shows it.
    private func checkReferences(_ site: ValidatedSite, content: LoadedContent) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for entry in site.entries {
            guard let provider = entry.provider, site.entry(provider) == nil else { continue }
            let document = content.entries.first { $0.directory == entry.directory }?.entryYAML
            let location = document.map { doc in YAMLMappingReader(doc.root, in: doc, what: "").location(of: "provider") }
                ?? SourceLocation(path: entry.directory + "/entry.yaml")
            diagnostics.append(.error(at: location, "the provider `\(provider)` does not exist",
                                      hint: "Create content/\(provider)/ or correct the slug; existing organisations: \(site.entries(in: .organizations).map(\.id.slug).joined(separator: ", "))."))
        }
        return diagnostics
    }

    private func suggestedSlug(_ text: String) -> String {
        let folded = Slug.suggestion(from: text)
        return folded.isEmpty ? "my-entry" : folded
    }
}
