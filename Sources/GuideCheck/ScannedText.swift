import Foundation
import GuideMarkdown
import GuideModel

/// A reference from one text to an entry, with where the text writes it.
struct LinkReference: Hashable, Sendable {
    var target: EntryID
    /// The part after `#`, percent-decoded as a browser compares it with the page's ids.
    var fragment: String?
    var location: SourceLocation
}

/// What the check needs from one language file's Markdown, found by rendering it once with the
/// build's own renderer: the build's diagnostics for it, the ids of its headings (the anchors
/// other texts may link to) and the entry references it makes.
///
/// Rendering a text once is enough: which references fail in the renderer depends only on which
/// entries exist, not on the language the page is rendered for.
struct ScannedText: Sendable {
    var headingIDs: [String]
    var references: [LinkReference]
    var diagnostics: [Diagnostic]

    init(_ translation: Translation, site: ValidatedSite, renderer: MarkdownRenderer) {
        var calls: [(EntryID, String?)] = []
        let (rendered, diagnostics) = renderer.render(translation.body, path: translation.path,
                                                      firstLine: translation.bodyFirstLine) { id, fragment in
            calls.append((id, fragment))
            // Only nil matters, as in the build: it is the renderer's "no such entry" error. The
            // HTML is not used, so any other value will do.
            return site.exists(id) ? id.description : nil
        }
        var locator = ReferenceLocator(body: translation.body, path: translation.path, firstLine: translation.bodyFirstLine)
        self.references = calls.map { id, fragment in
            LinkReference(target: id, fragment: fragment.map { $0.removingPercentEncoding ?? $0 },
                          location: locator.location(of: id, fragment: fragment))
        }
        self.headingIDs = rendered.headingIDs
        self.diagnostics = diagnostics
    }
}
