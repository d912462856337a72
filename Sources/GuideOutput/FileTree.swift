import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files of a built site, walked with `readdir` and `fstatat`: `guide check --published` lists
/// a whole output folder and a build the kept one beside it, and Foundation's enumerator cost more
/// than reading a small site's files.
package enum FileTree {
    package struct File: Sendable, Hashable {
        /// Relative to the walked folder, with `/` between names.
        package var path: String
        package var size: Int
    }

    /// Every regular file under `root`, by path in byte order, so lists made from it are the same
    /// on every machine. Dot-files are listed too (`.htaccess` is part of a site); links are not
    /// followed.
    package static func regularFiles(under root: String) throws -> [File] {
        var files: [File] = []
        try walk(under: root) { path, info in
            if info.st_mode & S_IFMT == S_IFREG { files.append(File(path: path, size: Int(info.st_size))) }
        }
        return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// Calls `visit` with every entry under `root` (relative path, its `lstat`), a folder before
    /// what it holds, in the order the file system lists them; links are not followed.
    package static func walk(under root: String, _ visit: (_ path: String, _ info: stat) throws -> Void) throws {
        func walk(_ relative: String) throws {
            let folderPath = relative.isEmpty ? root : root + "/" + relative
            guard let folder = opendir(folderPath) else {
                throw OutputError(message: "cannot read \(folderPath): \(String(cString: strerror(errno)))")
            }
            defer { closedir(folder) }
            let descriptor = dirfd(folder)
            while let entry = readdir(folder) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name == "." || name == ".." { continue }
                var info = stat()
                guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                try visit(path, info)
                if info.st_mode & S_IFMT == S_IFDIR { try walk(path) }
            }
        }
        try walk("")
    }
}
