import Foundation
import GuideModel
import GuideSite

/// `guide check --published DIR`: the deploy check of a built output folder, as it is about to
/// go out — whoever built it, with whatever theme override. It reads the files alone, so it also
/// catches what a hand edit or a broken copy did after the build.
///
/// Links that lead nowhere and files a page loads but that are missing are errors, as are markup
/// a strict content policy would block (inline handlers and scripts, `style=`, `javascript:`
/// URLs); files nothing leads to, and pages over the weight budget, are warnings.
public struct PublishedSiteChecker: Sendable {
    public var folder: URL

    public init(folder: URL) {
        self.folder = folder.standardizedFileURL
    }

    /// Files the host or the browser asks for by their fixed names, not through a link.
    static let entryFiles: Set<String> = ["index.html", "404.html", "sitemap.xml", "robots.txt", "sw.js", "favicon.ico"]

    public func check() -> CheckReport {
        let files = PublishedFiles(folder: folder)
        // An empty folder, a mistyped path or the source folder passed every check: nothing in
        // them could be broken. A built site has its home page at the top.
        guard files.contains("index.html") || files.contains("404.html") else {
            return CheckReport(diagnostics: [CheckDiagnostic(.brokenLink, .error(
                at: SourceLocation(path: folder.path), "this is not a built site: there is no index.html at its top",
                hint: "Give --published the folder `guide build` wrote (default: Output/).")) ], languages: [], coverage: [], versions: [])
        }
        var diagnostics: [CheckDiagnostic] = []
        var edges: [String: Set<String>] = [:]
        let origin = siteAddress(files)

        for path in files.paths {
            if path.hasSuffix(".html"), let html = files.text(path) {
                let scanner = HTMLReferenceScanner(html: html)
                for violation in scanner.violations {
                    diagnostics.append(CheckDiagnostic(.policy, .error(at: SourceLocation(path: path, line: violation.line, column: violation.column),
                                                                       violation.message,
                                                                       hint: "Move scripts and styles into files under assets/ and use classes; the policy forbids inline code.")))
                }
                // A URL template (the map's `/tiles/{z}/{x}/{y}.png`) names no file of its own.
                for reference in scanner.references where !reference.url.contains("{") {
                    guard let target = PublishedFiles.resolve(reference.url, from: path, origin: origin) else { continue }
                    edges[path, default: []].insert(target)
                    guard !files.contains(target) else { continue }
                    let location = SourceLocation(path: path, line: reference.line, column: reference.column)
                    switch reference.role {
                    case .link:
                        diagnostics.append(CheckDiagnostic(.brokenLink, .error(at: location, "the link to `\(reference.url)` leads to no page",
                                                                               hint: "Correct the link, or add `aliases:` to the page that now lives elsewhere.")))
                    case .asset:
                        diagnostics.append(missingAsset(reference.url, at: location))
                    }
                }
                if let warning = weightWarning(html: html, stylesheets: scanner.stylesheets, path: path, origin: origin, files: files) {
                    diagnostics.append(warning)
                }
            } else if path.hasPrefix("assets/") && (path.hasSuffix(".js") || path.hasSuffix(".css")), let text = files.text(path) {
                let references = path.hasSuffix(".js") ? Self.moduleImports(in: text) : Self.stylesheetURLs(in: text)
                for (url, line) in references {
                    guard let target = PublishedFiles.resolve(url, from: path, origin: origin) else { continue }
                    edges[path, default: []].insert(target)
                    guard !files.contains(target) else { continue }
                    let location = SourceLocation(path: path, line: line)
                    if path.hasSuffix(".css") {
                        // A browser fetches a stylesheet's image only when a rule using it applies:
                        // Leaflet's layer-switcher icons, say, on a map without that control.
                        diagnostics.append(CheckDiagnostic(.missingAsset, .warning(at: location, "`\(url)` is named in this stylesheet but is not in the folder",
                                                                                   hint: "Harmless while no page uses the rule naming it; copy the file if one does.")))
                    } else {
                        diagnostics.append(missingAsset(url, at: location))
                    }
                }
            }
        }

        var roots = Set(files.paths.filter { $0.hasSuffix(".html") || Self.entryFiles.contains($0) || isHostConfiguration($0) })
        roots.formUnion(files.listedInManifests())
        let reachable = Self.closure(of: roots, edges: edges)
        for path in files.paths where !reachable.contains(path) && !isPrecompressed(path, of: reachable) {
            diagnostics.append(CheckDiagnostic(.unreachable, .warning(at: SourceLocation(path: path), "no page, script, stylesheet or manifest leads to this file",
                                                                      hint: "Delete it before publishing, or link it from a page if readers need it.")))
        }
        return CheckReport(diagnostics: diagnostics, languages: [], coverage: [], versions: [])
    }

