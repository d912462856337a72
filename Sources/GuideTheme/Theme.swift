import Foundation
import GuideContent
import GuideModel
import Mustache

/// A theme folder: Mustache templates, UI strings per language, and static assets.
///
/// Templates are compiled once, when the theme is loaded; rendering a page then only walks the
/// compiled template, which is the largest cost per page.
public struct Theme: Sendable {
    public var library: MustacheLibrary
    public var strings: [String: UIStrings]
    /// Asset files by their path under `assets/`.
    public var assets: [String: [UInt8]]
    /// Set when the templates keep to `TemplateShapeRules`; it lives as long as the theme, since
    /// what it holds comes from the templates and UI strings only.
    package let shapes: TemplateShapeCache?

    static let requiredTemplates = ["chooser", "home", "section", "entry", "page", "not-found", "entry-fact", "search", "help-map", "handout"]
        + listItemTemplates

    /// Files every page (or the search page) links by name.
    static let requiredAssets = ["style.css", "favicon.svg", "search/search.js"]

    /// The templates of one item in the long lists (section indexes, the map of help, handouts).
    /// The page joins items rendered one by one, so that `guide serve` can keep each item's HTML.
    static let listItemTemplates = ["entry-list-item", "place-item", "handout-item"]

    /// Partials every page of a language shows alike but for the current link and where the
    /// language switcher leads: they are rendered once per language, set of current links and set
    /// of translated languages (`SharedPartialCache`) and see only the site-wide values
    /// (`PageComposer.siteWideValues`) and `languages`, whose `href`s each page fills in. Pages
    /// include them with `{{>header}}` as any partial.
    package static let sharedPartials = ["header", "footer", "language-switcher"]

    /// The name under which a shared partial's own template stays registered: its usual name
    /// then stands for a template that places its rendered HTML from the page's values.
    package static func sharedPartialTemplateName(_ partial: String) -> String {
        "(shared) " + partial
    }

    /// The page value holding a shared partial's HTML.
    package static func sharedPartialValueName(_ partial: String) -> String {
        "_shared_" + partial
    }

