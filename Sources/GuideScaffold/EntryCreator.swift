import Foundation
import GuideContent
import GuideModel
import GuideSite

/// `guide new <section> <slug>`: checks the arguments, reads the site's languages and writes the
/// new entry's folder from an `EntryScaffold`.
///
/// It never overwrites: the folder is created with one `mkdir`, which fails when anything is
/// already there, so even two editors running it at once cannot replace each other's work.
public struct EntryCreator {
    /// The folder holding `content/`.
    public let sourceRoot: URL

    public init(sourceRoot: URL) {
        self.sourceRoot = sourceRoot.standardizedFileURL
    }

    /// Creates `content/<section>/<slug>/` with its files and returns what was written.
    public func create(section name: String, slug: String) throws(ScaffoldError) -> EntryScaffold {
        guard let section = Section(rawValue: name) else { throw .unknownSection(name) }
        guard Slug.isValid(slug) else { throw .invalidSlug(slug) }

        // The build's own front half, so `new` and `build` agree on the languages. Only problems
        // with site.yaml stop it: an editor adds entries to content that has errors elsewhere.
        let loaded = SiteLoader(sourceRoot: sourceRoot).load()
        let siteErrors = (loaded.loadDiagnostics + loaded.validationDiagnostics)
            .filter { $0.isError && ["content", "content/site.yaml"].contains($0.location.path) }.sorted()
        // With errors, language codes may be empty or unsafe as file names; refuse rather than guess.
        guard let configuration = loaded.site?.configuration, siteErrors.isEmpty else { throw .invalidSiteConfiguration(siteErrors) }

        let organizations = loaded.content.entries
            .filter { $0.sectionFolder == Section.organizations.rawValue && Slug.isValid($0.slug) }
            .map(\.slug)
        let scaffold = EntryScaffold(id: EntryID(section: section, slug: slug), configuration: configuration,
                                     organizations: organizations)
        try write(scaffold)
        return scaffold
    }

    private func write(_ scaffold: EntryScaffold) throws(ScaffoldError) {
        let folder = sourceRoot.appendingPathComponent(scaffold.folder)
        let sectionFolder = folder.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: sectionFolder, withIntermediateDirectories: true)
        } catch {
            throw .writeFailed(path: "content/\(scaffold.id.section.rawValue)", reason: error.localizedDescription)
        }
        guard mkdir(folder.path, 0o755) == 0 else {
            let code = errno
            if code == EEXIST { throw .entryExists(path: scaffold.folder) }
            throw .writeFailed(path: scaffold.folder, reason: String(cString: strerror(code)))
        }
        for file in scaffold.files {
            do {
                try Data(file.text.utf8).write(to: sourceRoot.appendingPathComponent(file.path), options: .withoutOverwriting)
            } catch {
                // The folder is new and holds only what was just written, so removing it is safe
                // and leaves no half entry for the build to complain about.
                try? FileManager.default.removeItem(at: folder)
                throw .writeFailed(path: file.path, reason: error.localizedDescription)
            }
        }
    }
}
