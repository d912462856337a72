import Foundation

extension CalendarDate {
    /// The day it is now in UTC: review ages are counted in whole days, and UTC makes the
    /// answer the same on an editor's laptop and on CI, whatever their time zones.
    public static func today() -> CalendarDate {
        // A system clock is always inside the years CalendarDate accepts (1900–2999).
        day(at: Date())!
    }

    /// The day of `instant` in UTC; nil outside the years 1900–2999 (a `SOURCE_DATE_EPOCH` can
    /// name any second).
    public static func day(at instant: Date) -> CalendarDate? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The same day `months` later; the month's last day when it is shorter (31 January plus one
    /// month is the end of February). Nil past the year 2999.
    public func adding(months: Int) -> CalendarDate? {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12, newMonth = index % 12 + 1
        guard (1900...2999).contains(newYear) else { return nil }
        return CalendarDate(year: newYear, month: newMonth, day: min(day, Self.daysIn(month: newMonth, year: newYear)))
    }
}

extension CalendarDate {
    /// Days since 1 March of year 0 in the proleptic Gregorian calendar: counting from March puts
    /// the leap day last, which keeps the arithmetic to whole-number divisions.
    private var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year, m = month <= 2 ? month + 9 : month - 3
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day - 1
    }

    private init?(dayNumber: Int) {
        var y = (10_000 * dayNumber + 14_780) / 3_652_425
        var remainder = dayNumber - (365 * y + y / 4 - y / 100 + y / 400)
        if remainder < 0 {
            y -= 1
            remainder = dayNumber - (365 * y + y / 4 - y / 100 + y / 400)
        }
        let m = (100 * remainder + 52) / 3_060
        let month = m < 10 ? m + 3 : m - 9
        self.init(year: y + (month <= 2 ? 1 : 0), month: month, day: remainder - (m * 306 + 5) / 10 + 1)
    }

    /// The day `days` later (or earlier, when negative); nil outside the years 1900–2999.
    public func adding(days: Int) -> CalendarDate? {
        CalendarDate(dayNumber: dayNumber + days)
    }

    /// Days from `self` to `later`, negative when `later` is earlier.
    public func days(until later: CalendarDate) -> Int {
        later.dayNumber - dayNumber
    }
}
