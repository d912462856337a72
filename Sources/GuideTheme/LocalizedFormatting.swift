import Foundation
import GuideModel
import GuideSupport

/// Dates, day ranges, money and language names in the reader's language, from the UI strings.
package struct LocalizedFormatting {
    let strings: UIStrings

    package init(strings: UIStrings) {
        self.strings = strings
    }

    /// `date_format` holds `{day}`, `{month}` (two digits), `{month_name}` and `{year}`, so each
    /// language writes dates its own way ("26.11.2026.", "26 ноября 2026 г.", "26 November 2026").
    package func date(_ date: CalendarDate) -> String {
        let month = date.month < 10 ? "0\(date.month)" : "\(date.month)"
        return strings["date_format"].fillingPlaceholders([
            "day": String(date.day), "month_name": strings["months.m\(date.month)"], "month": month, "year": String(date.year),
        ])
    }

    /// A date as precise as it is known: "2022", "September 2022" (`month_format`), or a day.
    package func date(_ date: PartialDate) -> String {
        switch date.precision {
        case .year: String(date.year)
        case .month: monthFilled(strings["month_format"], date)
        case .day: self.date(date.firstDay)
        }
    }

    /// The same with the preposition a sentence needs ("in 2022", "in September 2022", "on
    /// 15 September 2022"): languages put it, and the month's case, differently (`time.when`).
    package func when(_ date: PartialDate) -> String {
        switch date.precision {
        case .year: strings["time_when.year"].fillingPlaceholder("year", with: String(date.year))
        case .month: monthFilled(strings["time_when.month"], date)
        case .day: strings["time_when.day"].fillingPlaceholder("date", with: self.date(date.firstDay))
        }
    }

    private func monthFilled(_ pattern: String, _ date: PartialDate) -> String {
        let month = date.month ?? 1
        return pattern.fillingPlaceholders([
            "month_name": strings["months.m\(month)"], "month_in": strings["months_in.m\(month)"],
            "month": month < 10 ? "0\(month)" : "\(month)", "year": String(date.year),
        ])
    }

    /// Consecutive weekdays become a range ("Mon–Fri"), others a list.
    package func days(_ days: [OpeningHours.Day]) -> String {
        let indexes = days.compactMap { OpeningHours.Day.allCases.firstIndex(of: $0) }.sorted()
        let names = indexes.map { strings["days.\(OpeningHours.Day.allCases[$0].rawValue)"] }
        if indexes.count > 2, indexes.last! - indexes.first! == indexes.count - 1 {
            return "\(names.first!)–\(names.last!)"
        }
        return names.joined(separator: ", ")
    }

    package func languageNames(_ codes: [String]) -> String {
        codes.map { strings["language_names.\($0)"] == "language_names.\($0)" ? $0 : strings["language_names.\($0)"] }
            .joined(separator: ", ")
    }

    /// "A1, A2 · In person · Free", the line under a course in every list.
    package func courseSummary(_ course: CourseFacts) -> String {
        ([course.levels.map(\.rawValue).joined(separator: ", "), strings["mode.\(course.mode.rawValue)"]] + [course.cost.map(cost)].compactMap { $0 })
            .joined(separator: " · ")
    }

    package func cost(_ cost: Cost) -> String {
        var text: String
        if cost.isFree {
            text = strings["cost.free"]
        } else if let amount = cost.amountEUR {
            let whole = amount.rounded() == amount
            let number = whole ? String(Int(amount)) : String(format2(amount))
            text = strings["cost.amount"].fillingPlaceholder("amount", with: number)
        } else {
            text = strings["cost.paid"]
        }
        if let payer = cost.paidBy {
            text += " (" + strings["paid_by.\(payer.rawValue)"] + ")"
        }
        return text
    }

    /// Two decimals with the language's decimal separator, without Foundation's locale data,
    /// which differs between machines.
    private func format2(_ value: Double) -> String {
        let cents = Int((value * 100).rounded())
        let fraction = cents % 100
        return "\(cents / 100)\(strings["decimal_separator"] == "decimal_separator" ? "." : strings["decimal_separator"])\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
