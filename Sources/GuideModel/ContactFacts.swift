/// A phone number as editors write it; `dialable` is what a `tel:` link needs.
public struct Phone: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case general, hotline, consultations, information
    }

    public var number: String
    public var kind: Kind

    package init(number: String, kind: Kind) {
        self.number = number
        self.kind = kind
    }

    /// Digits and the leading `+` only, because phones dial `tel:` URIs literally.
    public var dialable: String {
        String(number.unicodeScalars.filter { $0 == "+" || ("0"..."9").contains($0) }.map(Character.init))
    }

    /// The link that dials it, on every page that shows the number.
    public var telURI: String { "tel:" + dialable }
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

    package init(days: [Day], opens: String, closes: String) {
        self.days = days
        self.opens = opens
        self.closes = closes
    }
}

public struct Location: Hashable, Sendable {
    public var address: String
    public var latitude: Double?
    public var longitude: Double?
    /// A key of site.yaml's `municipalities`: the town or county the address register puts it in.
    public var municipality: String?
    /// A key of site.yaml's `neighbourhoods` (Riga's apkaimes).
    public var neighbourhood: String?
    public var hours: [OpeningHours]

    package init(address: String, latitude: Double? = nil, longitude: Double? = nil, municipality: String? = nil, neighbourhood: String? = nil,
                 hours: [OpeningHours]) {
        self.address = address
        self.latitude = latitude
        self.longitude = longitude
        self.municipality = municipality
        self.neighbourhood = neighbourhood
        self.hours = hours
    }

    public var hasCoordinates: Bool { latitude != nil && longitude != nil }
}
