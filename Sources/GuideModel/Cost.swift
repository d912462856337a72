/// What using a course or service costs and who pays for it.
public struct Cost: Hashable, Sendable {
    public enum Payer: String, CaseIterable, Sendable {
        case state, municipality, eu, learner, employer, ngo
    }

    public var isFree: Bool
    public var amountEUR: Double?
    public var paidBy: Payer?

    package init(isFree: Bool, amountEUR: Double? = nil, paidBy: Payer? = nil) {
        self.isFree = isFree
        self.amountEUR = amountEUR
        self.paidBy = paidBy
    }

    /// The cost's value in the course filters, the search facets and the map's data: `free` or
    /// `paid`, the same word everywhere so a filter's link works on every page.
    public var filterValue: String { isFree ? "free" : "paid" }
}
