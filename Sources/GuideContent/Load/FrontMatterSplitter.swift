import GuideModel

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

    /// Goes line by line over the UTF-8 bytes and stops at the closing line: splitting every
    /// file into lines of Characters and joining the body again took 4% of a large build.
    static func split(_ text: String, path: String) -> Result<Parts, Diagnostic> {
        let bytes = text.utf8
        func lineEnd(from start: String.Index) -> String.Index {
            bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
        }
        func trimmed(_ range: Range<String.Index>) -> Substring.UTF8View {
            var line = bytes[range]
            while let last = line.last, last == 0x20 || last == 0x09 { line = line.dropLast() }
            return line
        }
        let firstEnd = lineEnd(from: bytes.startIndex)
        guard trimmed(bytes.startIndex..<firstEnd).elementsEqual("---".utf8) else {
            return .failure(.error(at: SourceLocation(path: path, line: 1, column: 1),
                                   "the file does not start with front matter",
                                   hint: "Begin the file with a line `---`, then `title:` and `summary:`, then another `---` line, then the text."))
        }
        var start = firstEnd < bytes.endIndex ? bytes.index(after: firstEnd) : bytes.endIndex
        let yamlStart = start
        // The 0-based number of the line at `start`.
        var line = 1
        while firstEnd < bytes.endIndex {
            let end = lineEnd(from: start)
            let marker = trimmed(start..<end)
            if marker.elementsEqual("---".utf8) || marker.elementsEqual("...".utf8) {
                let yaml = start == yamlStart ? "" : String(text[yamlStart..<bytes.index(before: start)])
                let body = end < bytes.endIndex ? String(text[bytes.index(after: end)...]) : ""
                return .success(Parts(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: line + 2))
            }
            guard end < bytes.endIndex else { break }
            start = bytes.index(after: end)
            line += 1
        }
        return .failure(.error(at: SourceLocation(path: path, line: 1, column: 1),
                               "the front matter is not closed",
                               hint: "Add a line `---` after the last front-matter field, before the text."))
    }
}

extension Substring {
    package var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return s
    }
}
