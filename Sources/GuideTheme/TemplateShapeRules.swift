/// Whether a theme's templates leave its strings alone, so that `TemplateShapeCache` may render
/// each shape of values once. swift-mustache lets a template act on a string's text in three
/// ways, and a theme using any of them is rendered page by page:
///
/// - transforms that change or sort text (`uppercased(name)`, `sorted(list)`, …); those that
///   look at what the shape already holds are fine: `empty`, `count`, `first`, `last` and the
///   list position ones (`index`, `even`, `odd`, `equalzero`, `plusone`, `minusone`);
/// - a partial named by a value (`{{>*name}}`);
/// - an indented partial or block, which indents after a value ending a line.
///
/// Changed delimiters (`{{=<% %>=}}`) hide the tags from this check, so they count as a use.
enum TemplateShapeRules {
    static let transformsOfShape: Set<Substring> = ["empty", "count", "first", "last", "index", "even", "odd",
                                                    "equalzero", "plusone", "minusone"]

    /// Whether every template text keeps to the rules.
    static func allow(_ templates: [String]) -> Bool {
        templates.allSatisfy(allows)
    }

    static func allows(_ template: String) -> Bool {
        MustacheTags.forEach(in: template) { tag, open in
            switch tag.first {
            case "!", "%":
                return true
            case "=":
                return false
            case ">", "<", "$":
                return !isIndented(template, at: open) && tag.dropFirst().drop(while: isBlank).first != "*"
            default:
                return transformsKeepShape(tag)
            }
        }
    }

    /// Whether only blanks stand between the start of the line and `index`.
    private static func isIndented(_ template: String, at index: String.Index) -> Bool {
        let line = template[..<index].reversed().prefix { !$0.isNewline }
        return !line.isEmpty && line.allSatisfy(isBlank)
    }

    private static func isBlank(_ character: Character) -> Bool {
        character == " " || character == "\t"
    }

    /// In `uppercased(name)` the transform is what stands before a parenthesis.
    private static func transformsKeepShape(_ tag: Substring) -> Bool {
        let parts = tag.split(separator: "(", omittingEmptySubsequences: false)
        return parts.dropLast().allSatisfy { part in
            let name = part.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            return transformsOfShape.contains(Substring(name.reversed()))
        }
    }
}
