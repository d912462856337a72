import Foundation
import GuideModel

/// Every language's UI strings hold every key some language has, and only placeholders the
/// guide fills in.
///
/// A key missing from a file showed as nothing (an empty "skip to content" link), and a mistyped
/// placeholder as itself (`Fakti pārbaudīti {datum}`), with the build reporting success.
enum UIStringsCompleteness {
    /// Fills each language's missing keys with the string of the first language, in site.yaml's
    /// order, that has it, and warns of them; an error for each placeholder the guide does not
    /// fill in, at its line.
    static func complete(_ strings: inout [String: UIStrings], languages: [String], texts: [String: String], folder: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let keys = Set(strings.values.flatMap(\.strings.keys)), counted = Set(strings.values.flatMap(\.plurals.keys))
        let given = languages.compactMap { strings[$0] }
        for language in languages {
            guard var own = strings[language] else { continue }
            let missing = keys.subtracting(own.strings.keys).union(counted.subtracting(own.plurals.keys)).sorted()
            guard !missing.isEmpty else { continue }
            for key in missing {
                if own.strings[key] == nil, let text = given.first(where: { $0.strings[key] != nil })?.strings[key] { own.strings[key] = text }
                if own.plurals[key] == nil, let forms = given.first(where: { $0.plurals[key] != nil })?.plurals[key] { own.plurals[key] = forms }
            }
            strings[language] = own
            diagnostics.append(.warning(at: SourceLocation(path: "\(folder)/\(language).yaml"),
                                        "\(missing.count) UI strings are not translated: \(missing.prefix(8).joined(separator: ", "))",
                                        hint: "Add them; until then readers see them in another language of the site."))
        }
        for language in languages {
            guard let own = strings[language] else { continue }
            for (key, forms) in own.plurals.sorted(by: { $0.key < $1.key }) where forms[.other] == nil {
                diagnostics.append(.error(at: SourceLocation(path: "\(folder)/\(language).yaml", line: line(of: "\(key):", in: texts[language])),
                                          "the counted phrase `\(key)` has no `other` form",
                                          hint: "Add `other:`, the form for every number no other form takes."))
            }
            let values = own.strings.map { ($0.key, $0.value) } + own.plurals.flatMap { key, forms in forms.values.map { (key, $0) } }
            for (key, value) in values.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }) {
                // `~` is YAML's null, which the guide reads as text: it was published as "~".
                if value.trimmingCharacters(in: .whitespaces).isEmpty || value == "~" {
                    diagnostics.append(.error(at: SourceLocation(path: "\(folder)/\(language).yaml", line: line(of: "\(key.split(separator: ".").last ?? ""):", in: texts[language])),
                                              "`\(key)` has no text", hint: "Write the text readers see here, or delete the line to show another language's."))
                } else if hasStrayBrace(value) {
                    diagnostics.append(.error(at: SourceLocation(path: "\(folder)/\(language).yaml", line: line(of: value, in: texts[language])),
                                              "`\(key)` has a brace that is not part of a placeholder such as {date}",
                                              hint: "Write placeholders as {name}, lowercase and without spaces; remove any other { or }."))
                }
                for name in placeholders(in: value).subtracting(placeholderNames).sorted() {
                    diagnostics.append(.error(at: SourceLocation(path: "\(folder)/\(language).yaml", line: line(of: "{\(name)}", in: texts[language])),
                                              "`{\(name)}` in `\(key)` is not a placeholder the guide fills in",
                                              hint: "Write it as the other languages' files do; the names are \(placeholderNames.sorted().map { "{\($0)}" }.joined(separator: " "))."))
                }
            }
        }
        return diagnostics
    }

    /// The names the build (`fillingPlaceholder`) and the search and map scripts fill in. A name
    /// outside them is printed as it is written, so it is a mistake.
    static let placeholderNames: Set<String> = [
        "amount", "cost", "count", "date", "day", "done", "km", "language", "levels", "month", "month_in", "month_name",
        "path", "places", "query", "size", "total", "towns", "town", "url", "value", "when", "year",
    ]

    /// The line of the file where `fragment` first appears, or 1.
    private static func line(of fragment: String, in text: String?) -> Int {
        text.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(fragment) }.map { $0 + 1 } } ?? 1
    }

    /// A `{` or `}` left when every `{name}` is taken out: `{ date }`, `{{{day}`, `{date`.
    static func hasStrayBrace(_ text: String) -> Bool {
        var rest = Substring(text)
        for name in placeholders(in: text) { rest = Substring(rest.replacingOccurrences(of: "{\(name)}", with: "")) }
        return rest.contains("{") || rest.contains("}")
    }

    /// `{date}` and `{count}`: a brace, a lowercase name, a brace.
    static func placeholders(in text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            let name = after.prefix { $0.isASCII && ($0.isLowercase || $0 == "_") }
            if !name.isEmpty, after.dropFirst(name.count).first == "}" { names.insert(String(name)) }
            rest = after
        }
        return names
    }
}
