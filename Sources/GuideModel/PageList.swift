/// One HTML file to produce. Jobs are cheap values, so the list of every page is known before
/// any is rendered: folders are created once and rendering can run in parallel.
public struct PageJob: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case chooser
        case notFound
        case home(language: String)
        case sectionIndex(Section, language: String)
        case entry(EntryID, language: String)
        case search(language: String)
        case helpMap(language: String)
        case courseFilter(CourseFilter, language: String)
        case endedList(Section, language: String)
        case handout(municipality: String, language: String)

        /// The reader's language of the page; nil for the two pages every language shares.
        public var language: String? {
            switch self {
            case .chooser, .notFound: nil
            case .home(let language), .sectionIndex(_, let language), .entry(_, let language), .search(let language),
                 .helpMap(let language), .courseFilter(_, let language), .endedList(_, let language), .handout(_, let language): language
            }
        }
    }

    public var kind: Kind
    /// Output file, relative to the output folder.
    public var file: String
}

/// The site's pages, listed here once: the composer renders `jobs`, the sitemap lists
/// `sitemapGroups`, and the build counts `jobs` per language.
extension ValidatedSite {
    /// Every page in `language`, in the same order for every language.
    public func pages(in language: String) -> [PageJob.Kind] {
        var pages: [PageJob.Kind] = [.home(language: language)]
        pages += Section.listed.map { .sectionIndex($0, language: language) }
        pages += [.search(language: language), .helpMap(language: language)]
        pages += courseFilters.map { .courseFilter($0, language: language) }
        pages += Section.listed.filter { !endedEntries(in: $0).isEmpty }.map { .endedList($0, language: language) }
        pages += handoutMunicipalities.map { .handout(municipality: $0, language: language) }
        pages += entries.lazy.filter { !$0.isHome }.map { .entry($0.id, language: language) }
        return pages
    }

    /// Every file the build writes from a template: the chooser and 404 page, then each
    /// language's pages.
    public var jobs: [PageJob] {
        var jobs = [PageJob(kind: .chooser, file: "index.html"), PageJob(kind: .notFound, file: "404.html")]
        for language in configuration.languageCodes {
            jobs += pages(in: language).map { PageJob(kind: $0, file: SiteURLs.file(for: path(of: $0))) }
        }
        return jobs
    }

    /// The URL path of a page.
    public func path(of page: PageJob.Kind) -> String {
        switch page {
        case .chooser: "/"
        case .notFound: "/404.html"
        case .home(let language): urls.home(language)
        case .sectionIndex(let section, let language): urls.sectionIndex(section, language)
        case .entry(let id, let language): urls.entry(id, language)
        case .search(let language): urls.search(language)
        case .helpMap(let language): urls.helpMap(language)
        case .courseFilter(let filter, let language): urls.courseFilter(filter, language)
        case .endedList(let section, let language): urls.endedList(section, language)
        case .handout(let municipality, let language): urls.handout(municipality, language)
        }
    }

    /// Each page with its versions in the languages it is really written in, for the sitemap: a
    /// fallback page would be duplicate content for search engines, and the search page has
    /// nothing to index.
    public var sitemapGroups: [[(language: String, path: String)]] {
        let languages = configuration.languageCodes
        let perLanguage = languages.map { pages(in: $0) }
        guard let first = perLanguage.first else { return [] }
        return first.indices.compactMap { position in
            if case .search = first[position] { return nil }
            return perLanguage.compactMap { pages -> (language: String, path: String)? in
                let page = pages[position]
                if case .entry(let id, let language) = page, entry(id)?.translations[language] == nil { return nil }
                return (page.language!, path(of: page))
            }
        }
    }
}
