import Foundation

extension Encodable {
    /// Compact JSON with sorted keys, so the same value always reads the same; compact also
    /// means one line, as a server-sent event's data line must be.
    var encodedJSON: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // The values encoded here are plain strings, numbers and lists, which cannot fail.
        return String(decoding: (try? encoder.encode(self)) ?? Data("null".utf8), as: UTF8.self)
    }
}
