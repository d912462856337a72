import GuideContent
import GuideModel

/// Compares every translation with the text it says it was made from (`translated_from`) and
/// fills the coverage matrix.
///
/// A translation without `translated_from` counts as present: nothing says which text it follows,
/// and guessing would flood editors with warnings for texts that may well be current.
struct TranslationAudit {
    let site: ValidatedSite
    /// The current version of every language file, by path.
    let versions: [String: TextVersion]
    /// The parsed front matter of every language file, by path, for the line of `translated_from`.
    let frontMatters: [String: YAMLDocument]

    func run() -> (coverage: [TranslationCoverage], diagnostics: [CheckDiagnostic]) {
        var coverage: [TranslationCoverage] = []
        var diagnostics: [CheckDiagnostic] = []
        for entry in site.entries {
            var statuses: [String: TranslationCoverage.Status] = [:]
            for language in site.configuration.languageCodes {
                guard let translation = entry.translations[language] else {
                    statuses[language] = .missing
                    continue
                }
                let problem = translation.translatedFrom.flatMap { follows(translation, mark: $0, in: entry) }
                statuses[language] = problem?.kind == .outdated ? .outdated : .present
                if let problem { diagnostics.append(problem) }
            }
            coverage.append(TranslationCoverage(entry: entry.id, statuses: statuses))
        }
        return (coverage, diagnostics)
    }

    /// What is wrong with a translation's `translated_from` mark, or nil when it names the
    /// current version of its source.
    private func follows(_ translation: Translation, mark: String, in entry: Entry) -> CheckDiagnostic? {
        // A mark not shaped `<language>:<hex>` is the validator's error already; `check` still
        // audits the rest of the site, so it must not assume the shape.
        let parts = mark.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return nil }
        let sourceLanguage = String(parts[0]), writtenHash = String(parts[1])
        let location = frontMatters[translation.path]?.location(ofField: "translated_from") ?? SourceLocation(path: translation.path)
        guard sourceLanguage != translation.language else {
            return CheckDiagnostic(.translatedFrom, .warning(
                at: location, "`translated_from` names this file's own language",
                hint: "Write the language the text was translated from, with the version `guide check` lists for that file (e.g. `lv:1a2b3c4d`)."))
        }
        guard let source = entry.translations[sourceLanguage], let current = versions[source.path] else {
            return CheckDiagnostic(.translatedFrom, .warning(
                at: location, "`translated_from` names \(sourceLanguage).md, which this entry does not have",
                hint: "Correct the language, or remove `translated_from` if you do not know which text this follows."))
        }
        guard !current.isNamed(by: writtenHash) else { return nil }
        return CheckDiagnostic(.outdated, .warning(
            at: location, "this translation was made from an older version of \(source.path) (`\(mark)`; it is now `\(current.mark)`)",
            hint: "See what changed in \(source.path) since the translation was made, update \(translation.path) to match, then set `translated_from: \(current.mark)`."))
    }
}
