/// One problem found in the content or theme, reported with where it is and what to do.
///
/// Every stage returns diagnostics as values instead of throwing, so one build reports all the
/// problems at once and an editor can fix them in a single pass.
public struct Diagnostic: Error, Hashable, Sendable, Comparable {
    public enum Severity: String, Sendable, Codable {
        case error
        case warning
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// What the editor can do about it, in plain words.
    public var hint: String?

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    public static func error(at location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint)
    }

    public static func warning(at location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint)
    }

    public var isError: Bool { severity == .error }

    /// `path:line:column: error: message`, the form compilers use, so editors and CI logs can
    /// jump to the place; the hint follows on its own indented line.
    public var formatted: String {
        let l = location
        var text = "\(l.path):\(l.line):\(l.column): \(severity.rawValue): \(message)"
        if let hint { text += "\n    hint: \(hint)" }
        return text
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        return (lhs.severity.rawValue, lhs.message) < (rhs.severity.rawValue, rhs.message)
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains(where: \.isError) }
    public var errorCount: Int { filter(\.isError).count }
    public var warningCount: Int { count - errorCount }
}
