import GuideModel
import Yams

/// Turns `content/site.yaml` into a `SiteConfiguration`.
package struct SiteConfigurationValidator {
    package init() {}

    /// An address the site can be published at: a web address, with no query or fragment, which
    /// every page's address is made by appending to (`https://x.lv/#x/lv/kursi/`).
    package static func isBaseURL(_ text: String) -> Bool {
        EntryFactsValidator.isWebURL(text) && !text.contains("?") && !text.contains("#")
    }

    /// Language codes are BCP 47 primary tags (optionally with a region), because they go into
    /// URLs, `lang` attributes and hreflang.
    static func isLanguageCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
              first.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return false }
        return parts.dropFirst().allSatisfy { (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    package func validate(_ document: YAMLDocument?) -> (SiteConfiguration?, [Diagnostic]) {
        guard let document else { return (nil, []) }
        var reader = YAMLMappingReader(document.root, in: document, what: "site.yaml")
        var diagnostics: [Diagnostic] = []

        var baseURL = reader.string("base_url", required: true, hint: "Add `base_url: https://…/`, where the guide is published.") ?? "/"
        // It is written into every page's head, the sitemap and robots.txt: a line break or a
        // quote in it broke them all.
        if !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            reader.report(.error(at: reader.location(of: "base_url"), "`base_url` must start with https:// or http://",
                                 hint: "Write the address the guide is published at, e.g. `base_url: https://celvedis.lv/`."))
        } else if !Self.isBaseURL(baseURL) {
            reader.report(.error(at: reader.location(of: "base_url"), "`base_url` is not a web address",
                                 hint: "Write it without spaces, quotes, line breaks, `?` or `#`, e.g. `base_url: https://celvedis.lv/`."))
        }
        if !baseURL.hasSuffix("/") { baseURL += "/" }

        var languages: [SiteConfiguration.Language] = []
        // Checked once every code is known, since a language may fall back to one listed after it.
        var ownFallbacks: [(language: Int, codes: [String], location: SourceLocation)] = []
        for node in reader.items("languages", required: true, hint: "List the guide's languages, the default first.") {
            var language = YAMLMappingReader(node, in: document, what: "a language")
            let code = language.string("code", required: true) ?? ""
            if !code.isEmpty && !Self.isLanguageCode(code) {
                language.report(.error(at: language.location(of: "code"), "`\(code)` is not a language code",
                                       hint: "Use a lowercase code such as lv, ru, en, uk or ar."))
            }
            if languages.contains(where: { $0.code == code }) {
                // Kept once: every later stage takes a language code as a key.
                diagnostics.append(.error(at: language.location(of: "code"), "the language `\(code)` is listed twice",
                                          hint: "Remove one of the two entries for `\(code)` from `languages`."))
                continue
            }
            let name = language.string("name", required: true, hint: "Add the language's name in its own script, e.g. `name: Latviešu`.") ?? code
            let title = language.string("title", required: true, hint: "Add the site title in this language.") ?? name
            let direction = language.string("direction") ?? "ltr"
            if !["ltr", "rtl"].contains(direction) {
                language.report(.error(at: language.location(of: "direction"), "`direction` must be `ltr` or `rtl`",
                                       hint: "Write `direction: rtl` for a language written right to left (Arabic, Persian), or leave it out."))
            }
            var sectionPaths: [Section: String] = [:]
            var sections = YAMLMappingReader(language.value("sections"), in: document, what: "`sections`")
            for section in Section.listed {
                let path = sections.string(section.rawValue, required: true,
                                           hint: "Give the URL segment of every section in this language: courses, legal, organizations.") ?? section.rawValue
                if !Slug.isValid(path) {
                    sections.report(.error(at: sections.location(of: section.rawValue), "`\(path)` cannot be used in a URL",
                                           hint: "Use only a-z, 0-9 and -, e.g. `juridiska-palidziba`."))
                }
                sectionPaths[section] = path
            }
            let searchPath = language.string("search") ?? "search"
            let mapPath = language.string("map") ?? "map"
            for (field, path) in [("search", searchPath), ("map", mapPath)] where !Slug.isValid(path) {
                language.report(.error(at: language.location(of: field), "`\(path)` cannot be used in a URL",
                                       hint: "Use only a-z, 0-9 and -, e.g. `meklet` or `karte`."))
            }
            let allPaths = Array(sectionPaths.values) + [searchPath, mapPath]
            if Set(allPaths).count != allPaths.count {
                sections.report(.error(at: sections.location, "two sections share one URL segment", hint: "Give each section its own name."))
            }
            if allPaths.contains(SiteURLs.handoutSegment) {
                sections.report(.error(at: sections.location, "`\(SiteURLs.handoutSegment)` is the address of the printed handouts",
                                       hint: "Give the section, the search page or the map another name."))
            }
            if language.value("fallback") != nil {
                ownFallbacks.append((languages.count, language.strings("fallback"), language.location(of: "fallback")))
            }
            diagnostics += sections.finish()
            diagnostics += language.finish()
            languages.append(.init(code: code, name: name, title: title, isRightToLeft: direction == "rtl",
                                   sectionPaths: sectionPaths, searchPath: searchPath, mapPath: mapPath))
        }
        let codes = languages.map(\.code)

        func languageList(_ field: String, default fallback: [String]) -> [String] {
            guard reader.value(field) != nil else { return fallback }
            let list = reader.strings(field)
            for code in list where !codes.contains(code) {
                reader.report(.error(at: reader.location(of: field), "`\(field)` names `\(code)`, which is not in `languages`",
                                     hint: "Add the language to `languages`, or remove it here."))
            }
            return list
        }
        let required = languageList("required_languages", default: Array(codes.prefix(1)))
        var fallback = languageList("fallback", default: codes)
        fallback += codes.filter { !fallback.contains($0) }
        for own in ownFallbacks {
            for code in own.codes where !codes.contains(code) {
                diagnostics.append(.error(at: own.location, "`fallback` names `\(code)`, which is not in `languages`",
                                          hint: "Add the language to `languages`, or remove it here."))
            }
            languages[own.language].fallbackOrder = own.codes + fallback.filter { !own.codes.contains($0) }
        }

        let offline = reader.boolean("offline") ?? true
        let hostFiles = reader.boolean("host_files") ?? true
        let feedback = reader.string("feedback")
        if let feedback {
            let isAddress = feedback.hasPrefix("mailto:") && feedback.contains("@")
            if !isAddress && !EntryFactsValidator.isWebURL(feedback) {
                reader.report(.error(at: reader.location(of: "feedback"), "`feedback` must be a mailto: address or a web address",
                                     hint: "Write e.g. `feedback: mailto:editors@example.org` or `feedback: https://example.org/form`."))
            }
        } else {
            reader.report(.warning(at: reader.location, "no `feedback` address is set, so pages have no \"report a mistake\" link",
                                   hint: "Add `feedback: mailto:…` or `feedback: https://…` (a form) to site.yaml."))
        }

        var reviewReader = YAMLMappingReader(reader.value("review"), in: document, what: "`review`")
        let warnAfter = reviewReader.integer("warn_after_months", in: 1...240) ?? 12
        let errorAfter = reviewReader.integer("error_after_months", in: 1...240)
        if let errorAfter, errorAfter < warnAfter {
            reviewReader.report(.error(at: reviewReader.location(of: "error_after_months"),
                                       "`error_after_months` is shorter than `warn_after_months`",
                                       hint: "Make `error_after_months` at least `warn_after_months`: the warning comes first, the error later."))
        }
        diagnostics += reviewReader.finish()

        var mapReader = YAMLMappingReader(reader.value("map"), in: document, what: "`map`")
        let tiles = mapReader.string("tiles") ?? "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
        // Its host goes into every page's Content-Security-Policy, where `;` starts a directive
        // of its own and `,` another policy; and a page served over https loads no http tiles.
        // Tiles the site serves itself are a path (`/tiles/{z}/{x}/{y}.png`).
        let ownTiles = tiles.hasPrefix("/") && !tiles.hasPrefix("//")
        if !(tiles.hasPrefix("https://") || ownTiles) || !EntryFactsValidator.isWebURL(ownTiles ? "https://tiles.invalid" + tiles : tiles)
            || tiles.contains(where: { $0 == ";" || $0 == "," }) || !["{z}", "{x}", "{y}"].allSatisfy(tiles.contains) {
            mapReader.report(.error(at: mapReader.location(of: "tiles"), "`tiles` must be an https address, or a path of the site, with {z}, {x} and {y} in it",
                                    hint: "For example `tiles: https://tile.openstreetmap.org/{z}/{x}/{y}.png`, as the tile service documents it."))
        }
        var attribution = "© OpenStreetMap contributors"
        var attributions: [String: String] = [:]
        let attributionNode = mapReader.value("attribution")
        if case .mapping? = attributionNode {
            // The map says whose tiles these are in the reader's language.
            var names = YAMLMappingReader(attributionNode, in: document, what: "`attribution`")
            for code in codes {
                attributions[code] = names.string(code, required: true, hint: "Write the attribution in every language of the site, or one text for all.")
            }
            diagnostics += names.finish()
        } else if let attributionNode, let text = mapReader.text(attributionNode, field: "attribution") {
            attribution = text
        }
        diagnostics += mapReader.finish()

        /// Each key of the mapping `field` with its name in every language; `extra` reads the
        /// other fields of one key's mapping (a municipality's `kind`).
        func namedKeys(_ field: String, what: String, example: String,
                       extra: (inout YAMLMappingReader, NamedKey) -> Void = { _, _ in }) -> [NamedKey] {
            var keys: [NamedKey] = []
            var keyReader = YAMLMappingReader(reader.value(field), in: document, what: "`\(field)`")
            if case .mapping(let mapping)? = keyReader.node {
                for (keyNode, value) in mapping {
                    guard let key = keyNode.scalar?.string else { continue }
                    if !Slug.isValid(key.replacingOccurrences(of: "_", with: "-")) {
                        keyReader.report(.error(at: document.location(of: keyNode), "`\(key)` is not a valid \(what) key",
                                                hint: "Use only a-z, 0-9, - and _, e.g. `\(example)`."))
                    }
                    var names = YAMLMappingReader(value, in: document, what: "a \(what)")
                    var byLanguage: [String: String] = [:]
                    for code in codes {
                        byLanguage[code] = names.string(code, required: true, hint: "Name the \(what) in every language of the site.")
                    }
                    extra(&names, NamedKey(key: key, names: byLanguage))
                    diagnostics += names.finish()
                    keys.append(NamedKey(key: key, names: byLanguage))
                    _ = keyReader.value(key)
                }
            }
            diagnostics += keyReader.finish()
            return keys
        }
        let neighbourhoods = Dictionary(namedKeys("neighbourhoods", what: "neighbourhood", example: "maskavas-forstate").map { ($0.key, $0.names) },
                                        uniquingKeysWith: { first, _ in first })
        let eligibility = namedKeys("eligibility", what: "status", example: "temporary_protection")
        var municipalities: [Municipality] = []
        _ = namedKeys("municipalities", what: "municipality", example: "jelgava") { reader, name in
            let kind = reader.choice("kind", as: Municipality.Kind.self, required: true)
            municipalities.append(Municipality(name: name, kind: kind ?? .stateCity))
        }
        diagnostics += reader.finish()

        guard !languages.isEmpty else { return (nil, diagnostics) }
        var configuration = SiteConfiguration(
            baseURL: baseURL, languages: languages, requiredLanguages: required, fallbackOrder: fallback,
            review: .init(warnAfterMonths: warnAfter, errorAfterMonths: errorAfter),
            map: .init(tileURLTemplate: tiles, attribution: attribution, attributions: attributions), neighbourhoods: neighbourhoods,
            municipalities: municipalities, eligibility: eligibility, feedback: feedback)
        configuration.offersOfflinePack = offline
        configuration.writesHostFiles = hostFiles
        return (configuration, diagnostics)
    }
}
