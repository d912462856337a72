import GuideModel

/// A diagnostic together with the check that found it, so a tool reading
/// `guide check --format json` can tell a stale fact from a broken link without parsing messages.
public struct CheckDiagnostic: Hashable, Sendable, Comparable {
    public enum Kind: String, Hashable, Sendable {
        /// What `guide build` reports while loading and validating the files.
        case content
        /// What `guide build` reports about the theme.
        case theme
        /// What `guide build` reports about Markdown: links to entries that do not exist, raw HTML,
        /// forbidden links.
        case markdown
        /// A link to a heading that the target's text, in the language the link is read in, lacks.
        case anchor
        /// A link from a text to an entry that has no text in the same language.
        case untranslatedLink = "untranslated-link"
        /// A translation made from an older version of its source text.
        case outdated
        /// A `translated_from` that names no text this translation could follow.
        case translatedFrom = "translated-from"
        /// Facts not checked against their source for longer than site.yaml allows.
        case stale
        /// An entry that ended after its facts were last checked: the ending is the build's
        /// inference from `runs.until`, and a reviewer should confirm it.
        case endedSinceReview = "ended-since-review"
        /// Registration that closes within `TimeFactsChecker.closingSoonDays` days.
        case registrationClosing = "registration-closing"
        /// A text that names a span of years for an entry with no time facts.
        case undated
        /// A page of the last published build that is gone, with no alias leading to its successor.
        case movedWithoutAlias = "moved-without-alias"
        /// `--published`: a link in a page to a file the folder does not hold.
        case brokenLink = "broken-link"
        /// `--published`: a file a page, script or stylesheet loads, missing from the folder.
        case missingAsset = "missing-asset"
        /// `--published`: a file nothing leads to.
        case unreachable
        /// `--published`: a page heavier, with its stylesheet, than `WeightBudget.entryPageBytes`.
        case weight
        /// `--published`: markup a strict content policy blocks (inline handler, script or style,
        /// `javascript:` URL).
        case policy
    }

    public var kind: Kind
    public var diagnostic: Diagnostic

    public init(_ kind: Kind, _ diagnostic: Diagnostic) {
        self.kind = kind
        self.diagnostic = diagnostic
    }

    /// By place, then by every other field: two findings are only ever equal when they are the
    /// same, so the report's order never depends on the order they were found in.
    public static func < (lhs: CheckDiagnostic, rhs: CheckDiagnostic) -> Bool {
        let left = lhs.diagnostic, right = rhs.diagnostic
        if left.location != right.location { return left.location < right.location }
        return (left.severity.rawValue, left.message, left.hint ?? "", lhs.kind.rawValue)
            < (right.severity.rawValue, right.message, right.hint ?? "", rhs.kind.rawValue)
    }
}
