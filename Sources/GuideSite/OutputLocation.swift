import Foundation
import GuideModel

/// Whether a folder may be the build's output. A build replaces the whole output folder, and the
/// next build deletes the folder it replaced, so an output that is the source, lies inside
/// `content/` or `themes/`, holds the source, or holds files of another kind would take them with
/// it; an output that names a file would delete that file.
enum OutputLocation {
    static func problem(output: URL, sourceRoot: URL) -> Diagnostic? {
        let out = resolved(output), source = resolved(sourceRoot)
        func error(_ message: String, hint: String) -> Diagnostic {
            .error(at: SourceLocation(path: output.path), message, hint: hint)
        }
        let elsewhere = "Choose a folder of its own, such as \(source.appendingPathComponent("Output").path) (the default)."
        if contains(out, source) {
            return error(out == source ? "the output folder is the source folder, which the build would replace"
                                       : "the output folder holds the source folder, which the build would replace with the site",
                         hint: elsewhere)
        }
        for kept in ["content", "themes"] where contains(source.appendingPathComponent(kept), out) {
            return error("the output folder is inside \(kept)/, whose files the build would replace with the site", hint: elsewhere)
        }
        var isFolder: ObjCBool = false
        var ancestor = out
        while ancestor.path != "/" {
            if FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isFolder), !isFolder.boolValue {
                return error(ancestor == out ? "the output is a file, which the build would replace with a folder and then delete"
                                             : "the output folder would be inside \(ancestor.path), which is a file",
                             hint: elsewhere)
            }
            ancestor.deleteLastPathComponent()
        }
        let foreign = foreignNames(in: out)
        if !foreign.isEmpty {
            return error("the output folder holds files the guide does not write (\(foreign.prefix(5).joined(separator: ", "))\(foreign.count > 5 ? ", …" : "")), which the build would replace and the next build delete",
                         hint: "Move them elsewhere, or choose an empty folder or one that `guide build` wrote.")
        }
        return nil
    }

    /// Names at the top of an existing folder that no build writes (a `docs/`, or a deploy
    /// tool's `.git`, would have gone with the replaced site); language folders are told by
    /// their shape (`lv`, `pt-br`), since site.yaml is not read yet.
    private static func foreignNames(in folder: URL) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { name in
            let plain = name.hasSuffix(".gz") ? String(name.dropLast(3)) : name.hasSuffix(".br") ? String(name.dropLast(3)) : name
            return !SiteURLs.buildFiles.contains(plain) && !SiteURLs.buildFolders.contains(plain) && !isLanguageFolder(name)
        }.sorted()
    }

    private static func isLanguageFolder(_ name: String) -> Bool {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return false }
        return parts.dropFirst().allSatisfy { !$0.isEmpty && $0.count <= 8 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    /// The path with the symbolic links of its existing part resolved, so that a link to the
    /// source folder is seen as the source folder.
    private static func resolved(_ url: URL) -> URL {
        var existing = url.standardizedFileURL, rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            rest.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        return rest.reduce(existing.resolvingSymlinksInPath()) { $0.appendingPathComponent($1) }
    }

    /// Whether `inner` is `outer` or inside it.
    private static func contains(_ outer: URL, _ inner: URL) -> Bool {
        let a = outer.standardizedFileURL.pathComponents, b = inner.standardizedFileURL.pathComponents
        return b.count >= a.count && Array(b.prefix(a.count)) == a
    }
}
