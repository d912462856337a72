/// What swift-mustache accepts but a build cannot survive, found when the theme loads: sections
/// nested past any real template's depth (the library parses them recursively, and 5,000 levels
/// overflowed the stack), a partial or parent that includes itself (it renders until the stack
/// runs out), and a partial or parent the theme does not have (the library renders it as
/// nothing: without `base.mustache` every page came out empty, and the build said it succeeded).
enum TemplateStructure {
    /// Far past the default theme's deepest nesting (5), and far below what overflowed.
    static let deepestNesting = 100

    struct Problem: Equatable {
        let template: String
        let line: Int
        let message: String
        let hint: String
    }

    /// The first place where sections nest deeper than `deepestNesting`, if any.
    static func nestingProblem(in text: String, template: String) -> Problem? {
        var depth = 0
        var problem: Problem?
        _ = MustacheTags.forEach(in: text) { tag, open in
            switch tag.first {
            case "#", "^", "$", "<": depth += 1
            case "/": depth -= 1
            default: break
            }
            guard depth > deepestNesting else { return true }
            problem = Problem(template: template, line: line(of: open, in: text),
                              message: "sections are nested more than \(deepestNesting) deep",
                              hint: "Close each {{#section}} with its {{/section}} before opening the next, or split the template into partials.")
            return false
        }
        return problem
    }

    /// Partials and parents the theme does not have, and templates that include themselves,
    /// directly or through others, sorted by template and line.
    static func includeProblems(in templates: [String: String]) -> [Problem] {
        var includes: [String: [(name: String, line: Int)]] = [:]
        for (template, text) in templates {
            var found: [(String, Int)] = []
            _ = MustacheTags.forEach(in: text) { tag, open in
                guard tag.first == ">" || tag.first == "<" else { return true }
                let name = tag.dropFirst().trimmingBlanks
                // `{{>*name}}` names its partial by a value: which one is only known per page.
                if !name.isEmpty, name.first != "*" { found.append((String(name), line(of: open, in: text))) }
                return true
            }
            includes[template] = found
        }
        var problems: [Problem] = []
        for (template, list) in includes {
            for include in list where templates[include.name] == nil {
                problems.append(Problem(template: template, line: include.line,
                                        message: "`\(include.name)` is not a template of the theme",
                                        hint: "Add templates/\(include.name).mustache, or correct the name."))
            }
            if let path = path(from: template, backTo: template, includes: includes) {
                let first = list.first { $0.name == path[1] }
                problems.append(Problem(template: template, line: first?.line ?? 1,
                                        message: "the template includes itself: \(path.joined(separator: " → "))",
                                        hint: "A partial or parent must not lead back to the template that includes it; it would render without end."))
            }
        }
        return problems.sorted { ($0.template, $0.line, $0.message) < ($1.template, $1.line, $1.message) }
    }

    /// The shortest chain of includes from `start` back to `target`, both ends named.
    private static func path(from start: String, backTo target: String, includes: [String: [(name: String, line: Int)]]) -> [String]? {
        var previous: [String: String] = [:]
        var queue = [start], index = 0
        while index < queue.count {
            let current = queue[index]
            index += 1
            for include in includes[current] ?? [] {
                if include.name == target {
                    var chain = [target, current]
                    while let before = previous[chain[chain.count - 1]] { chain.append(before) }
                    return chain.reversed()
                }
                if previous[include.name] == nil, include.name != start {
                    previous[include.name] = current
                    queue.append(include.name)
                }
            }
        }
        return nil
    }

    private static func line(of index: String.Index, in text: String) -> Int {
        text.utf8[..<index].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }
}

private extension Substring {
    var trimmingBlanks: Substring {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !blank($0) }), let last = lastIndex(where: { !blank($0) }) else { return self[endIndex...] }
        return self[first...last]
    }
}
