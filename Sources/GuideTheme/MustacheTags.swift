/// The tags of a Mustache template's text, as `TemplateShapeRules` and `TemplateNames` read it:
/// what stands between `{{` and `}}`, or `{{{` and `}}}`, with the blanks before it dropped.
enum MustacheTags {
    /// Calls `body` with each tag and the position of its `{{`, in order, while `body` returns
    /// true. False when `body` stopped, or when a tag is not closed.
    static func forEach(in template: String, _ body: (_ tag: Substring, _ open: String.Index) -> Bool) -> Bool {
        var rest = template[...]
        while let open = rest.range(of: "{{") {
            let afterOpen = rest[open.upperBound...]
            let triple = afterOpen.first == "{"
            guard let close = afterOpen.range(of: triple ? "}}}" : "}}") else { return false }
            let tag = afterOpen[afterOpen.index(afterOpen.startIndex, offsetBy: triple ? 1 : 0)..<close.lowerBound]
                .drop { $0 == " " || $0 == "\t" }
            guard body(tag, open.lowerBound) else { return false }
            rest = afterOpen[close.upperBound...]
        }
        return true
    }
}
