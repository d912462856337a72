import GuideModel
import GuideSupport

/// Why `guide new` created nothing, in words for an editor, with what to do about it.
public enum ScaffoldError: Error, Hashable, Sendable {
    case unknownSection(String)
    case invalidSlug(String)
    /// Something (a folder or a file) is already at the new entry's path; it is never overwritten.
    case entryExists(path: String)
    /// The languages of the new entry come from site.yaml, so a site.yaml with errors stops here.
    case invalidSiteConfiguration([Diagnostic])
    case writeFailed(path: String, reason: String)

    /// Wrong arguments, as opposed to a problem on disk; the command exits with 2 for these.
    public var isUsageError: Bool {
        switch self {
        case .unknownSection, .invalidSlug: return true
        case .entryExists, .invalidSiteConfiguration, .writeFailed: return false
        }
    }

    public var message: String {
        switch self {
        case .unknownSection(let name):
            return "`\(name)` is not a section of the guide"
        case .invalidSlug(let slug):
            return "`\(slug)` cannot be the folder name of an entry"
        case .entryExists(let path):
            return "\(path) already exists"
        case .invalidSiteConfiguration:
            return "the languages of the guide could not be read from content/site.yaml"
        case .writeFailed(let path, let reason):
            return "could not write \(path): \(reason)"
        }
    }

    public var hint: String {
        switch self {
        case .unknownSection(let name):
            let sections = Section.allCases.map(\.rawValue)
            let closest = sections.min { editDistance(name, $0) < editDistance(name, $1) }
            let list = "The sections are: \(sections.joined(separator: ", "))."
            guard let closest, editDistance(name, closest) <= 3 else { return list }
            return "Did you mean `\(closest)`? " + list
        case .invalidSlug(let slug):
            let rule = "Use only a-z, 0-9 and - (but not - first or last), at most 80 characters: the name becomes the page's address"
            let suggestion = Slug.suggestion(from: slug)
            return Slug.isValid(suggestion) ? "\(rule), e.g. `\(suggestion)`." : "\(rule)."
        case .entryExists:
            return "Nothing was changed. To edit that entry, open its files; for a new entry, choose another folder name."
        case .invalidSiteConfiguration:
            return "Fix the problems listed above (they are in site.yaml or its folder), then run the command again."
        case .writeFailed:
            return "Check that the content folder is writable and the disk is not full. Nothing was left behind."
        }
    }

    /// The problems behind `invalidSiteConfiguration`, printed before the message.
    public var diagnostics: [Diagnostic] {
        if case .invalidSiteConfiguration(let diagnostics) = self { return diagnostics }
        return []
    }
}
