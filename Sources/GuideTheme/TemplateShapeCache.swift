import Foundation

/// Pages rendered through swift-mustache once per template and shape of their values
/// (`TemplateShape`), with a marker in place of each string; every page of that shape then gets
/// the rendered HTML with its own strings put where the markers were.
///
/// Rendering by the library cost about 12,000 instructions a value looked up (splitting the name,
/// then dynamic casts at each level of the context), a third of a large build; at 1,029 pages the
/// 999 entry pages had 54 shapes and 3,039 facts rows 6.
///
/// Only for themes `TemplateShapeRules` accept: otherwise a template could transform a string
/// or indent a partial after it, and this cache is not made. The renderers of a build share it,
/// hence the lock; rendering happens outside it. It keeps its first `limit` shapes, as
/// `FactRowCache` keeps its rows, which bounds its memory on a guide of many different pages.
package final class TemplateShapeCache: @unchecked Sendable {
    private var rendered: [String: MarkedHTML.Fragments] = [:]
    private let lock = NSLock()
    let limit: Int
    private let markers = MarkedHTML()
    /// The names each template uses (`TemplateNames`): the top-level values it does not name are
    /// neither walked nor rendered.
    private let usedNames: [String: Set<String>]

    init(limit: Int = 20_000, usedNames: [String: Set<String>] = [:]) {
        self.limit = limit
        self.usedNames = usedNames
    }

    /// `template`'s HTML for `values` from `render`, which renders a set of values through the
    /// library. `constant` names a top-level value that is the same for every page of its
    /// `language` (the UI strings), so it is left out of the shape and the language is put into
    /// the key.
    package func html(_ template: String, values: [String: Any], leaving constant: (name: String, language: String)?,
              render: ([String: Any]) -> String) -> String {
        let used = usedNames[template]
        guard let shape = TemplateShape(of: values, leaving: constant?.name, using: used,
                                        prefix: template + "\u{0}" + (constant?.language ?? "") + "\u{0}") else {
            return render(values)
        }
        if let fragments = lock.withLock({ rendered[shape.key] }) {
            return fragments.filled(with: shape.strings)
        }
        guard let marked = TemplateShape.markedValues(values, leaving: constant?.name, using: used, marker: markers.marker),
              let fragments = markers.fragments(of: render(marked), slots: shape.strings.count) else {
            return render(values)
        }
        lock.withLock {
            if rendered.count < limit { rendered[shape.key] = fragments }
        }
        return fragments.filled(with: shape.strings)
    }

    var count: Int { lock.withLock { rendered.count } }
}
