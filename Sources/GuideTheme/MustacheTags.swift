/// The tags of a Mustache template's text, as `TemplateShapeRules`, `TemplateNames` and
/// `TemplateStructure` read it: what stands between `{{` and `}}`, or `{{{` and `}}}`, with the
/// blanks before it dropped.
enum MustacheTags {
    /// Calls `body` with each tag and the position of its `{{`, in order, while `body` returns
    /// true. False when `body` stopped, or when a tag is not closed.
    ///
    /// Braces are ASCII, so the text is searched byte by byte: Foundation's `range(of:)` on a
    /// substring bridged it for every tag, 1 % of a 1,000-page build's instructions once the
    /// theme was read four times over.
    static func forEach(in template: String, _ body: (_ tag: Substring, _ open: String.Index) -> Bool) -> Bool {
        let bytes = template.utf8
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        /// The first index at or after `start` where `count` copies of `byte` begin.
        func find(_ byte: UInt8, _ count: Int, from start: String.Index) -> String.Index? {
            var index = start, run = 0
            while index < bytes.endIndex {
                run = bytes[index] == byte ? run + 1 : 0
                index = bytes.index(after: index)
                if run == count { return bytes.index(index, offsetBy: -count) }
            }
            return nil
        }
        var position = bytes.startIndex
        while let start = find(open, 2, from: position) {
            let afterOpen = bytes.index(start, offsetBy: 2)
            let triple = afterOpen < bytes.endIndex && bytes[afterOpen] == open
            guard let end = find(close, triple ? 3 : 2, from: afterOpen) else { return false }
            let tag = template[(triple ? bytes.index(after: afterOpen) : afterOpen)..<end].drop { $0 == " " || $0 == "\t" }
            guard body(tag, start) else { return false }
            position = bytes.index(end, offsetBy: triple ? 3 : 2)
        }
        return true
    }
}

extension Substring {
    /// Without the blanks Mustache allows around a tag's name (`{{# menu }}`).
    var trimmingBlanks: Substring {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !blank($0) }), let last = lastIndex(where: { !blank($0) }) else { return self[endIndex...] }
        return self[first...last]
    }
}
