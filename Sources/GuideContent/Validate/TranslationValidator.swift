import GuideModel

/// Reads a language file's front matter into a `Translation`.
struct TranslationValidator {
    func validate(_ file: RawLanguageFile, section: Section) -> (Translation?, [Diagnostic]) {
        var reader = YAMLMappingReader(file.frontMatter.root, in: file.frontMatter, what: "the front matter")
        if reader.isEmpty && file.frontMatter.root == nil {
            reader.report(.error(at: file.frontMatter.startLocation, "the front matter is empty",
                                 hint: "Add at least `title:` and `summary:` between the two `---` lines."))
        }
        let title = reader.string("title", required: true, hint: "Add `title:`, the name shown as the page heading.")
        let summary = reader.string("summary", required: true, hint: "Add `summary:`, one or two sentences shown in lists and search results.")
        let keywords = reader.strings("keywords")
        let translatedFrom = reader.string("translated_from")
        let aliases = Self.aliases(&reader, path: file.path)
        var translation = Translation(language: file.language, path: file.path, title: title ?? "", summary: summary ?? "",
                                      keywords: keywords, translatedFrom: translatedFrom, aliases: aliases,
                                      body: file.body, bodyFirstLine: file.bodyFirstLine, sourceFingerprint: file.fingerprint,
                                      frontMatterFingerprint: file.frontMatterFingerprint)
        switch section {
        case .courses:
            translation.eligibility = reader.string("eligibility", required: true, hint: "Add `eligibility:`, who may take the course.")
            translation.registration = reader.string("registration", required: true, hint: "Add `registration:`, how and when to sign up.")
            translation.schedule = reader.string("schedule")
            translation.costNote = reader.string("cost_note")
            translation.hoursNote = reader.string("hours_note")
        case .legal:
            translation.eligibility = reader.string("eligibility")
            translation.costNote = reader.string("cost_note")
            translation.hoursNote = reader.string("hours_note")
        case .organizations:
            translation.hoursNote = reader.string("hours_note")
        case .pages:
            break
        }
        if section != .pages { translation.statusNote = reader.string("status_note") }
        if let translatedFrom, !Self.isTranslationMark(translatedFrom) {
            reader.report(.error(at: reader.location(of: "translated_from"), "`translated_from` must look like `lv:1a2b3c4d`",
                                 hint: "Copy the value `guide check` prints for the text you translated."))
        }
        if let override = BidiOverride.firstInBody(file.body, path: file.path, firstLine: file.bodyFirstLine) {
            reader.report(override)
        }
        let diagnostics = reader.finish()
        guard title != nil, summary != nil else { return (nil, diagnostics) }
        return (translation, diagnostics)
    }

    /// The old addresses in `aliases:`. Each must be a path of this site alone: a redirect page
    /// is written at it, so a scheme, a host, `..` or a query would point outside the output.
    private static func aliases(_ reader: inout YAMLMappingReader, path: String) -> [PageAlias] {
        reader.items("aliases").compactMap { node -> PageAlias? in
            guard let text = reader.text(node, field: "aliases") else { return nil }
            let location = reader.document.location(of: node)
            let segments = text.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
            var problem: String?
            if !text.hasPrefix("/") || text.hasPrefix("//") {
                problem = "an alias must be a path of this site starting with `/`, not `\(text)`"
            } else if text.contains(where: { "?#\\%".contains($0) || $0.isWhitespace }) {
                problem = "an alias must be a plain path, without a query, `#`, `%` escapes or spaces: `\(text)`"
            } else if segments.dropLast().contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
                problem = "an alias must not contain empty, `.` or `..` parts: `\(text)`"
            } else if text == "/" || !(text.hasSuffix("/") || text.hasSuffix(".html")) {
                problem = "an alias must name a page, ending with `/` (or `.html` for an old file): `\(text)`"
            }
            if let problem {
                reader.report(.error(at: location, problem,
                                     hint: "Write the old address without the host, like `/lv/kursi/old-slug/`."))
                return nil
            }
            return PageAlias(path: text, location: location)
        }
    }

    static func isTranslationMark(_ text: String) -> Bool {
        let parts = text.split(separator: ":")
        return parts.count == 2 && SiteConfigurationValidator.isLanguageCode(String(parts[0]))
            && (6...16).contains(parts[1].count) && parts[1].allSatisfy(\.isHexDigit)
    }
}
