import Foundation
import GuideContent
import GuideModel
import GuideTheme

/// The front half of every command: load the content, validate it, load the theme.
///
/// `guide build`, `check`, `new` and `serve` all start here, so they read the same files in the
/// same way and describe a problem they both find in the same words.
public struct SiteLoader: Sendable {
    /// The folder holding `content/` and `themes/`.
    public var sourceRoot: URL
    public var themeName: String
    /// The day the site is loaded for (see `ValidatedSite.today`).
    public var today: CalendarDate

    public init(sourceRoot: URL, themeName: String = "default", today: CalendarDate = .today()) {
        self.sourceRoot = sourceRoot.standardizedFileURL
        self.themeName = themeName
        self.today = today
    }

    /// What the front half produced. Each stage's diagnostics stay apart: `guide check` labels
    /// them by where they came from, and `guide serve` keeps what a later edit does not change.
    public struct LoadedSite: Sendable {
        /// Every parsed file, as the load stage found it.
        public var content: LoadedContent
        /// Nil when site.yaml itself is unusable.
        public var site: ValidatedSite?
        /// Nil without a site, or when the theme has errors.
        public var theme: Theme?
        public var loadDiagnostics: [Diagnostic]
        public var validationDiagnostics: [Diagnostic]
        public var themeDiagnostics: [Diagnostic]
    }

    public func load() -> LoadedSite {
        var validation: [String: ContentValidator.EntryResult] = [:]
        return load(reusing: &validation)
    }

    /// Loads everything, taking an entry's validation from `validation` when its folder is
    /// unchanged (see `ContentValidator.validate(_:reusing:)`) and storing every new one there.
    public func load(reusing validation: inout [String: ContentValidator.EntryResult]) -> LoadedSite {
        let (content, loadDiagnostics) = ContentLoader(sourceRoot: sourceRoot).load()
        let (site, validationDiagnostics) = ContentValidator(today: today).validate(content, reusing: &validation)
        var loaded = LoadedSite(content: content, site: site, theme: nil, loadDiagnostics: loadDiagnostics,
                                validationDiagnostics: validationDiagnostics, themeDiagnostics: [])
        guard let site else { return loaded }
        (loaded.theme, loaded.themeDiagnostics) = Theme.load(from: sourceRoot.appendingPathComponent("themes/\(themeName)"),
                                                             languages: site.configuration.languageCodes, sourceRoot: sourceRoot)
        return loaded
    }
}
