import GuideModel
import GuideSupport
import GuideTheme

/// Says in the reader's language where an entry stands in time on the build's day: the notice
/// on its page and the short badges on its cards. A newcomer sent to a course that ended years
/// ago stops trusting the guide, so an ended entry says so first, and what to use instead.
struct EntryTimePresenter {
    let site: ValidatedSite
    let strings: UIStrings
    let language: String

    private var format: LocalizedFormatting { LocalizedFormatting(strings: strings) }

    /// Short lines for a card: "Ended in 2022", "Registration open until 15 September 2026",
    /// "Not confirmed to be running now". Empty for an entry with nothing to say.
    func badges(for entry: Entry) -> [String] {
        let time = entry.common.time
        var badges: [String] = []
        switch time.phase(on: site.today) {
        case .ended(let until):
            return [strings["time.ended_short"].fillingPlaceholder("when", with: format.when(until))]
        case .upcoming(let starts):
            badges.append(strings["time.upcoming_short"].fillingPlaceholder("when", with: format.when(starts)))
        case .current:
            break
        }
        if let registration = registrationText(time) { badges.append(registration) }
        if let status = time.status { badges.append(strings["time.\(status.rawValue)"]) }
        return badges
    }

    /// The badges as one line, or nil (an empty text would still open a template's section).
    func badgeLine(for entry: Entry) -> String? {
        let badges = badges(for: entry)
        return badges.isEmpty ? nil : badges.joined(separator: " · ")
    }

    /// The notice at the top of the entry's page, or nil when there is nothing to say. Keys:
    /// `kind` (`ended`, `status`, `upcoming`), `text`, `note` (the editor's reason for a status),
    /// `replacement` (`href`, `title`), `current_list` (`href`, `label`).
    func notice(for entry: Entry, text: Translation) -> [String: Any]? {
        let time = entry.common.time
        var notice: [String: Any] = [:]
        var lines: [String] = []
        switch time.phase(on: site.today) {
        case .ended(let until):
            notice["kind"] = "ended"
            lines.append(strings["time_ended.\(entry.id.section.rawValue)"].fillingPlaceholder("when", with: format.when(until)))
            if let replacement = time.replacedBy.flatMap(site.entry) {
                notice["replacement"] = ["href": site.urls.entry(replacement.id, language),
                                         "title": site.chooser.title(of: replacement, in: language),
                                         "label": strings["time.replaced_by"]]
            }
            notice["current_list"] = ["href": site.urls.sectionIndex(entry.id.section, language), "label": strings["time.current_list"]]
        case .upcoming(let starts):
            notice["kind"] = "upcoming"
            lines.append(strings["time.upcoming"].fillingPlaceholder("when", with: format.when(starts)))
        case .current:
            break
        }
        if notice["kind"] as? String != "ended" {
            if let registration = registrationText(time) { lines.append(registration) }
            if let status = time.status {
                notice["kind"] = notice["kind"] ?? "status"
                lines.append(strings["time.\(status.rawValue)"])
                notice["note"] = text.statusNote
            } else if notice["kind"] == nil, !lines.isEmpty {
                notice["kind"] = "registration"
            }
        }
        guard notice["kind"] != nil else { return nil }
        notice["text"] = lines.map(Self.sentence).joined(separator: " ")
        return notice
    }

    /// A line ended with a full stop, unless it has one: a Latvian date at its end ends with the
    /// ordinal dot of its year ("23.01.2027."), which then also ends the sentence.
    static func sentence(_ line: String) -> String {
        line.hasSuffix(".") ? line : line + "."
    }

    /// The facts rows' "Runs" and "Registration dates" values, "2018 – 2021", "12 January 2026 –".
    func span(from start: PartialDate?, until end: PartialDate?) -> String? {
        guard start != nil || end != nil else { return nil }
        return [start.map(format.date) ?? "", end.map(format.date) ?? ""].joined(separator: " – ").trimmingWhitespace
    }

    private func registrationText(_ time: TimeFacts) -> String? {
        switch time.registration(on: site.today) {
        case .opens(let date)?: strings["time.registration_opens"].fillingPlaceholder("when", with: format.when(date))
        case .open(let closes)?: strings["time.registration_open_until"].fillingPlaceholder("date", with: format.date(closes))
        case .opened(let date)?: strings["time.registration_opened"].fillingPlaceholder("when", with: format.when(date))
        case .closed(let date)?: strings["time.registration_closed"].fillingPlaceholder("when", with: format.when(date))
        case nil: nil
        }
    }
}
