/// When an entry runs and when one can sign up, as its sources state them, and what dates cannot
/// say. Whether an entry is current is asked of these facts with the build's "today", never of
/// the clock, so the same content and the same day give the same site.
public struct TimeFacts: Sendable, Hashable {
    /// What an editor knows that dates do not show.
    public enum Status: String, CaseIterable, Sendable {
        /// Stopped for now, with no end date: listed, with the reason.
        case suspended
        /// The sources do not say whether it still runs: listed, with the reason.
        case uncertain
    }

    /// Where the entry stands on a given day.
    public enum Phase: Sendable, Hashable {
        case upcoming(starts: PartialDate)
        case current
        case ended(PartialDate)
    }

    /// Where registration stands on a given day, for an entry that is not over.
    public enum RegistrationState: Sendable, Hashable {
        case opens(PartialDate)
        /// Open until a known day.
        case open(closes: PartialDate)
        /// Opened on a known day, with no known end: places often go on the first day, so the
        /// guide says when it opened rather than "open".
        case opened(PartialDate)
        case closed(PartialDate)
    }

    public var runsFrom: PartialDate?
    public var runsUntil: PartialDate?
    public var registrationOpens: PartialDate?
    public var registrationCloses: PartialDate?
    public var status: Status?
    public var replacedBy: EntryID?

    package init(runsFrom: PartialDate? = nil, runsUntil: PartialDate? = nil, registrationOpens: PartialDate? = nil,
                 registrationCloses: PartialDate? = nil, status: Status? = nil, replacedBy: EntryID? = nil) {
        self.runsFrom = runsFrom
        self.runsUntil = runsUntil
        self.registrationOpens = registrationOpens
        self.registrationCloses = registrationCloses
        self.status = status
        self.replacedBy = replacedBy
    }

    /// True when no time fact is given: the entry is taken to be current.
    public var isEmpty: Bool {
        self == TimeFacts()
    }

    public func phase(on today: CalendarDate) -> Phase {
        if let until = runsUntil, until.lastDay < today { return .ended(until) }
        if let from = runsFrom, today < from.firstDay { return .upcoming(starts: from) }
        return .current
    }

    public func hasEnded(on today: CalendarDate) -> Bool {
        if case .ended = phase(on: today) { return true }
        return false
    }

    /// Nil when no registration date is known or the entry is over.
    public func registration(on today: CalendarDate) -> RegistrationState? {
        guard registrationOpens != nil || registrationCloses != nil, !hasEnded(on: today) else { return nil }
        if let opens = registrationOpens, today < opens.firstDay { return .opens(opens) }
        if let closes = registrationCloses { return closes.lastDay < today ? .closed(closes) : .open(closes: closes) }
        return registrationOpens.map(RegistrationState.opened)
    }
}
