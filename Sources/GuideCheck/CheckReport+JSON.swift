import Foundation

extension CheckReport {
    /// The report for tools, as docs/check.md describes it: keys sorted and every array in a fixed
    /// order, so two runs over the same content print the same bytes and reports can be diffed.
    public var json: String {
        get throws {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(JSONReport(self)), as: UTF8.self) + "\n"
        }
    }
}

/// The JSON document, version 1. Adding a key keeps the version; renaming or removing one, or
/// changing what a value means, raises it.
private struct JSONReport: Encodable {
    struct Summary: Encodable {
        var errors: Int
        var warnings: Int
    }

    struct Finding: Encodable {
        var severity: String
        var path: String
        var line: Int
        var column: Int
        var message: String
        var hint: String?
        var kind: String

        enum CodingKeys: String, CodingKey {
            case severity, path, line, column, message, hint, kind
        }

        // Written out so a missing hint is `null` rather than an absent key: every object has the
        // same keys, which keeps tools that read the report simple.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(severity, forKey: .severity)
            try container.encode(path, forKey: .path)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(message, forKey: .message)
            try container.encode(hint, forKey: .hint)
            try container.encode(kind, forKey: .kind)
        }
    }

    struct Row: Encodable {
        var entry: String
        var languages: [String: String]
    }

    struct Version: Encodable {
        var path: String
        var hash: String
    }

    var version = 1
    var summary: Summary
    var diagnostics: [Finding]
    var coverage: [Row]
    var hashes: [Version]

    init(_ report: CheckReport) {
        summary = Summary(errors: report.errorCount, warnings: report.warningCount)
        diagnostics = report.diagnostics.map { item in
            let d = item.diagnostic
            return Finding(severity: d.severity.rawValue, path: d.location.path, line: d.location.line, column: d.location.column,
                           message: d.message, hint: d.hint, kind: item.kind.rawValue)
        }
        coverage = report.coverage.map { row in
            Row(entry: row.entry.description, languages: row.statuses.mapValues(\.rawValue))
        }
        hashes = report.versions.map { Version(path: $0.path, hash: $0.hash) }
    }
}
