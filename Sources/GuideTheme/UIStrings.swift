import GuideContent
import GuideModel
import GuideSupport
import Yams

/// The theme's words in one language: `themes/<name>/i18n/<lang>.yaml`.
///
/// Plain strings are looked up by key; counted phrases have one form per CLDR plural category
/// (`{count}` stands for the number), so "1 kurss / 2 kursi" and "1 курс / 2 курса / 5 курсов"
/// come from data.
public struct UIStrings: Sendable {
    public var language: String
    public var strings: [String: String]
    public var plurals: [String: [PluralCategory: String]]

    package init(language: String, strings: [String: String], plurals: [String: [PluralCategory: String]]) {
        self.language = language
        self.strings = strings
        self.plurals = plurals
    }

    public subscript(key: String) -> String { strings[key] ?? key }

    /// The strings as nested dictionaries, so templates can write `{{t.search.button}}`:
    /// Mustache resolves dots as nested lookups, not as part of a key.
    public var templateValues: [String: any Sendable] {
        var root: [String: any Sendable] = [:]
        for (key, value) in strings {
            let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
            if parts.count == 2 {
                var group = root[parts[0]] as? [String: String] ?? [:]
                group[parts[1]] = value
                root[parts[0]] = group
            } else {
                root[key] = value
            }
        }
        return root
    }

    /// The forms of a counted phrase as JSON (`{"one":"{count} kurss",…}`), for scripts that count
    /// in the browser with `Intl.PluralRules`.
    public func pluralFormsJSON(_ key: String) -> String {
        let forms = PluralCategory.allCases.compactMap { category in
            plurals[key]?[category].map { JSONText.string(category.rawValue) + ":" + JSONText.string($0) }
        }
        return "{" + forms.joined(separator: ",") + "}"
    }

    public func counted(_ key: String, _ count: Int) -> String {
        let forms = plurals[key] ?? [:]
        let category = PluralRules.category(for: count, language: language)
        // `other` is required (UIStringsCompleteness); the first form by category is only for a
        // theme loaded without that check, and keeps the choice the same on every build.
        let pattern = forms[category] ?? forms[.other] ?? PluralCategory.allCases.lazy.compactMap { forms[$0] }.first ?? "{count}"
        return pattern.fillingPlaceholder("count", with: String(count))
    }

    /// Reads the YAML file: top-level strings, `plurals:` with forms per category, and nested
    /// groups (`topics:`, `days:` …) flattened to `group.key`.
    static func parse(_ text: String, language: String, path: String) -> (UIStrings?, [Diagnostic]) {
        let document: YAMLDocument
        switch YAMLDocument.parse(text, path: path, firstLine: 1) {
        case .success(let parsed): document = parsed
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        var result = UIStrings(language: language, strings: [:], plurals: [:])
        var diagnostics: [Diagnostic] = []
        guard case .mapping(let root)? = document.root else {
            return (nil, [.error(at: document.startLocation, "the UI strings must be `key: text` lines",
                                   hint: "Start from a copy of i18n/en.yaml and translate its values.")])
        }
        for (keyNode, value) in root {
            guard let key = keyNode.scalar?.string else { continue }
            if key == "plurals", case .mapping(let plurals) = value {
                for (nameNode, formsNode) in plurals {
                    guard let name = nameNode.scalar?.string, case .mapping(let forms) = formsNode else { continue }
                    var byCategory: [PluralCategory: String] = [:]
                    for (categoryNode, formNode) in forms {
                        guard let raw = categoryNode.scalar?.string, let category = PluralCategory(rawValue: raw) else {
                            diagnostics.append(.error(at: document.location(of: categoryNode), "unknown plural category",
                                                      hint: "Use zero, one, two, few, many or other (CLDR)."))
                            continue
                        }
                        guard let form = formNode.scalar?.string else {
                            diagnostics.append(.error(at: document.location(of: formNode), "the `\(raw)` form of `\(name)` must be text",
                                                      hint: "Write `\(raw): ` and the text on one line, e.g. `other: \"{count} courses\"`."))
                            continue
                        }
                        byCategory[category] = form
                    }
                    result.plurals[name] = byCategory
                }
            } else if case .mapping(let group) = value {
                for (subKey, subValue) in group {
                    if let sub = subKey.scalar?.string, let text = subValue.scalar?.string { result.strings["\(key).\(sub)"] = text }
                }
            } else if let text = value.scalar?.string {
                result.strings[key] = text
            } else {
                diagnostics.append(.error(at: document.location(of: value), "`\(key)` must be text",
                                          hint: "Write `\(key): ` and the text on one line; put text with `:` or `#` in quotes."))
            }
        }
        return (result, diagnostics)
    }
}
