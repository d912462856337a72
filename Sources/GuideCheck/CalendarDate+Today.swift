import Foundation
import GuideModel

extension CalendarDate {
    /// The day it is now in UTC: review ages are counted in whole days, and UTC makes the
    /// answer the same on an editor's laptop and on CI, whatever their time zones.
    public static func today(at instant: Date = Date()) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        // A system clock is always inside the years CalendarDate accepts (1900–2999).
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// The same day `months` later; the month's last day when it is shorter (31 January plus one
    /// month is the end of February). Nil past the year 2999.
    func adding(months: Int) -> CalendarDate? {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12, newMonth = index % 12 + 1
        guard (1900...2999).contains(newYear) else { return nil }
        return CalendarDate(year: newYear, month: newMonth, day: min(day, Self.daysIn(month: newMonth, year: newYear)))
    }
}
