import Foundation
import GuideContent
import GuideMarkdown
import GuideModel
import GuideSite

/// `guide check`: everything `guide build` would report about the content, plus what only
/// matters to the people keeping the guide up to date — anchors that miss in some language, links
/// that leave the reader's language, translations behind their source, facts not checked for too
/// long — and the coverage matrix, without writing a site.
///
/// It starts from the build's own `SiteLoader` and renders Markdown with the build's renderer, so
/// a problem both commands find is described in the same words, and content that passes the check
/// has none of the errors that fail a build.
public struct ContentChecker: Sendable {
    /// The folder holding `content/` and `themes/`.
    public var sourceRoot: URL
    public var themeName: String
    /// The day review ages are counted to.
    public var today: CalendarDate
    /// The sitemap of the last published build, whose pages must stay reachable; the check is
    /// skipped when it does not exist. Nil means the source folder's `Output/sitemap.xml`.
    public var publishedSitemap: URL?

    public init(sourceRoot: URL, themeName: String = "default", today: CalendarDate = .today(), publishedSitemap: URL? = nil) {
        self.sourceRoot = sourceRoot.standardizedFileURL
        self.themeName = themeName
        self.today = today
        self.publishedSitemap = publishedSitemap
    }

    public func check() -> CheckReport {
        let loaded = SiteLoader(sourceRoot: sourceRoot, themeName: themeName, today: today).load()
        var diagnostics = (loaded.loadDiagnostics + loaded.validationDiagnostics).map { CheckDiagnostic(.content, $0) }
        guard let site = loaded.site else {
            return CheckReport(diagnostics: diagnostics, languages: [], coverage: [], versions: [])
        }
        diagnostics += loaded.themeDiagnostics.map { CheckDiagnostic(.theme, $0) }

        let renderer = MarkdownRenderer()
        var texts: [String: ScannedText] = [:]
        var versions: [String: TextVersion] = [:]
        for entry in site.entries {
            for translation in entry.translations.values {
                texts[translation.path] = ScannedText(translation, site: site, renderer: renderer)
                versions[translation.path] = TextVersion(of: translation, in: entry.id)
            }
        }
        diagnostics += texts.values.flatMap(\.diagnostics).map { CheckDiagnostic(.markdown, $0) }
        diagnostics += LinkChecker(site: site, texts: texts).diagnostics()

        let frontMatters = Dictionary(uniqueKeysWithValues: loaded.content.entries.flatMap(\.languageFiles).map { ($0.path, $0.frontMatter) })
        let (coverage, translationDiagnostics) = TranslationAudit(site: site, versions: versions, frontMatters: frontMatters).run()
        diagnostics += translationDiagnostics

        let entryFiles = Dictionary(uniqueKeysWithValues: loaded.content.entries.compactMap { raw in raw.entryYAML.map { (raw.folder, $0) } })
        diagnostics += StaleFactsChecker(policy: site.configuration.review, today: today, entryFiles: entryFiles)
            .diagnostics(for: site.entries)
        diagnostics += TimeFactsChecker(today: today, entryFiles: entryFiles, languageFiles: languageFiles(loaded.content),
                                        languageOrder: site.configuration.languageCodes)
            .diagnostics(for: site.entries)
        diagnostics += movedPages(site)

        return CheckReport(diagnostics: diagnostics, languages: site.configuration.languageCodes,
                           coverage: coverage, versions: Array(versions.values))
    }

    private func movedPages(_ site: ValidatedSite) -> [CheckDiagnostic] {
        let url = (publishedSitemap ?? sourceRoot.appendingPathComponent("Output/sitemap.xml")).standardizedFileURL
        guard let data = try? Data(contentsOf: url) else { return [] }
        let root = sourceRoot.path + "/"
        let shown = url.path.hasPrefix(root) ? String(url.path.dropFirst(root.count)) : url.path
        return MovedPagesChecker(site: site, sitemap: String(decoding: data, as: UTF8.self), sitemapPath: shown).diagnostics()
    }

    private func languageFiles(_ content: LoadedContent) -> [String: [RawLanguageFile]] {
        Dictionary(uniqueKeysWithValues: content.entries.map { ($0.folder, $0.languageFiles) })
    }
}
