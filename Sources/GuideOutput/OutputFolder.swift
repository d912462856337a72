import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where rendered pages go: a staging folder for a full build, or the folder `guide serve` is
/// serving when an edit changes a few pages.
package protocol OutputFolder: Sendable {
    var url: URL { get }
    func replace(_ text: String, at relativePath: String) throws
    /// Creates one folder whose parent exists; one that is already there is fine.
    func createDirectory(_ relativePath: String) throws
}

extension OutputFolder {
    /// Creates every folder named and their parents, parents first, once each; folders that are
    /// already there are fine.
    package func createFolders(_ relativePaths: Set<String>) throws {
        var all: Set<String> = []
        for path in relativePaths {
            var components = path.split(separator: "/")
            while !components.isEmpty {
                all.insert(components.joined(separator: "/"))
                components.removeLast()
            }
        }
        for path in all.sorted(by: { $0.count < $1.count || ($0.count == $1.count && $0 < $1) }) {
            try createDirectory(path)
        }
    }

    package func createDirectory(_ relativePath: String) throws {
        let full = url.path + "/" + relativePath
        if mkdir(full, 0o755) != 0 && errno != EEXIST {
            throw OutputError(message: "cannot create \(full): \(String(cString: strerror(errno)))")
        }
    }
}

/// The published folder itself, changed file by file after an edit. Each file is written beside
/// its old version and renamed over it, so a page requested meanwhile is the old or the new one,
/// never half of each.
package struct LiveOutputFolder: OutputFolder {
    package let url: URL

    package init(url: URL) {
        self.url = url
    }

    package func replace(_ text: String, at relativePath: String) throws {
        var text = text
        try text.withUTF8 { try replace(UnsafeRawBufferPointer($0), at: relativePath) }
    }

    package func replace(_ bytes: [UInt8], at relativePath: String) throws {
        try bytes.withUnsafeBytes { try replace($0, at: relativePath) }
    }

    private func replace(_ buffer: UnsafeRawBufferPointer, at relativePath: String) throws {
        guard OutputPath.isSafe(relativePath) else {
            throw OutputError(message: "refusing to write outside the output folder: \(relativePath)")
        }
        let full = url.path + "/" + relativePath
        let folder = OutputPath.folder(of: relativePath)
        if !folder.isEmpty { try createFolders([folder]) }
        let temporary = full + ".guide-new"
        try StagingFolder.writeFile(buffer, at: temporary)
        guard rename(temporary, full) == 0 else {
            unlink(temporary)
            throw OutputError(message: "cannot replace \(full): \(String(cString: strerror(errno)))")
        }
    }

    /// Renames a file or folder within the output folder.
    package func move(_ relativePath: String, to newPath: String) throws {
        guard OutputPath.isSafe(relativePath), OutputPath.isSafe(newPath) else {
            throw OutputError(message: "refusing to move outside the output folder: \(relativePath) → \(newPath)")
        }
        let from = url.path + "/" + relativePath, to = url.path + "/" + newPath
        guard rename(from, to) == 0 else {
            throw OutputError(message: "cannot rename \(from) to \(to): \(String(cString: strerror(errno)))")
        }
    }

    /// Removes a file that the site no longer has, and its folder once that is empty.
    package func remove(_ relativePath: String) {
        guard OutputPath.isSafe(relativePath) else { return }
        unlink(url.path + "/" + relativePath)
        let folder = OutputPath.folder(of: relativePath)
        if !folder.isEmpty { rmdir(url.path + "/" + folder) }
    }
}
