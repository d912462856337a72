import Foundation
import GuideModel
import GuideSupport

/// The load stage: scans `content/`, reads every file and parses YAML and front matter.
///
/// It knows the folder layout but not the schema; a file that cannot be read or parsed becomes a
/// diagnostic and the rest is still loaded, so one run reports every problem.
public struct ContentLoader: Sendable {
    public let sourceRoot: URL

    public init(sourceRoot: URL) {
        self.sourceRoot = sourceRoot
    }

    public func load() -> (LoadedContent, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let reader = SourceFileReader(root: sourceRoot)
        let contentURL = sourceRoot.appendingPathComponent("content")
        var content = LoadedContent(siteYAML: nil, entries: [])

        guard isDirectory(contentURL) else {
            diagnostics.append(.error(at: SourceLocation(path: "content"), "there is no content/ folder in \(sourceRoot.path)",
                                      hint: "Run the command in the guide's folder, or pass it with --source."))
            return (content, diagnostics)
        }

        let siteURL = contentURL.appendingPathComponent("site.yaml")
        switch reader.readText(siteURL) {
        case .success(let text):
            switch YAMLDocument.parse(text, path: reader.relativePath(siteURL), firstLine: 1) {
            case .success(let document): content.siteYAML = document
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        case .failure(let diagnostic):
            diagnostics.append(FileManager.default.fileExists(atPath: siteURL.path) ? diagnostic :
                .error(at: SourceLocation(path: "content/site.yaml"), "content/site.yaml is missing",
                       hint: "Create it with the languages and base URL of the guide (see \"Content format\" in README.md)."))
        }

        var folders: [(URL, String, String)] = []
        for name in sortedChildren(of: contentURL, reader: reader, diagnostics: &diagnostics) where name != "site.yaml" {
            let url = contentURL.appendingPathComponent(name)
            let location = SourceLocation(path: reader.relativePath(url))
            if name.hasPrefix(".") { continue }
            guard isDirectory(url), !isSymbolicLink(url) else {
                diagnostics.append(.warning(at: location, "this file is not part of the guide and is ignored",
                                            hint: "Content lives in the folders pages/, organizations/, courses/ and legal/."))
                continue
            }
            guard Section(rawValue: name) != nil else {
                diagnostics.append(.error(at: location, "unknown section folder `\(name)`",
                                          hint: "The sections are: \(Section.allCases.map(\.rawValue).joined(separator: ", ")). Rename or move the folder."))
                continue
            }
            for slug in sortedChildren(of: url, reader: reader, diagnostics: &diagnostics) where !slug.hasPrefix(".") {
                folders.append((url.appendingPathComponent(slug), name, slug))
            }
        }
        // Checking, reading and parsing are independent per entry folder and dominate loading, so
        // folders load on every core, with more threads than cores for when the files have to
        // come from the disk; results keep the sorted folder order.
        let candidates = folders
        let loaded = ParallelMap.map(count: candidates.count, threads: ParallelMap.diskBoundThreads) { index -> (RawEntry?, [Diagnostic]) in
            let (entryURL, section, slug) = candidates[index]
            let entryPath = entryURL.path
            let folder = reader.relativePath(entryURL)
            if isSymbolicLink(entryPath) {
                return (nil, [.error(at: SourceLocation(path: folder), "the entry folder is a symbolic link",
                                     hint: "Entry folders must be real folders inside content/.")])
            }
            guard isDirectory(entryPath) else {
                return (nil, [.warning(at: SourceLocation(path: folder), "a file directly in \(section)/ is ignored",
                                       hint: "Each entry is a folder: \(section)/<slug>/ with entry.yaml and lv.md, ru.md, en.md.")])
            }
            var entryDiagnostics: [Diagnostic] = []
            let entry = loadEntry(atPath: entryPath, folder: folder, section: section, slug: slug, reader: reader,
                                  diagnostics: &entryDiagnostics)
            return (entry, entryDiagnostics)
        }
        for (entry, entryDiagnostics) in loaded {
            if let entry { content.entries.append(entry) }
            diagnostics += entryDiagnostics
        }
        return (content, diagnostics)
    }

    /// `entryPath` is the folder's absolute path and `folder` the same relative to the source root;
    /// its files are named by joining, which keeps Foundation's `URL` out of the per-file work.
    private func loadEntry(atPath entryPath: String, folder: String, section: String, slug: String, reader: SourceFileReader,
                           diagnostics: inout [Diagnostic]) -> RawEntry {
        var entry = RawEntry(sectionFolder: section, slug: slug, folder: folder, entryYAML: nil, languageFiles: [])
        var fingerprint = FNV1aHasher()
        var facts = FNV1aHasher()
        for name in sortedChildren(ofPath: entryPath, folder: folder, diagnostics: &diagnostics) where !name.hasPrefix(".") {
            let filePath = entryPath + "/" + name
            let path = folder + "/" + name
            fingerprint.add(name)
            facts.add(name)
            if name == "entry.yaml" {
                let text = reader.readText(atPath: filePath, relativePath: path)
                if case .success(let contents) = text {
                    fingerprint.add(contents)
                    facts.add(contents)
                }
                switch text.flatMap({ YAMLDocument.parse($0, path: path, firstLine: 1) }) {
                case .success(let document): entry.entryYAML = document
                case .failure(let diagnostic):
                    diagnostics.append(diagnostic)
                    entry.unusableFiles.insert(name)
                }
            } else if name.hasSuffix(".md") {
                let language = String(name.dropLast(3))
                switch reader.readText(atPath: filePath, relativePath: path) {
                case .success(let text):
                    // The folder's hash takes each text's hash rather than the text, so every
                    // text is read through once.
                    var file = FNV1aHasher()
                    file.add(text)
                    fingerprint.add(file.value)
                    switch FrontMatterSplitter.split(text, path: path) {
                    case .success(let parts):
                        var frontMatter = FNV1aHasher()
                        frontMatter.add(parts.yaml)
                        switch YAMLDocument.parse(parts.yaml, path: path, firstLine: parts.yamlFirstLine) {
                        case .success(let document):
                            entry.languageFiles.append(RawLanguageFile(language: language, path: path, frontMatter: document,
                                                                       body: parts.body, bodyFirstLine: parts.bodyFirstLine,
                                                                       fingerprint: file.value, frontMatterFingerprint: frontMatter.value))
                        case .failure(let diagnostic):
                            diagnostics.append(diagnostic)
                            entry.unusableFiles.insert(name)
                        }
                    case .failure(let diagnostic):
                        diagnostics.append(diagnostic)
                        entry.unusableFiles.insert(name)
                    }
                case .failure(let diagnostic):
                    diagnostics.append(diagnostic)
                    entry.unusableFiles.insert(name)
                }
            } else {
                diagnostics.append(.warning(at: SourceLocation(path: path), "`\(name)` is not an entry file and is ignored",
                                            hint: "An entry folder holds entry.yaml and one <language>.md per language."))
            }
        }
        entry.fingerprint = fingerprint.value
        entry.factsFingerprint = facts.value
        return entry
    }

    /// Loads one entry folder again, for a rebuild after an editor saved a file in it; nil when
    /// the folder is gone or is no longer an entry folder.
    public func reloadEntry(folder: String) -> (RawEntry, [Diagnostic])? {
        let parts = folder.split(separator: "/")
        guard parts.count == 3, parts[0] == "content", Section(rawValue: String(parts[1])) != nil else { return nil }
        let url = sourceRoot.appendingPathComponent(folder)
        guard isDirectory(url), !isSymbolicLink(url) else { return nil }
        var diagnostics: [Diagnostic] = []
        let reader = SourceFileReader(root: sourceRoot)
        let entry = loadEntry(atPath: url.path, folder: reader.relativePath(url), section: String(parts[1]), slug: String(parts[2]),
                              reader: reader, diagnostics: &diagnostics)
        return (entry, diagnostics)
    }

    private func sortedChildren(of url: URL, reader: SourceFileReader, diagnostics: inout [Diagnostic]) -> [String] {
        sortedChildren(ofPath: url.path, folder: reader.relativePath(url), diagnostics: &diagnostics)
    }

    /// An unreadable folder is named: taken as empty, its entries were only "does not exist"
    /// wherever a text linked to them.
    private func sortedChildren(ofPath path: String, folder: String, diagnostics: inout [Diagnostic]) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            diagnostics.append(.error(at: SourceLocation(path: folder), "cannot read the folder",
                                      hint: "Check the folder's permissions: the user running the build must be able to open it."))
            return []
        }
        return names.sorted()
    }

    private func isDirectory(_ url: URL) -> Bool {
        isDirectory(url.path)
    }

    private func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    private func isSymbolicLink(_ url: URL) -> Bool {
        isSymbolicLink(url.path)
    }

    private func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }
}
