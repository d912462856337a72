import Foundation
import GuideContent
import GuideModel
import GuideSupport

/// The version of the words in one language file: a short hash that a translator copies into
/// the front matter of a translation (`translated_from: lv:1a2b3c4d`), so `guide check` can tell
/// later that the source has changed since.
///
/// Only what a translator translates counts: the title, the summary, the other text fields and
/// the body. Keywords are left out (each language has its own search words), and so is
/// `translated_from` itself, so updating a mark never makes the file's own translations outdated.
/// Each value is compared in Unicode NFC, without trailing spaces and without blank lines at its
/// start and end, because re-saving a file in another editor must not change its version.
public struct TextVersion: Hashable, Sendable {
    /// How many hex digits `guide check` prints: short enough to copy, and a change that keeps
    /// the same eight digits is a one-in-four-billion accident.
    public static let printedLength = 8

    public var entry: EntryID
    public var language: String
    public var path: String
    /// All 16 hex digits of the FNV-1a fingerprint; a mark matches when it is a prefix of them,
    /// so a mark with more or fewer digits than printed (the validator allows 6 to 16) still works.
    private var fingerprint: String

    public init(of translation: Translation, in entry: EntryID) {
        self.entry = entry
        self.language = translation.language
        self.path = translation.path
        self.fingerprint = ContentHash.hex(Array(Self.translatedWords(of: translation).utf8), length: 16)
    }

    /// The hash as `guide check` prints it.
    public var hash: String { String(fingerprint.prefix(Self.printedLength)) }

    /// The value a translation of this text writes in `translated_from:`.
    public var mark: String { "\(language):\(hash)" }

    /// Whether a hash written in `translated_from` names this version.
    func isNamed(by writtenHash: String) -> Bool {
        fingerprint.hasPrefix(writtenHash.lowercased())
    }

    /// Every translated field under its name, so moving a sentence from the summary into the
    /// body still counts as a change.
    static func translatedWords(of translation: Translation) -> String {
        let fields: [(String, String?)] = [
            ("title", translation.title), ("summary", translation.summary),
            ("eligibility", translation.eligibility), ("registration", translation.registration),
            ("schedule", translation.schedule), ("cost_note", translation.costNote),
            ("hours_note", translation.hoursNote), ("body", translation.body),
        ]
        return fields.compactMap { name, value in value.map { "\(name)\u{1F}\(normalized($0))" } }
            .joined(separator: "\u{1E}")
    }

    static func normalized(_ text: String) -> String {
        var lines = text.precomposedStringWithCanonicalMapping
            .split(separator: "\n", omittingEmptySubsequences: false).map(\.trimmingTrailingSpaces)
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines.joined(separator: "\n")
    }
}
