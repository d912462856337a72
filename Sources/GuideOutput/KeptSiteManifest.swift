import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the kept tree beside the output holds, and what the published site holds, file by file:
/// size, modification time and a fingerprint of the bytes. The next build compares its pages'
/// fingerprints with these instead of reading the old files back.
///
/// It is a hint, never trusted alone: a kept file is reused only if the tree walk finds it with
/// the size and modification time written here, and a published file is linked only if the link
/// shows them too. A build killed halfway, an editor's or a deploy step's change, or a copied
/// folder all leave files whose times differ, and those are written again.
struct KeptSiteManifest {
    struct Entry: Equatable {
        var stamp: FileStamp
        var hash: UInt64
    }

    /// The file's name in the kept tree; it is removed before that tree is published.
    static let fileName = ".guide-manifest"
    private static let header = "guide kept-site manifest 1"

    /// The kept tree's files, valid while that folder is the one with `keptFolder`'s inode.
    var kept: [String: Entry] = [:]
    /// The published site's files, valid while the output folder has `publishedFolder`'s inode.
    var published: [String: Entry] = [:]

    /// Reads the manifest in `keptPath`, keeping only the halves whose folders are still the
    /// ones it was written for; an unreadable or unfinished file is an empty manifest.
    static func read(keptPath: String, outputPath: String) -> KeptSiteManifest {
        var manifest = KeptSiteManifest()
        guard let data = FileManager.default.contents(atPath: keptPath + "/" + fileName) else { return manifest }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 4, lines[0] == header, lines[lines.count - 2] == "end" else { return manifest }
        var section: WritableKeyPath<KeptSiteManifest, [String: Entry]>?
        for line in lines.dropFirst().dropLast(2) {
            if line.hasPrefix("tree ") {
                let fields = line.split(separator: " ")
                guard fields.count == 3, let inode = UInt64(fields[2]) else { return KeptSiteManifest() }
                switch fields[1] {
                case "kept": section = inode == folderInode(keptPath) ? \.kept : nil
                case "published": section = inode == folderInode(outputPath) ? \.published : nil
                default: return KeptSiteManifest()
                }
                continue
            }
            guard let section else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 4, let size = Int(fields[1]), let modified = Int64(fields[2]), let hash = UInt64(fields[3], radix: 16) else {
                return KeptSiteManifest()
            }
            manifest[keyPath: section][String(fields[0])] = Entry(stamp: FileStamp(size: size, modified: modified), hash: hash)
        }
        return manifest
    }

    /// Writes the manifest into `keptPath` in one rename, so a build killed while writing it
    /// leaves the old one or none.
    func write(keptPath: String, outputPath: String) throws {
        var text = Self.header + "\n"
        for (name, entries, folder) in [("kept", kept, keptPath), ("published", published, outputPath)] {
            guard let inode = Self.folderInode(folder) else { continue }
            text += "tree \(name) \(inode)\n"
            for path in entries.keys.sorted() {
                let entry = entries[path]!
                text += "\(path)\t\(entry.stamp.size)\t\(entry.stamp.modified)\t\(String(entry.hash, radix: 16))\n"
            }
        }
        text += "end\n"
        let temporary = keptPath + "/" + Self.fileName + ".new"
        var bytes = text
        try bytes.withUTF8 { try StagingFolder.writeFile(UnsafeRawBufferPointer($0), at: temporary) }
        guard rename(temporary, keptPath + "/" + Self.fileName) == 0 else {
            unlink(temporary)
            throw OutputError(message: "cannot write \(keptPath)/\(Self.fileName): \(String(cString: strerror(errno)))")
        }
    }

    static func folderInode(_ path: String) -> UInt64? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return UInt64(info.st_ino)
    }
}

/// A file's size and modification time in nanoseconds, as `stat` reports them.
struct FileStamp: Equatable {
    var size: Int
    var modified: Int64

    init(size: Int, modified: Int64) {
        self.size = size
        self.modified = modified
    }

    init(_ info: stat) {
        size = Int(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }
}
