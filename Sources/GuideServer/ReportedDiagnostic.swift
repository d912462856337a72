import GuideModel

/// A diagnostic as the browser receives it: flat JSON the overlay script can show as
/// `path:line:column`, message and hint without knowing the pipeline's types.
struct ReportedDiagnostic: Encodable, Sendable {
    var path: String
    var line: Int
    var column: Int
    var severity: Diagnostic.Severity
    var message: String
    var hint: String?

    init(_ diagnostic: Diagnostic) {
        path = diagnostic.location.path
        line = diagnostic.location.line
        column = diagnostic.location.column
        severity = diagnostic.severity
        message = diagnostic.message
        hint = diagnostic.hint
    }
}
