/// Everything `guide check` found, as a value: formatting (text for editors, JSON for tools) is
/// separate, so both print the same findings.
public struct CheckReport: Hashable, Sendable {
    /// Sorted by file, line and column, as an editor works through them.
    public var diagnostics: [CheckDiagnostic]
    /// The site's languages in the order of site.yaml: the columns of the coverage matrix. Empty
    /// when site.yaml could not be read.
    public var languages: [String]
    /// One row per entry, sorted by reference (`courses/x` before `legal/y`).
    public var coverage: [TranslationCoverage]
    /// The current version of every language file, sorted by path; `hashes` in the JSON.
    public var versions: [TextVersion]

    public init(diagnostics: [CheckDiagnostic], languages: [String], coverage: [TranslationCoverage], versions: [TextVersion]) {
        self.diagnostics = Array(Set(diagnostics)).sorted()
        self.languages = languages
        self.coverage = coverage.sorted { $0.entry.description < $1.entry.description }
        self.versions = versions.sorted { $0.path < $1.path }
    }

    public var errorCount: Int { diagnostics.map(\.diagnostic).errorCount }
    public var warningCount: Int { diagnostics.map(\.diagnostic).warningCount }
    /// Errors make `guide check` exit with 1, as they would fail `guide build`.
    public var hasErrors: Bool { errorCount > 0 }

    /// How many translations have each status, over the whole matrix.
    public func count(of status: TranslationCoverage.Status) -> Int {
        coverage.reduce(0) { total, row in total + row.statuses.values.filter { $0 == status }.count }
    }
}
