import Foundation
import GuideModel
import GuideSupport
import Yams

/// Reads typed fields out of one YAML mapping, recording a diagnostic with the exact position of
/// every value that is missing, of the wrong type or not a known field.
///
/// Reading goes field by field instead of through `Codable` because `Codable` loses the
/// positions, and an editor needs the line to fix a value.
package struct YAMLMappingReader {
    let document: YAMLDocument
    let node: Node?
    private var pairs: [(key: String, keyNode: Node, value: Node)] = []
    private var consumed: Set<String> = []
    private(set) var diagnostics: [Diagnostic] = []

    /// - Parameter what: how an editor would name this mapping in a message ("the entry", "a location").
    package init(_ node: Node?, in document: YAMLDocument, what: String) {
        self.document = document
        self.node = node
        switch node {
        case .mapping(let mapping)?:
            var seen: Set<String> = []
            for (key, value) in mapping {
                guard let name = key.scalar?.string else {
                    diagnostics.append(.error(at: document.location(of: key), "a field name must be plain text",
                                              hint: "Write fields as `name: value`."))
                    continue
                }
                if !seen.insert(name).inserted {
                    diagnostics.append(.error(at: document.location(of: key), "the field `\(name)` is given twice",
                                              hint: "Keep one `\(name):` and delete the other."))
                    continue
                }
                pairs.append((name, key, value))
            }
        case nil:
            break
        default:
            diagnostics.append(.error(at: document.location(of: node), "\(what) must be a list of `field: value` lines",
                                      hint: "Write one field a line, like `source: https://…`."))
        }
    }

    var isEmpty: Bool { pairs.isEmpty }
    var location: SourceLocation { document.location(of: node) }

    package func location(of field: String) -> SourceLocation {
        pairs.first { $0.key == field }.map { document.location(of: $0.value) } ?? location
    }

    mutating func value(_ field: String) -> Node? {
        consumed.insert(field)
        return pairs.first { $0.key == field }?.value
    }

    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    mutating func missing(_ field: String, hint: String) {
        diagnostics.append(.error(at: location, "the required field `\(field)` is missing", hint: hint))
    }

    // MARK: Scalars

    mutating func string(_ field: String, required: Bool = false, hint: String = "") -> String? {
        guard let node = value(field) else {
            if required { missing(field, hint: hint.isEmpty ? "Add `\(field): …`." : hint) }
            return nil
        }
        return text(node, field: field, emptyHint: required && !hint.isEmpty ? hint : nil)
    }

    /// Text from a scalar node. Numbers and dates count as text too (YAML would read a postal code
    /// or a year as a number), but lists and mappings do not.
    /// - Parameter emptyHint: what to write, for a required field left empty (deleting the line
    ///   would only trade this error for a "missing field" one).
    mutating func text(_ node: Node, field: String, emptyHint: String? = nil) -> String? {
        guard let scalar = node.scalar else {
            report(.error(at: document.location(of: node), "`\(field)` must be a single value, not a list or a group of fields",
                          hint: "Write it on one line after `\(field):`."))
            return nil
        }
        let text = scalar.string.trimmingWhitespace
        if text.isEmpty || (scalar.style == .plain && ["~", "null"].contains(text)) {
            report(.error(at: document.location(of: node), "`\(field)` is empty", hint: emptyHint ?? "Write a value, or delete the line."))
            return nil
        }
        if let control = text.unicodeScalars.first(where: BidiOverride.contains) {
            report(BidiOverride.diagnostic(control, at: document.location(of: node), field: field))
            return nil
        }
        return text
    }

    mutating func integer(_ field: String, in range: ClosedRange<Int>) -> Int? {
        guard let node = value(field), let raw = text(node, field: field) else { return nil }
        guard let number = Int(raw), range.contains(number) else {
            report(.error(at: document.location(of: node), "`\(field)` must be a whole number from \(range.lowerBound) to \(range.upperBound), not `\(raw)`",
                          hint: "Write the number in digits, without a unit, e.g. `\(field): \(range.lowerBound)`."))
            return nil
        }
        return number
    }

    /// A scalar field's node and text, for the readers that parse the text further; a required
    /// field that is absent is reported with `hint`.
    private mutating func scalar(_ field: String, required: Bool, hint: @autoclosure () -> String) -> (node: Node, raw: String)? {
        guard let node = value(field) else {
            if required { missing(field, hint: hint()) }
            return nil
        }
        return text(node, field: field).map { (node, $0) }
    }

    mutating func boolean(_ field: String, required: Bool = false) -> Bool? {
        guard let (node, raw) = scalar(field, required: required, hint: "Add `\(field): true` or `\(field): false`.") else { return nil }
        switch raw {
        case "true": return true
        case "false": return false
        default:
            report(.error(at: document.location(of: node), "`\(field)` must be `true` or `false`, not `\(raw)`",
                          hint: "Write `\(field): true` or `\(field): false`, without quotes."))
            return nil
        }
    }

    mutating func number(_ field: String, in range: ClosedRange<Double>, required: Bool = false, hint: String = "") -> Double? {
        let hint = hint.isEmpty ? "Write a number in digits, with a dot before decimals, from \(range.lowerBound.formatted) to \(range.upperBound.formatted)." : hint
        guard let (node, raw) = scalar(field, required: required, hint: hint) else { return nil }
        guard let number = Double(raw), number.isFinite else {
            report(.error(at: document.location(of: node), "`\(field)` must be a number, not `\(raw)`", hint: hint))
            return nil
        }
        guard range.contains(number) else {
            report(.error(at: document.location(of: node), "`\(field)` is \(raw), outside \(range.lowerBound.formatted)…\(range.upperBound.formatted)", hint: hint))
            return nil
        }
        return number
    }

    mutating func date(_ field: String, required: Bool = false) -> CalendarDate? {
        guard let (node, raw) = scalar(field, required: required,
                                       hint: "Add `\(field): YYYY-MM-DD`, the day you last checked the facts.") else { return nil }
        guard let date = CalendarDate(iso: raw) else {
            report(.error(at: document.location(of: node), "`\(field)` is not a real date: `\(raw)`",
                          hint: "Write the date as YYYY-MM-DD, for example 2026-03-31."))
            return nil
        }
        return date
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ field: String, as type: T.Type, required: Bool = false) -> T?
    where T.RawValue == String {
        guard let node = value(field) else {
            if required { missing(field, hint: "Add `\(field):` with one of: \(T.allCases.map(\.rawValue).joined(separator: ", ")).") }
            return nil
        }
        return choice(node, field: field, as: type)
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ node: Node, field: String, as type: T.Type) -> T?
    where T.RawValue == String {
        guard let raw = text(node, field: field) else { return nil }
        guard let value = T(rawValue: raw) else {
            report(.error(at: document.location(of: node), "`\(raw)` is not a valid `\(field)`",
                          hint: "Use one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))."))
            return nil
        }
        return value
    }

    // MARK: Lists

    /// The items of a list field; a single value is accepted as a list of one, as editors often
    /// write `languages: lv`.
    mutating func items(_ field: String, required: Bool = false, hint: String = "") -> [Node] {
        guard let node = value(field) else {
            if required { missing(field, hint: hint.isEmpty ? "Add `\(field): [ … ]`." : hint) }
            return []
        }
        switch node {
        case .sequence(let sequence):
            if required && sequence.isEmpty {
                report(.error(at: document.location(of: node), "`\(field)` must not be empty", hint: hint))
            }
            return Array(sequence)
        case .scalar: return [node]
        default:
            report(.error(at: document.location(of: node), "`\(field)` must be a list", hint: "Write `\(field): [first, second]`."))
            return []
        }
    }

    mutating func strings(_ field: String, required: Bool = false) -> [String] {
        items(field, required: required).compactMap { text($0, field: field) }
    }

    mutating func choices<T: RawRepresentable & CaseIterable>(_ field: String, as type: T.Type, required: Bool = false) -> [T]
    where T.RawValue == String {
        let hint = "Use a list of: \(T.allCases.map(\.rawValue).joined(separator: ", "))."
        return items(field, required: required, hint: hint).compactMap { choice($0, field: field, as: type) }
    }

    /// Reports every field that was never asked for: a typo (`reveiwed`) must not silently drop a fact.
    mutating func finish(known: [String] = []) -> [Diagnostic] {
        for pair in pairs where !consumed.contains(pair.key) {
            let allowed = (Array(consumed) + known).sorted()
            let suggestion = allowed.min { editDistance(pair.key, $0) < editDistance(pair.key, $1) }
            var hint = "Known fields here: \(allowed.joined(separator: ", "))."
            if let suggestion, editDistance(pair.key, suggestion) <= 2 { hint = "Did you mean `\(suggestion)`? " + hint }
            diagnostics.append(.error(at: document.location(of: pair.keyNode), "unknown field `\(pair.key)`", hint: hint))
        }
        return diagnostics
    }
}

private extension Double {
    /// `100000` rather than `100000.0`, as an editor writes it.
    var formatted: String { self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self) }
}
