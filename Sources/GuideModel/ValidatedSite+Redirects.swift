/// One old address and the page it now leads to, in the language the alias was written for.
public struct Redirect: Sendable, Hashable {
    public var alias: PageAlias
    /// The URL path of the page the alias belongs to.
    public var target: String
    public var language: String
    /// The page's title, the text of the redirect page's link.
    public var title: String
}

extension ValidatedSite {
    /// Every alias of every text, sorted by old path, so the redirect files are the same on every
    /// machine whatever order the entries were read in.
    public var redirects: [Redirect] {
        entries.flatMap { entry in
            entry.translations.values.flatMap { translation in
                translation.aliases.map { alias in
                    Redirect(alias: alias, target: urls.entry(entry.id, translation.language),
                             language: translation.language, title: translation.title)
                }
            }
        }.sorted { ($0.alias.path, $0.alias.location) < ($1.alias.path, $1.alias.location) }
    }
}
