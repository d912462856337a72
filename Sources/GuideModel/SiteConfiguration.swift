import Foundation

/// Site-wide settings from `content/site.yaml`.
public struct SiteConfiguration: Sendable {
    public struct Language: Sendable, Hashable {
        public var code: String
        /// The language's name in its own script, so a reader finds it without knowing the others.
        public var name: String
        public var title: String
        public var isRightToLeft: Bool
        /// The URL segment of each listed section in this language (`kursi`, `kursy`, `courses`).
        public var sectionPaths: [Section: String]
        /// The URL segment of the search page (`meklet`, `poisk`, `search`).
        public var searchPath: String
        /// The URL segment of the map of help (`karte`, `karta`, `map`).
        public var mapPath: String
        /// Where this language's readers go when a text is missing, when it differs from the
        /// site's order (a Ukrainian reader may prefer English to Russian).
        public var fallbackOrder: [String]?

        package init(code: String, name: String, title: String, isRightToLeft: Bool, sectionPaths: [Section: String], searchPath: String, mapPath: String,
                     fallbackOrder: [String]? = nil) {
            self.code = code
            self.name = name
            self.title = title
            self.isRightToLeft = isRightToLeft
            self.sectionPaths = sectionPaths
            self.searchPath = searchPath
            self.mapPath = mapPath
            self.fallbackOrder = fallbackOrder
        }
    }

    public struct ReviewPolicy: Sendable, Hashable {
        public var warnAfterMonths: Int
        public var errorAfterMonths: Int?

        package init(warnAfterMonths: Int, errorAfterMonths: Int? = nil) {
            self.warnAfterMonths = warnAfterMonths
            self.errorAfterMonths = errorAfterMonths
        }
    }

    public struct MapSettings: Sendable, Hashable {
        public var tileURLTemplate: String
        public var attribution: String
        /// The attribution in each language, when site.yaml gives it so.
        public var attributions: [String: String]

        package init(tileURLTemplate: String, attribution: String, attributions: [String: String] = [:]) {
            self.tileURLTemplate = tileURLTemplate
            self.attribution = attribution
            self.attributions = attributions
        }

        public func attribution(in language: String) -> String {
            attributions[language] ?? attribution
        }
    }

    public var baseURL: String
    public var languages: [Language]
    public var requiredLanguages: [String]
    public var fallbackOrder: [String]
    public var review: ReviewPolicy
    public var map: MapSettings
    /// Neighbourhood key → language code → name.
    public var neighbourhoods: [String: [String: String]]
    /// The municipalities locations name, as the State Address Register has them (a state city,
    /// `valstspilsēta`, or a county, `novads`), in the order a reader is offered them.
    public var municipalities: [Municipality]
    /// The statuses an entry's `eligible` may name ("refugee", "temporary protection"), in the
    /// order a reader is offered them.
    public var eligibility: [NamedKey]
    /// Where readers report a mistake: a `mailto:` address or a web form's address.
    public var feedback: String?
    /// Whether readers are offered to save a language's pages for offline use (site.yaml's
    /// `offline`, default true; `guide build --no-offline` turns it off for one build).
    public var offersOfflinePack = true
    /// Whether the build writes `_headers`, an nginx snippet and `.htaccess` (site.yaml's
    /// `host_files`, default true; `guide build --no-host-files` turns it off for one build).
    public var writesHostFiles = true

    package init(baseURL: String, languages: [Language], requiredLanguages: [String], fallbackOrder: [String], review: ReviewPolicy, map: MapSettings, neighbourhoods: [String: [String: String]],
                 municipalities: [Municipality] = [], eligibility: [NamedKey] = [], feedback: String? = nil) {
        self.baseURL = baseURL
        self.languages = languages
        self.requiredLanguages = requiredLanguages
        self.fallbackOrder = fallbackOrder
        self.review = review
        self.map = map
        self.neighbourhoods = neighbourhoods
        self.municipalities = municipalities
        self.eligibility = eligibility
        self.feedback = feedback
    }

    public var languageCodes: [String] { languages.map(\.code) }

    /// The "report a mistake" link of one page: the page's address and title go into the
    /// message's subject and body, or into a form's `url` and `title` parameters, so the editors
    /// know which page is meant without asking.
    public func feedbackLink(pageURL: String, title: String) -> String? {
        guard let feedback else { return nil }
        func encoded(_ text: String) -> String {
            text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ""
        }
        let separator = feedback.contains("?") ? "&" : "?"
        if feedback.hasPrefix("mailto:") {
            return feedback + separator + "subject=" + encoded(title) + "&body=" + encoded(pageURL)
        }
        return feedback + separator + "url=" + encoded(pageURL) + "&title=" + encoded(title)
    }
    public var defaultLanguage: Language { languages[0] }

    /// The languages a reader of `code` is shown, in order, when a text is missing in `code`.
    public func fallbackOrder(for code: String) -> [String] {
        language(code)?.fallbackOrder ?? fallbackOrder
    }

    public func language(_ code: String) -> Language? {
        languages.first { $0.code == code }
    }
}
