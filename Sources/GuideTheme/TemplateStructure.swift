import Foundation

/// What swift-mustache accepts but a build cannot survive, or survives only by publishing broken
/// pages, found when the theme loads. Each of these was seen:
/// - sections nested past any real template's depth, within a template or through its partials
///   (the library parses and renders them recursively, and 5,000 levels overflowed the stack);
/// - a partial or parent that leads back to its template (it renders until the stack runs out);
/// - a partial or parent the theme does not have, or a block a parent does not declare (the
///   library renders them as nothing: without `base.mustache` every page came out empty);
/// - `{{.}}` outside a section, which prints the page's values with the cache's markers in them,
///   different on every build;
/// - changed delimiters (`{{=<% %>=}}`) and partials named by a value (`{{>*name}}`), behind
///   which none of the above can be checked.
enum TemplateStructure {
    /// Far past the default theme's deepest nesting (5), and far below what overflowed.
    static let deepestNesting = 100

    struct Problem: Equatable {
        let template: String
        let line: Int
        let message: String
        let hint: String
    }

    /// A tag as the checks read it.
    private struct Tag {
        enum Kind { case section, block, parent, partial, end, value, other }
        let kind: Kind
        let name: String
        let line: Int
    }

    /// The first problem one template's text has on its own, if any: a tag the checks cannot
    /// follow, `{{.}}` outside a section, or sections nested deeper than `deepestNesting`.
    static func ownProblem(in text: String, template: String) -> Problem? {
        var enclosing: [Bool] = []  // true for a section, false for a block or a parent call
        var opened: [(name: Substring, line: Int)] = []
        var lastOpen: String.Index?
        var problem: Problem?
        func fail(_ line: Int, _ message: String, _ hint: String) {
            problem = Problem(template: template, line: line, message: message, hint: hint)
        }
        let closed = MustacheTags.forEach(in: text) { raw, open in
            lastOpen = open
            let line = line(of: open, in: text)
            if raw.first == ">" || raw.first == "<", raw.dropFirst().trimmingBlanks.first == "*" {
                fail(line, "a partial or parent is named by a value", "Name the partial itself, e.g. {{>entry-fact}}; which one a value names cannot be checked.")
                return false
            }
            switch raw.first {
            case "=":
                fail(line, "the template changes its delimiters", "Write every tag with {{ and }}; the guide checks templates by those.")
                return false
            case "#", "^":
                enclosing.append(true)
                opened.append((raw.dropFirst().trimmingBlanks, line))
            case "$", "<":
                enclosing.append(false)
                opened.append((raw.dropFirst().trimmingBlanks, line))
            case "/":
                _ = enclosing.popLast()
                let name = raw.dropFirst().trimmingBlanks
                guard let last = opened.popLast() else {
                    fail(line, "`{{/\(name)}}` closes nothing", "Remove it, or open the section before it with {{#\(name)}}.")
                    return false
                }
                guard last.name == name else {
                    fail(line, "`{{/\(name)}}` closes `\(last.name)`, opened on line \(last.line)", "Close sections in the reverse order they were opened: {{#a}}{{#b}}…{{/b}}{{/a}}.")
                    return false
                }
            case "!", "%":
                break
            default:
                let name = raw.drop { $0 == "{" || $0 == "&" }.trimmingBlanks
                if !enclosing.contains(true), name.isEmpty || name == "." {
                    fail(line, "`{{.}}` outside a section names the whole page", "Name a value, e.g. {{title}}; inside {{#list}}…{{/list}}, {{.}} is the item.")
                    return false
                }
            }
            guard enclosing.count > deepestNesting else { return true }
            fail(line, "sections are nested more than \(deepestNesting) deep",
                 "Close each {{#section}} with its {{/section}} before opening the next, or split the template into partials.")
            return false
        }
        if problem == nil, !closed {
            // The tag that is not closed is the first `{{` after the last one that was.
            let from = lastOpen.map { text.utf8.index(after: $0) } ?? text.startIndex
            let unclosed = text[from...].range(of: "{{")?.lowerBound ?? from
            fail(line(of: unclosed, in: text), "a tag here is not closed", "End it with }} (or }}} after {{{), or remove the stray {{.")
        } else if problem == nil, let last = opened.last {
            fail(last.line, "`\(last.name)`, opened here, is never closed", "Add {{/\(last.name)}} where the section ends.")
        }
        return problem
    }