    private func missingAsset(_ url: String, at location: SourceLocation) -> CheckDiagnostic {
        CheckDiagnostic(.missingAsset, .error(at: location, "`\(url)` is loaded here but is not in the folder",
                                              hint: "Build again, or copy the whole output folder: a part of it is missing."))
    }

    /// The site's own absolute address, read from robots.txt's sitemap line, so an absolute link
    /// to the site counts as internal.
    private func siteAddress(_ files: PublishedFiles) -> String? {
        guard let robots = files.text("robots.txt") else { return nil }
        for line in robots.split(separator: "\n") where line.lowercased().hasPrefix("sitemap:") {
            let address = line.dropFirst("sitemap:".count).trimmingCharacters(in: .whitespaces)
            if address.hasSuffix("sitemap.xml") { return String(address.dropLast("sitemap.xml".count)) }
        }
        return nil
    }

    /// The host files the build may write beside the site (`_headers`, `.htaccess`, an nginx
    /// snippet): read by the server, never linked.
    private func isHostConfiguration(_ path: String) -> Bool {
        !path.contains("/") && (path.hasPrefix(".") || path.hasPrefix("_") || path.hasSuffix(".conf") || path.hasSuffix(".snippet"))
    }

    /// `x.css.gz` and `x.css.br` go out with `x.css`: a host sends them in its place.
    private func isPrecompressed(_ path: String, of reachable: Set<String>) -> Bool {
        [".gz", ".br"].contains { path.hasSuffix($0) && reachable.contains(String(path.dropLast($0.count))) }
    }

    /// A page, as a phone first loads it: its HTML and its stylesheets (the map's library, loaded
    /// only by the map, is not counted, as in the build's own budget). The budget is the build's
    /// for one entry's page: lists, the map and handouts grow with the guide by design, and their
    /// JSON-LD says so.
    private func weightWarning(html: String, stylesheets: [String], path: String, origin: String?, files: PublishedFiles) -> CheckDiagnostic? {
        guard !Self.collectionTypes.contains(where: html.contains) else { return nil }
        let css = stylesheets.compactMap { PublishedFiles.resolve($0, from: path, origin: origin) }
            .filter { !$0.hasPrefix("assets/leaflet/") }.map(files.size).reduce(0, +)
        let total = html.utf8.count + css
        guard total > WeightBudget.entryPageBytes else { return nil }
        return CheckDiagnostic(.weight, .warning(at: SourceLocation(path: path), "the page is \(total / 1000) kB with its stylesheet, over the \(WeightBudget.entryPageBytes / 1000) kB budget for phones",
                                                 hint: "Shorten the text or split the page; if the theme grew, trim its CSS or templates."))
    }

    private static let collectionTypes = [#""@type":"CollectionPage""#, #""@type":"WebSite""#]

    /// `import … from './x.js'` and `import('./x.js')` with a literal path, and their lines.
    static func moduleImports(in script: String) -> [(String, Int)] {
        matches(of: #"(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])([^"'\n]+)\1"#, group: 2, in: script)
    }

    /// `url(…)` in a stylesheet, except inline data.
    static func stylesheetURLs(in stylesheet: String) -> [(String, Int)] {
        matches(of: #"url\(\s*(["']?)([^"')]+)\1\s*\)"#, group: 2, in: stylesheet).filter { !$0.0.hasPrefix("data:") }
    }

    private static func matches(of pattern: String, group: Int, in text: String) -> [(String, Int)] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        let nsText = text as NSString
        return expression.matches(in: text, range: NSRange(location: 0, length: nsText.length)).map { match in
            let range = match.range(at: group)
            let line = nsText.substring(to: range.location).reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            return (nsText.substring(with: range), line)
        }
    }

    private static func closure(of roots: Set<String>, edges: [String: Set<String>]) -> Set<String> {
        var reached = roots
        var queue = Array(roots)
        while let next = queue.popLast() {
            for target in edges[next] ?? [] where reached.insert(target).inserted { queue.append(target) }
        }
        return reached
    }
}
