/// Splits a language file into its YAML front matter and its Markdown body, keeping the line
/// where each starts so positions inside them can be reported against the whole file.
struct FrontMatterSplitter {
    struct Parts {
        var yaml: String
        /// Line of the file holding the first line of YAML.
        var yamlFirstLine: Int
        var body: String
        var bodyFirstLine: Int
    }

    static func split(_ text: String, path: String) -> Result<Parts, Diagnostic> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            return .failure(.error(at: SourceLocation(path: path, line: 1, column: 1),
                                   "the file does not start with front matter",
                                   hint: "Begin the file with a line `---`, then `title:` and `summary:`, then another `---` line, then the text."))
        }
        lines.removeFirst()
        guard let end = lines.firstIndex(where: { $0.trimmingTrailingSpaces == "---" || $0.trimmingTrailingSpaces == "..." }) else {
            return .failure(.error(at: SourceLocation(path: path, line: 1, column: 1),
                                   "the front matter is not closed",
                                   hint: "Add a line `---` after the last front-matter field, before the text."))
        }
        let yaml = lines[..<end].joined(separator: "\n")
        let body = lines[(end + 1)...].joined(separator: "\n")
        return .success(Parts(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: end + 3))
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return s
    }
}
