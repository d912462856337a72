/// Where every page lives. URLs are `/<lang>/<section>/<slug>/`, with section names translated
/// per language in site.yaml; free pages sit directly under the language.
public struct SiteURLs: Sendable {
    public let configuration: SiteConfiguration
    /// `/<language>/<section path>/` for each language of the site, made once: made on each
    /// call, from a copy of the language's settings, they were 1 % of a 30,000-page build.
    private let sectionIndexes: [String: [Section: String]]

    public init(configuration: SiteConfiguration) {
        self.configuration = configuration
        var sectionIndexes: [String: [Section: String]] = [:]
        for language in configuration.languages where sectionIndexes[language.code] == nil {
            sectionIndexes[language.code] = Dictionary(uniqueKeysWithValues: Section.allCases.map { section in
                (section, "/\(language.code)/\(language.sectionPaths[section] ?? section.rawValue)/")
            })
        }
        self.sectionIndexes = sectionIndexes
    }

    public func home(_ language: String) -> String { "/\(language)/" }

    public func sectionIndex(_ section: Section, _ language: String) -> String {
        sectionIndexes[language]?[section] ?? "/\(language)/\(section.rawValue)/"
    }

    public func search(_ language: String) -> String {
        "/\(language)/\(configuration.language(language)?.searchPath ?? "search")/"
    }

    /// The map of every place that helps, with the course filters (`karte`, `karta`, `map`).
    public func helpMap(_ language: String) -> String {
        "/\(language)/\(configuration.language(language)?.mapPath ?? "map")/"
    }

    /// The static page of one course filter (`/lv/kursi/a1/`).
    public func courseFilter(_ filter: CourseFilter, _ language: String) -> String {
        sectionIndex(.courses, language) + filter.segment + "/"
    }

    /// A section's entries that have ended, listed apart so the main list shows what a reader
    /// can still use.
    public func endedList(_ section: Section, _ language: String) -> String {
        sectionIndex(section, language) + Self.endedSegment + "/"
    }

    /// The printable sheet of one municipality's essentials (`/lv/handout/jelgava/`).
    public func handout(_ municipality: String, _ language: String) -> String {
        "/\(language)/\(Self.handoutSegment)/\(municipality)/"
    }

    /// Top-level folders the build fills with files other than pages.
    public static let buildFolders: Set<String> = ["assets", "search", "data", "offline"]

    /// Top-level files the build writes: the pages at the root, the sitemap, the service worker
    /// and the host files.
    public static let buildFiles: Set<String> = ["index.html", "404.html", "robots.txt", "sitemap.xml", "sw.js",
                                                 "_headers", "_redirects", ".htaccess", "nginx.conf.snippet"]

    /// The same in every language, as the filter segments are.
    public static let endedSegment = "ended"
    public static let handoutSegment = "handout"

    /// Slugs a section's entries cannot take, because the section's own pages use them. A free
    /// page sits beside the sections, the search page and the map, in every language, so their
    /// segments from site.yaml are taken as well: `pages/meklet` replaced the Latvian search page.
    public static func reservedSlugs(in section: Section, configuration: SiteConfiguration) -> Set<String> {
        if section == .pages {
            return configuration.languages.reduce(into: [handoutSegment]) { slugs, language in
                slugs.formUnion(language.sectionPaths.values)
                slugs.formUnion([language.searchPath, language.mapPath])
            }
        }
        var slugs: Set<String> = [endedSegment]
        if section == .courses { slugs.formUnion(CourseFilter.all.map(\.segment)) }
        return slugs
    }

    public func searchManifest(_ language: String) -> String { "/search/\(language)/manifest.json" }

    public func entry(_ id: EntryID, _ language: String) -> String {
        switch id.section {
        case .pages: return id.slug == "home" ? home(language) : "/\(language)/\(id.slug)/"
        default: return sectionIndex(id.section, language) + "\(id.slug)/"
        }
    }

    /// The absolute URL the sitemap, canonical links and hreflang need.
    public func absolute(_ path: String) -> String {
        configuration.baseURL + path.dropFirst()
    }

    /// The file that serves a URL path: `/lv/kursi/` → `lv/kursi/index.html`.
    public static func file(for path: String) -> String {
        String(path.dropFirst()) + "index.html"
    }
}
