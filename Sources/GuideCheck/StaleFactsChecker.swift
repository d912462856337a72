import GuideContent
import GuideModel

/// Finds entries whose facts were last checked against their source longer ago than site.yaml's
/// `review` allows: phones, prices and registration dates change, and a newcomer acting on an old
/// fact loses a place on a course or misses a deadline.
struct StaleFactsChecker {
    let policy: SiteConfiguration.ReviewPolicy
    /// Passed in rather than read from the clock, so a check of the same content gives the same
    /// answer in tests and when reproducing a CI run.
    let today: CalendarDate
    /// The parsed `entry.yaml` of every entry, by entry folder, for the line of `reviewed`.
    let entryFiles: [String: YAMLDocument]

    func diagnostics(for entries: [Entry]) -> [CheckDiagnostic] {
        entries.compactMap { entry in
            guard let reviewed = entry.common.reviewed else { return nil }
            let severity: Diagnostic.Severity
            let months: Int
            if let limit = policy.errorAfterMonths, isOlder(reviewed, than: limit) {
                (severity, months) = (.error, limit)
            } else if isOlder(reviewed, than: policy.warnAfterMonths) {
                (severity, months) = (.warning, policy.warnAfterMonths)
            } else {
                return nil
            }
            let location = entryFiles[entry.folder]?.location(ofField: "reviewed")
                ?? SourceLocation(path: entry.folder + "/entry.yaml")
            let against = entry.common.source.map { " against \($0)" } ?? ""
            return CheckDiagnostic(.stale, Diagnostic(
                severity, at: location, "the facts were last checked on \(reviewed), more than \(months) months ago",
                hint: "Check every fact\(against), correct what has changed, then set `reviewed: \(today)`."))
        }
    }

    /// True once the whole period has passed: checked on 15 January, a 12-month limit is reached
    /// on the next 15 January and exceeded the day after.
    private func isOlder(_ reviewed: CalendarDate, than months: Int) -> Bool {
        guard let limit = reviewed.adding(months: months) else { return false }
        return limit < today
    }
}
