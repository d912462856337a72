import Foundation
import GuideModel

/// Pages of the last published build that the current content no longer has, and that no alias
/// leads on from: their old addresses are on printed leaflets and in shared messages, and would
/// answer 404 once the new build goes out.
struct MovedPagesChecker {
    let site: ValidatedSite
    /// The published `sitemap.xml`; its path, relative to the source folder when inside it, is
    /// where findings point.
    let sitemap: String
    let sitemapPath: String

    func diagnostics() -> [CheckDiagnostic] {
        let live = Set(site.jobs.map(\.file))
        let aliased = Set(site.redirects.map(\.alias.file))
        var diagnostics: [CheckDiagnostic] = []
        for (number, line) in sitemap.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let start = line.range(of: "<loc>"), let end = line.range(of: "</loc>"), start.upperBound <= end.lowerBound else { continue }
            let address = String(line[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&amp;", with: "&")
            guard let path = path(of: address) else { continue }
            let file = path.hasSuffix("/") ? SiteURLs.file(for: path) : String(path.dropFirst())
            guard !live.contains(file), !aliased.contains(file) else { continue }
            let location = SourceLocation(path: sitemapPath, line: number + 1, column: line.distance(from: line.startIndex, to: start.lowerBound) + 1)
            diagnostics.append(CheckDiagnostic(.movedWithoutAlias, .warning(at: location, "`\(path)` was published, but no page or alias has that address now",
                                                                            hint: "Add `aliases: [\(path)]` to the front matter of the page that replaced it, in the same language.")))
        }
        return diagnostics
    }

    /// The site path of a published address, whatever host it was built for; a site published
    /// under a folder (`https://example.org/guide/`) has its pages below that folder.
    private func path(of address: String) -> String? {
        guard let path = URLComponents(string: address)?.path, path.hasPrefix("/") else { return nil }
        let base = URLComponents(string: site.configuration.baseURL)?.path ?? "/"
        guard base.count > 1, path.hasPrefix(base) else { return path }
        return "/" + path.dropFirst(base.count)
    }
}
