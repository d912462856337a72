/// A municipality as the State Address Register names it. Jelgava the state city and Jelgava
/// county are two municipalities with two addresses of their own, so the kind is part of it.
public struct Municipality: Sendable, Hashable {
    public enum Kind: String, CaseIterable, Sendable {
        /// `valstspilsēta`: one of the state cities (Rīga, Jelgava, Liepāja, …).
        case stateCity = "valstspilseta"
        /// `novads`: a county.
        case county = "novads"
    }

    public var name: NamedKey
    public var kind: Kind

    package init(name: NamedKey, kind: Kind) {
        self.name = name
        self.kind = kind
    }

    public var key: String { name.key }
}
