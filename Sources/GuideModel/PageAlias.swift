/// An old URL path of a page in one language (`aliases:` in its front matter): printed leaflets
/// and shared messages keep linking there after a slug is renamed, so the build writes a redirect.
public struct PageAlias: Sendable, Hashable {
    /// A site path starting with `/`, as a reader's browser asks for it.
    public var path: String
    /// Where the alias is written, so that a clash can be reported on its line.
    public var location: SourceLocation

    public init(path: String, location: SourceLocation) {
        self.path = path
        self.location = location
    }

    /// The file that answers the old address: `/lv/kursi/old/` → `lv/kursi/old/index.html`, while
    /// an old `/lv/old.html` is served as it was named.
    public var file: String {
        path.hasSuffix("/") ? SiteURLs.file(for: path) : String(path.dropFirst())
    }
}
