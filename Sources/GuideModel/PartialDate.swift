/// A date as precise as its source gives it: a year (`2022`), a month (`2022-09`) or a day
/// (`2022-09-15`). Sources often say only "2018–2021"; padding that to a day would state more
/// than anyone knows, and a reader would be told a course ended on a day it may not have.
public struct PartialDate: Hashable, Sendable, CustomStringConvertible {
    public enum Precision: Sendable, Hashable { case year, month, day }

    public var year: Int
    public var month: Int?
    public var day: Int?

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
              parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
              let year = Int(parts[0]), (1900...2999).contains(year) else { return nil }
        self.year = year
        if parts.count > 1 {
            guard let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            self.month = month
        }
        if parts.count > 2 {
            guard let day = Int(parts[2]), CalendarDate(year: year, month: month!, day: day) != nil else { return nil }
            self.day = day
        }
    }

    public init(_ date: CalendarDate) {
        year = date.year
        month = date.month
        day = date.day
    }

    public var precision: Precision {
        day != nil ? .day : month != nil ? .month : .year
    }

    /// The earliest day the date can mean: a course that "starts in 2027" may start on 1 January.
    public var firstDay: CalendarDate {
        CalendarDate(year: year, month: month ?? 1, day: day ?? 1)!
    }

    /// The latest day the date can mean: a course that "ran until 2022" is over only once 2022 is.
    public var lastDay: CalendarDate {
        let month = self.month ?? 12
        return CalendarDate(year: year, month: month, day: day ?? CalendarDate.daysIn(month: month, year: year))!
    }

    public var description: String {
        let text = CalendarDate(year: year, month: month ?? 1, day: day ?? 1)!.description
        switch precision {
        case .year: return String(text.prefix(4))
        case .month: return String(text.prefix(7))
        case .day: return text
        }
    }
}
