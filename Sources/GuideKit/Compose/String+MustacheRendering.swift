import Mustache

/// Template values are mostly strings, and the library renders a value it knows nothing about
/// by asking whether it is optional and then describing it, two dynamic casts per `{{value}}`
/// that were a large part of rendering a page. A string that says how it renders (as itself, the
/// same text `String(describing:)` gives) is written without them.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}
