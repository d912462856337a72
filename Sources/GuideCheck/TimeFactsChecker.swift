import GuideContent
import GuideModel

/// What the calendar asks of the people keeping the guide: entries that ended since someone last
/// looked at them, registrations about to close, and entries whose text names years but whose
/// facts say nothing about time, so the build cannot tell whether they are over.
struct TimeFactsChecker {
    /// How far ahead a closing registration is reported: a month is enough to update the page or
    /// tell the readers.
    static let closingSoonDays = 30

    let today: CalendarDate
    /// The parsed `entry.yaml` of every entry, by entry folder, for the line of a field.
    let entryFiles: [String: YAMLDocument]
    /// The language files of every entry, by entry folder.
    let languageFiles: [String: [RawLanguageFile]]
    /// Texts are searched in this order and the first with a year span is reported.
    let languageOrder: [String]

    func diagnostics(for entries: [Entry]) -> [CheckDiagnostic] {
        entries.filter { $0.id.section != .pages }.flatMap { entry -> [CheckDiagnostic] in
            var found: [CheckDiagnostic] = []
            let time = entry.common.time
            let location = { (field: String) in
                entryFiles[entry.folder]?.location(ofField: field) ?? SourceLocation(path: entry.folder + "/entry.yaml")
            }
            if let until = time.runsUntil, let reviewed = entry.common.reviewed, reviewed <= until.lastDay, until.lastDay < today {
                found.append(CheckDiagnostic(.endedSinceReview, .warning(
                    at: location("runs"), "this entry ended \(until) by its `runs.until`, after its facts were last checked (\(reviewed))",
                    hint: "Confirm on the source that it has ended (or correct `runs.until`), add `replaced_by` if something replaces it, then set `reviewed: \(today)`.")))
            }
            if let closes = time.registrationCloses, today <= closes.lastDay,
               let soon = today.adding(days: Self.closingSoonDays), closes.lastDay <= soon {
                let days = today.days(until: closes.lastDay)
                found.append(CheckDiagnostic(.registrationClosing, .warning(
                    at: location("registration"), "registration closes on \(closes.lastDay), in \(days) day\(days == 1 ? "" : "s")",
                    hint: "Check the source for the next round, and update `registration` once it closes.")))
            }
            // Organisations tell their history in years ("projects in 2021–2022"); only a course
            // or a service is something a reader would act on after it ended.
            if time.isEmpty, entry.id.section != .organizations, let span = firstYearSpan(in: entry) {
                found.append(CheckDiagnostic(.undated, .warning(
                    at: span.location, "the text names the years \(span.text), but entry.yaml has no time facts",
                    hint: "If the entry runs for a period, add `runs: {from: …, until: …}` (YYYY, YYYY-MM or YYYY-MM-DD) from its source, so the guide can tell when it has ended.")))
            }
            return found
        }
    }

    /// "2018–2021", "2021-2022", "2012–13": a span of years, as texts about projects name them.
    /// Made per call: a `Regex` is not `Sendable`, so it cannot be a shared constant.
    private var yearSpan: Regex<Substring> { #/(?:19|20)\d\d ?[–—-] ?(?:(?:19|20)\d\d|\d\d)(?!\d)/# }

    private func firstYearSpan(in entry: Entry) -> (text: String, location: SourceLocation)? {
        let files = (languageFiles[entry.folder] ?? []).sorted {
            (languageOrder.firstIndex(of: $0.language) ?? .max) < (languageOrder.firstIndex(of: $1.language) ?? .max)
        }
        let yearSpan = yearSpan
        for file in files {
            for field in ["title", "summary"] {
                if let text = entry.translations[file.language].map({ field == "title" ? $0.title : $0.summary }),
                   let match = text.firstMatch(of: yearSpan) {
                    return (String(match.output), file.frontMatter.location(ofField: field))
                }
            }
            for (offset, line) in file.body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if let match = line.firstMatch(of: yearSpan) {
                    return (String(match.output), SourceLocation(path: file.path, line: file.bodyFirstLine + offset))
                }
            }
        }
        return nil
    }
}
