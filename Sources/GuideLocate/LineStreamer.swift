import Foundation

/// Reads a file a megabyte at a time and hands over its lines with their numbers, so a register
/// of 140 MB passes through a buffer of one chunk rather than being held in memory.
struct LineStreamer {
    static let chunkSize = 1 << 20

    let file: FileHandle

    /// Calls `body` with each line (without `\n` or `\r\n`) and its number, counted from 1; a
    /// last line without a line break counts too. The bytes are valid only during the call.
    func forEachLine(_ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws {
        var carried: [UInt8] = []
        var lineNumber = 0
        func deliver(_ line: UnsafeBufferPointer<UInt8>) throws {
            lineNumber += 1
            var line = line
            if line.last == UInt8(ascii: "\r") { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
            try body(line, lineNumber)
        }
        while let chunk = try file.read(upToCount: Self.chunkSize), !chunk.isEmpty {
            try chunk.withUnsafeBytes { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                var start = 0
                if !carried.isEmpty {
                    // The line that began in the previous chunk ends in this one (or later).
                    guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else {
                        carried.append(contentsOf: bytes)
                        start = bytes.count
                        return
                    }
                    carried.append(contentsOf: bytes[..<newline])
                    try carried.withUnsafeBufferPointer { try deliver($0) }
                    carried.removeAll(keepingCapacity: true)
                    start = newline + 1
                }
                while start < bytes.count {
                    guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else {
                        carried.append(contentsOf: bytes[start...])
                        break
                    }
                    try deliver(UnsafeBufferPointer(rebasing: bytes[start..<newline]))
                    start = newline + 1
                }
            }
        }
        if !carried.isEmpty {
            try carried.withUnsafeBufferPointer { try deliver($0) }
        }
    }
}
