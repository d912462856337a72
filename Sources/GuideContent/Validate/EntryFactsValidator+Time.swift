import GuideModel
import Yams

/// Time facts and eligibility: the fields that say whether a reader can still use an entry, and
/// who may.
extension EntryFactsValidator {
    func timeFacts(in reader: inout YAMLMappingReader, document: YAMLDocument) -> TimeFacts {
        var time = TimeFacts()
        var runs = YAMLMappingReader(reader.value("runs"), in: document, what: "`runs`")
        time.runsFrom = partialDate("from", in: &runs)
        time.runsUntil = partialDate("until", in: &runs)
        if let from = time.runsFrom, let until = time.runsUntil, until.lastDay < from.firstDay {
            runs.report(.error(at: runs.location(of: "until"), "`until` (\(until)) is before `from` (\(from))",
                               hint: "Swap the two dates, or correct the one that is wrong."))
        }
        for diagnostic in runs.finish() { reader.report(diagnostic) }

        var registration = YAMLMappingReader(reader.value("registration"), in: document, what: "`registration`")
        time.registrationOpens = partialDate("opens", in: &registration)
        time.registrationCloses = partialDate("closes", in: &registration)
        if let opens = time.registrationOpens, let closes = time.registrationCloses, closes.lastDay < opens.firstDay {
            registration.report(.error(at: registration.location(of: "closes"), "registration `closes` (\(closes)) before it `opens` (\(opens))",
                                       hint: "Swap the two dates, or correct the one that is wrong."))
        }
        if let until = time.runsUntil {
            for (field, date) in [("opens", time.registrationOpens), ("closes", time.registrationCloses)] {
                guard let date, until.lastDay < date.firstDay else { continue }
                registration.report(.error(at: registration.location(of: field),
                                           "registration `\(field)` (\(date)) is after the entry ends (`runs.until`: \(until))",
                                           hint: "Registration must fall within the run: correct the date, or `runs.until`."))
            }
        }
        for diagnostic in registration.finish() { reader.report(diagnostic) }

        time.status = reader.choice("status", as: TimeFacts.Status.self)
        if let text = reader.string("replaced_by") {
            if let id = EntryID(reference: text) {
                time.replacedBy = id
            } else {
                reader.report(.error(at: reader.location(of: "replaced_by"), "`\(text)` is not a reference to an entry",
                                     hint: "Write it as <section>/<slug>, e.g. organizations/sif or courses/riga-municipality-a-b."))
            }
        }
        return time
    }

    func eligible(in reader: inout YAMLMappingReader) -> [String] {
        let known = configuration.eligibility.map(\.key)
        return reader.strings("eligible").filter { key in
            guard known.contains(key) else {
                let hint = known.isEmpty
                    ? "List the statuses in site.yaml under `eligibility` first, with their names in every language."
                    : "Use a key from `eligibility` in site.yaml (\(known.joined(separator: ", "))), or add it there."
                reader.report(.error(at: reader.location(of: "eligible"), "unknown status `\(key)` in `eligible`", hint: hint))
                return false
            }
            return true
        }
    }

    private func partialDate(_ field: String, in reader: inout YAMLMappingReader) -> PartialDate? {
        guard let node = reader.value(field), let raw = reader.text(node, field: field) else { return nil }
        guard let date = PartialDate(iso: raw) else {
            reader.report(.error(at: reader.document.location(of: node), "`\(field)` is not a date: `\(raw)`",
                                 hint: "Write YYYY-MM-DD, or YYYY-MM or YYYY when the source gives only a month or a year."))
            return nil
        }
        return date
    }
}
