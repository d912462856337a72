/// A phone number as editors write it; `dialable` is what a `tel:` link needs.
public struct Phone: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case general, hotline, consultations, information
    }

    public var number: String
    public var kind: Kind

    /// Digits and the leading `+` only, because phones dial `tel:` URIs literally.
    public var dialable: String {
        String(number.unicodeScalars.filter { $0 == "+" || ("0"..."9").contains($0) }.map(Character.init))
    }
}

/// Opening hours for a set of weekdays, shaped like schema.org's OpeningHoursSpecification.
public struct OpeningHours: Hashable, Sendable {
    public enum Day: String, CaseIterable, Sendable {
        case mo, tu, we, th, fr, sa, su

        /// schema.org's day names, used in JSON-LD.
        public var schemaName: String {
            ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][Day.allCases.firstIndex(of: self)!]
        }
    }

    public var days: [Day]
    public var opens: String
    public var closes: String
}

public struct Location: Hashable, Sendable {
    public var address: String
    public var latitude: Double?
    public var longitude: Double?
    public var neighbourhood: String?
    public var hours: [OpeningHours]

    public var hasCoordinates: Bool { latitude != nil && longitude != nil }
}

/// What using a course or service costs and who pays for it.
public struct Cost: Hashable, Sendable {
    public enum Payer: String, CaseIterable, Sendable {
        case state, municipality, eu, learner, employer, ngo
    }

    public var isFree: Bool
    public var amountEUR: Double?
    public var paidBy: Payer?
}
