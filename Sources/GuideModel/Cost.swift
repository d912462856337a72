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
}
