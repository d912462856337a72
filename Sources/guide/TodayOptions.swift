import ArgumentParser
import Foundation
import GuideModel

/// The day a command works for: which entries have ended, which registrations are open, how old
/// a review is. Declared once so `build`, `check` and `serve` take it the same way.
///
/// It is an input, like the content: a CI pipeline that rebuilds daily gets a site that follows
/// the calendar, and a rebuild with the same content and the same day is byte-identical.
struct TodayOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The day to build for, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today in UTC).",
                                            valueName: "date"))
    var today: String?

    func validate() throws {
        _ = try day(environment: ProcessInfo.processInfo.environment)
    }

    var day: CalendarDate {
        // `validate()` has already refused what would throw here.
        (try? day(environment: ProcessInfo.processInfo.environment)) ?? .today()
    }

    /// `--today`, else `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds
    /// convention), else the clock.
    func day(environment: [String: String]) throws -> CalendarDate {
        if let today {
            guard let date = CalendarDate(iso: today) else {
                throw ValidationError("--today must be a date written YYYY-MM-DD, not `\(today)`.")
            }
            return date
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int(epoch.trimmingCharacters(in: .whitespaces)), seconds >= 0,
                  let day = CalendarDate.day(at: Date(timeIntervalSince1970: TimeInterval(seconds))) else {
                throw ValidationError("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, before the year 3000, not `\(epoch)`.")
            }
            return day
        }
        return .today()
    }
}