    /// Partials and parents the theme does not have, blocks a parent does not declare,
    /// templates that lead back to themselves, and nesting past `deepestNesting` through
    /// partials, sorted by template and line. Templates with an `ownProblem` are not read.
    static func includeProblems(in templates: [String: String]) -> [Problem] {
        var tags: [String: [(tag: Tag, depth: Int, parent: String?)]] = [:]
        for (template, text) in templates { tags[template] = read(text) }
        var problems: [Problem] = []
        var cyclic: Set<String> = []
        for (template, list) in tags {
            for item in list where (item.tag.kind == .partial || item.tag.kind == .parent) && templates[item.tag.name] == nil {
                problems.append(Problem(template: template, line: item.tag.line, message: "`\(item.tag.name)` is not a template of the theme",
                                        hint: "Add templates/\(item.tag.name).mustache, or correct the name."))
            }
            if let path = path(from: template, backTo: template, tags: tags) {
                cyclic.insert(template)
                let first = list.first { $0.tag.name == path[1] && ($0.tag.kind == .partial || $0.tag.kind == .parent) }
                problems.append(Problem(template: template, line: first?.tag.line ?? 1,
                                        message: "the template includes itself: \(path.joined(separator: " → "))",
                                        hint: "A partial or parent must not lead back to the template that includes it; it would render without end."))
            }
            for item in list where item.tag.kind == .block {
                guard let parent = item.parent, templates[parent] != nil else { continue }
                let declared = blocks(of: parent, tags: tags)
                if !declared.contains(item.tag.name) {
                    problems.append(Problem(template: template, line: item.tag.line,
                                            message: "`\(item.tag.name)` is not a block of `\(parent)`",
                                            hint: "Use a block `\(parent)` declares (\(declared.sorted().map { "{{$\($0)}}" }.joined(separator: ", "))), or declare this one there."))
                }
            }
        }
        if cyclic.isEmpty {
            var depths: [String: Int] = [:]
            for template in tags.keys.sorted() {
                guard let (depth, line) = deepest(template, tags: tags, memo: &depths), depth > deepestNesting else { continue }
                problems.append(Problem(template: template, line: line, message: "sections are nested more than \(deepestNesting) deep through its partials",
                                        hint: "Fewer levels of sections in the partials this template includes, or fewer partials inside sections."))
            }
        }
        return problems.sorted { ($0.template, $0.line, $0.message) < ($1.template, $1.line, $1.message) }
    }

    /// Each tag with the sections and blocks open around it, and for a block, the parent whose
    /// call it stands in (`{{<base}}{{$content}}…`).
    private static func read(_ text: String) -> [(tag: Tag, depth: Int, parent: String?)] {
        var result: [(Tag, Int, String?)] = []
        var open: [Tag] = []
        _ = MustacheTags.forEach(in: text) { raw, position in
            let line = line(of: position, in: text), body = raw.dropFirst().trimmingBlanks
            let tag: Tag
            switch raw.first {
            case "#", "^": tag = Tag(kind: .section, name: String(body), line: line)
            case "$": tag = Tag(kind: .block, name: String(body), line: line)
            case "<": tag = Tag(kind: .parent, name: String(body), line: line)
            case ">": tag = Tag(kind: .partial, name: String(body), line: line)
            case "/": tag = Tag(kind: .end, name: String(body), line: line)
            case "!", "%": tag = Tag(kind: .other, name: "", line: line)
            default: tag = Tag(kind: .value, name: String(raw.trimmingBlanks), line: line)
            }
            let parent = tag.kind == .block ? open.last.flatMap { $0.kind == .parent ? $0.name : nil } : nil
            result.append((tag, open.count, parent))
            switch tag.kind {
            case .section, .block, .parent: open.append(tag)
            case .end: if !open.isEmpty { open.removeLast() }
            default: break
            }
            return true
        }
        return result
    }

    /// The blocks a parent declares, with those of its own parents.
    private static func blocks(of template: String, tags: [String: [(tag: Tag, depth: Int, parent: String?)]]) -> Set<String> {
        var names: Set<String> = [], seen: Set<String> = [], pending = [template]
        while let next = pending.popLast() {
            guard seen.insert(next).inserted else { continue }
            for item in tags[next] ?? [] {
                if item.tag.kind == .block { names.insert(item.tag.name) }
                if item.tag.kind == .parent { pending.append(item.tag.name) }
            }
        }
        return names
    }

    /// The deepest nesting a template reaches with its partials and parents, and the line of the
    /// tag where it does; only for include graphs without cycles.
    private static func deepest(_ template: String, tags: [String: [(tag: Tag, depth: Int, parent: String?)]],
                                memo: inout [String: Int]) -> (Int, Int)? {
        guard let list = tags[template] else { return nil }
        var best = (0, 1)
        for item in list {
            var depth = item.depth + (item.tag.kind == .section || item.tag.kind == .block || item.tag.kind == .parent ? 1 : 0)
            if item.tag.kind == .partial || item.tag.kind == .parent, tags[item.tag.name] != nil {
                let inner: Int
                if let known = memo[item.tag.name] {
                    inner = known
                } else {
                    inner = deepest(item.tag.name, tags: tags, memo: &memo)?.0 ?? 0
                    memo[item.tag.name] = inner
                }
                depth = item.depth + inner
            }
            if depth > best.0 { best = (depth, item.tag.line) }
        }
        memo[template] = best.0
        return best
    }

    /// The shortest chain of includes from `start` back to `target`, both ends named.
    private static func path(from start: String, backTo target: String, tags: [String: [(tag: Tag, depth: Int, parent: String?)]]) -> [String]? {
        var previous: [String: String] = [:]
        var queue = [start], index = 0
        while index < queue.count {
            let current = queue[index]
            index += 1
            for item in tags[current] ?? [] where item.tag.kind == .partial || item.tag.kind == .parent {
                let name = item.tag.name
                if name == target {
                    var chain = [target, current]
                    while let before = previous[chain[chain.count - 1]] { chain.append(before) }
                    return chain.reversed()
                }
                if previous[name] == nil, name != start {
                    previous[name] = current
                    queue.append(name)
                }
            }
        }
        return nil
    }

    private static func line(of index: String.Index, in text: String) -> Int {
        text.utf8[..<index].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }
}
