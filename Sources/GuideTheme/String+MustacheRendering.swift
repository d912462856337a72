import Mustache

/// Template values are mostly strings, and the library renders a value it knows nothing about
/// by asking whether it is optional and then describing it, two dynamic casts per `{{value}}`
/// that were a large part of rendering a page. A string that says how it renders (as itself, the
/// same text `String(describing:)` gives) is written without them.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}

/// A section on a string (`{{#text_lang}} lang="{{text_lang}}"{{/text_lang}}`) puts the string on
/// the lookup stack; asked for a name, the library would reflect the string with `Mirror` to find
/// that it has no children. It has none, and says so directly.
extension String: @retroactive MustacheParent {
    public func child(named: String) -> Any? { nil }
}
