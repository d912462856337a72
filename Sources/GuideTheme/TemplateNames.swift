/// The names a template can look up in its values, through its partials and parents too.
///
/// A page's values hold more than its template shows: the composer gives every page the
/// navigation and the language switcher's links, which the shared partials have already placed,
/// and the facts as rows as well as their rendered HTML, so that a theme may take either.
/// Mustache finds a name by looking it up, section by section, out to the top-level values, so a
/// top-level value whose name no tag of the template uses can never reach the page, and
/// `TemplateShapeCache` leaves it out of the shape instead of walking it on every page.
enum TemplateNames {
    /// For each template, the first part of every name its tags and those of the partials and
    /// parents it includes use (`t` of `t.map.show`, `contents` of `empty(contents)`). A template
    /// that names a partial by a value (`{{>*name}}`) or changes its delimiters has no entry:
    /// what it can reach is not known.
    static func used(in templates: [String: String]) -> [String: Set<String>] {
        var scanned: [String: (names: Set<String>, includes: Set<String>)] = [:]
        for (name, text) in templates {
            if let tags = scan(text) { scanned[name] = tags }
        }
        var result: [String: Set<String>] = [:]
        templateLoop: for name in templates.keys {
            var names: Set<String> = []
            var seen: Set<String> = [name]
            var pending = [name]
            while let next = pending.popLast() {
                // A partial the library does not have renders as nothing.
                guard templates[next] != nil else { continue }
                guard let tags = scanned[next] else { continue templateLoop }
                names.formUnion(tags.names)
                for include in tags.includes where seen.insert(include).inserted {
                    pending.append(include)
                }
            }
            result[name] = names
        }
        return result
    }

    /// The names one template's tags use, and the partials and parents it includes; nil when that
    /// cannot be told from its text.
    static func scan(_ template: String) -> (names: Set<String>, includes: Set<String>)? {
        var names: Set<String> = []
        var includes: Set<String> = []
        let known = MustacheTags.forEach(in: template) { tag, _ in
            switch tag.first {
            case "!", "%", "$", "/":
                // A comment, a pragma, a block (a place in a parent, not a value), or the end of
                // something whose start already counted.
                return true
            case "=":
                return false
            case ">", "<":
                let partial = tag.dropFirst().trimmingBlanks
                guard partial.first != "*" else { return false }
                includes.insert(String(partial))
                return true
            case "#", "^", "&":
                if let name = firstPart(of: tag.dropFirst().trimmingBlanks) { names.insert(name) }
                return true
            default:
                if let name = firstPart(of: tag.trimmingBlanks) { names.insert(name) }
                return true
            }
        }
        return known ? (names, includes) : nil
    }

    /// `leaf` of `empty(leaf)`, `t` of `t.map.show`, `title` of `.title`; nil for `.` and for a
    /// transform without an argument (`first()`), which name no value.
    private static func firstPart(of expression: Substring) -> String? {
        var inner = expression
        if let open = inner.lastIndex(of: "(") {
            inner = inner[inner.index(after: open)...]
            if let close = inner.firstIndex(of: ")") { inner = inner[..<close] }
        }
        // A leading `.` (`{{.title}}`) looks in the innermost value only, which is the top level
        // outside any section.
        let first = inner.trimmingBlanks.drop { $0 == "." }.prefix { $0 != "." }
        return first.isEmpty ? nil : String(first)
    }
}
