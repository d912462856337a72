import Mustache

/// HTML escaping for Mustache values, byte by byte. The library's default escapes character by
/// character through a dictionary, which was a tenth of a large build's time; this gives the same
/// result (`& < > " '`) and copies everything else in one go.
///
/// Templates opt in with `{{% CONTENT_TYPE: HTML }}` on their first line: the library's default
/// content type cannot be replaced, but a pragma can name a registered one.
struct FastHTMLContentType: MustacheContentType {
    static func register() {
        MustacheContentTypes.register(FastHTMLContentType(), named: "HTML")
    }

    func escapeText(_ text: String) -> String {
        HTMLEscaping.text(text)
    }
}
