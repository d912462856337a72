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
        guard let data = FileManager.default.contents(atPath: keptPath + "/" + fileName) else { return KeptSiteManifest() }
        return data.withUnsafeBytes { bytes in
            parse(Array(bytes.bindMemory(to: UInt8.self)), keptPath: keptPath, outputPath: outputPath) ?? KeptSiteManifest()
        }
    }

    /// Over bytes: split into lines and fields as Strings, the manifest of a 30,000-page site
    /// took 0.6 s to read, on one core before the first page was rendered.
    private static func parse(_ bytes: [UInt8], keptPath: String, outputPath: String) -> KeptSiteManifest? {
        var lines: [Range<Int>] = []
        var lineStart = 0
        for (position, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            lines.append(lineStart..<position)
            lineStart = position + 1
        }
        lines.append(lineStart..<bytes.count)
        guard lines.count >= 4, bytes[lines[0]].elementsEqual(header.utf8), bytes[lines[lines.count - 2]].elementsEqual("end".utf8) else {
            return nil
        }
        var manifest = KeptSiteManifest()
        var section: WritableKeyPath<KeptSiteManifest, [String: Entry]>?
        for line in lines.dropFirst().dropLast(2) {
            let isTree = bytes[line].starts(with: "tree ".utf8)
            let fields = bytes[line].split(separator: UInt8(ascii: isTree ? " " : "\t"), omittingEmptySubsequences: false)
            if isTree {
                guard fields.count == 3, let inode = number(fields[2], radix: 10) else { return nil }
                switch String(decoding: fields[1], as: UTF8.self) {
                case "kept": section = inode == folderInode(keptPath) ? \.kept : nil
                case "published": section = inode == folderInode(outputPath) ? \.published : nil
                default: return nil
                }
                continue
            }
            guard let section else { continue }
            guard fields.count == 4, let size = number(fields[1], radix: 10).flatMap(Int.init(exactly:)),
                  let modified = signedNumber(fields[2]), let hash = number(fields[3], radix: 16) else { return nil }
            manifest[keyPath: section][String(decoding: fields[0], as: UTF8.self)] = Entry(stamp: FileStamp(size: size, modified: modified), hash: hash)
        }
        return manifest
    }

    /// Digits in `radix` (10 or 16, lower case as written), nil for anything else or an overflow.
    private static func number(_ digits: ArraySlice<UInt8>, radix: UInt64) -> UInt64? {
        guard !digits.isEmpty else { return nil }
        var value: UInt64 = 0
        for byte in digits {
            let digit: UInt64
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: digit = UInt64(byte - UInt8(ascii: "a") + 10)
            default: return nil
            }
            let (shifted, overflowed) = value.multipliedReportingOverflow(by: radix)
            let (sum, carried) = shifted.addingReportingOverflow(digit)
            guard !overflowed, !carried else { return nil }
            value = sum
        }
        return value
    }

    /// A modification time, which `stat` can report before 1970.
    private static func signedNumber(_ digits: ArraySlice<UInt8>) -> Int64? {
        if digits.first == UInt8(ascii: "-") {
            return number(digits.dropFirst(), radix: 10).flatMap { $0 <= UInt64(Int64.max) ? -Int64($0) : nil }
        }
        return number(digits, radix: 10).flatMap(Int64.init(exactly:))
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
        // The manifest's own stamp is not needed: it describes the trees, not itself.
        _ = try bytes.withUTF8 { try StagingFolder.writeFile(UnsafeRawBufferPointer($0), at: temporary) }
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