    public static func load(from folder: URL, languages: [String], sourceRoot: URL) -> (Theme?, [Diagnostic]) {
        let reader = SourceFileReader(root: sourceRoot)
        var diagnostics: [Diagnostic] = []
        let themePath = reader.relativePath(folder)
        guard FileManager.default.fileExists(atPath: folder.path) else {
            return (nil, [.error(at: SourceLocation(path: themePath), "the theme folder is missing",
                                 hint: "The guide needs themes/default/ next to content/.")])
        }

        FastHTMLContentType.register()
        var library = MustacheLibrary()
        var templateTexts: [String: String] = [:]
        var unreadable: Set<String> = []
        let templatesURL = folder.appendingPathComponent("templates")
        let files = FileManager.default.enumerator(atPath: templatesURL.path)?.compactMap { $0 as? String }.sorted() ?? []
        for file in files where file.hasSuffix(".mustache") {
            let url = templatesURL.appendingPathComponent(file)
            switch reader.readText(url) {
            case .success(let text):
                let name = String(file.dropLast(".mustache".count))
                templateTexts[name] = text
                if let problem = TemplateStructure.ownProblem(in: text, template: name) {
                    diagnostics.append(.error(at: SourceLocation(path: reader.relativePath(url), line: problem.line), problem.message, hint: problem.hint))
                    unreadable.insert(name)
                    continue
                }
                do {
                    try library.register(FastHTMLContentType.pragma + text, named: name)
                } catch let error as MustacheTemplate.ParserError {
                    diagnostics.append(.error(at: SourceLocation(path: reader.relativePath(url), line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber),
                                              "template error: \(error.error)", hint: "Check that every {{#section}} has its {{/section}}."))
                } catch {
                    diagnostics.append(.error(at: SourceLocation(path: reader.relativePath(url)), "template error: \(error)",
                                              hint: "Check the template's tags: every {{#section}} needs its {{/section}}, and every tag its closing }}."))
                }
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            }
        }
        // A template with a problem of its own is not read further, but it is there.
        let readable = Dictionary(uniqueKeysWithValues: templateTexts.map { ($0.key, unreadable.contains($0.key) ? "" : $0.value) })
        for problem in TemplateStructure.includeProblems(in: readable) {
            diagnostics.append(.error(at: SourceLocation(path: "\(themePath)/templates/\(problem.template).mustache", line: problem.line),
                                      problem.message, hint: problem.hint))
        }
        for name in sharedPartials {
            guard let template = library.getTemplate(named: name) else { continue }
            library.register(template, named: sharedPartialTemplateName(name))
            let placing = "{{{\(sharedPartialValueName(name))}}}"
            templateTexts[sharedPartialTemplateName(name)] = templateTexts[name]
            templateTexts[name] = placing
            try? library.register(FastHTMLContentType.pragma + placing, named: name)
        }
        for name in requiredTemplates where library.getTemplate(named: name) == nil && !diagnostics.hasErrors {
            diagnostics.append(.error(at: SourceLocation(path: "\(themePath)/templates/\(name).mustache"), "the template `\(name)` is missing",
                                      hint: "Restore templates/\(name).mustache from the default theme; the guide renders its pages with it."))
        }

        var strings: [String: UIStrings] = [:]
        var stringTexts: [String: String] = [:]
        for language in languages {
            let url = folder.appendingPathComponent("i18n/\(language).yaml")
            switch reader.readText(url) {
            case .success(let text):
                let (parsed, parseDiagnostics) = UIStrings.parse(text, language: language, path: reader.relativePath(url))
                diagnostics += parseDiagnostics
                strings[language] = parsed
                stringTexts[language] = text
            case .failure(let reason) where Self.exists(url):
                // There but unusable (too big, not UTF-8, unreadable, a link): the copy the
                // "missing" hint suggests would overwrite a translation.
                diagnostics.append(reason)
            case .failure:
                diagnostics.append(.error(at: SourceLocation(path: reader.relativePath(url)), "the UI strings for `\(language)` are missing",
                                          hint: "Copy i18n/en.yaml to i18n/\(language).yaml and translate the values."))
            }
        }
        diagnostics += UIStringsCompleteness.complete(&strings, languages: languages, texts: stringTexts, folder: "\(themePath)/i18n")

        var assets: [String: [UInt8]] = [:]
        let assetsURL = folder.appendingPathComponent("assets")
        for file in FileManager.default.enumerator(atPath: assetsURL.path)?.compactMap({ $0 as? String }).sorted() ?? [] {
            let url = assetsURL.appendingPathComponent(file)
            var info = stat()
            guard lstat(url.path, &info) == 0 else { continue }
            // Everything here is published: a link could publish any file of the machine that
            // builds the site (/etc/passwd, the build's environment).
            if (info.st_mode & S_IFMT) == S_IFLNK {
                diagnostics.append(.error(at: SourceLocation(path: reader.relativePath(url)), "the asset is a symbolic link",
                                          hint: "Copy the file into the theme's assets/ instead of linking to it."))
                continue
            }
            guard (info.st_mode & S_IFMT) == S_IFREG else { continue }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                diagnostics.append(.error(at: SourceLocation(path: reader.relativePath(url)), "cannot read the asset",
                                          hint: "Check the file's permissions."))
                continue
            }
            assets[file] = Array(data)
        }
        for name in Self.requiredAssets where assets[name] == nil {
            diagnostics.append(.error(at: SourceLocation(path: "\(themePath)/assets/\(name)"), "the asset `\(name)` is missing",
                                      hint: "Every page links it; restore it from the default theme."))
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        let shapes = TemplateShapeRules.allow(Array(templateTexts.values))
            ? TemplateShapeCache(usedNames: TemplateNames.used(in: templateTexts)) : nil
        return (Theme(library: library, strings: strings, assets: assets, shapes: shapes), diagnostics)
    }

    /// Whether there is anything at `url`, a link included (`lstat` does not follow it).
    private static func exists(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0
    }
}
