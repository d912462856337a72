import CQREncode
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A QR code as its grid of modules, encoded by libqrencode.
///
/// The error-correction level is M (about 15% of the code may be lost). The codes go on paper
/// at a size the page fixes, so every step up in level means more, smaller modules in the same
/// square: Q would make our URLs one or two versions larger, and small modules are what
/// photocopies blur and cheap phone cameras miss in a dim room. M still survives a fold or a
/// pen mark across the code.
package struct QRCode: Hashable, Sendable {
    /// The white margin readers need around the code, in modules, as the standard requires.
    package static let quietZone = 4

    /// The symbol version, 1 to 40: libqrencode picks the smallest that holds the text.
    package let version: Int
    /// Modules along one side, without the quiet zone.
    package let modulesPerSide: Int
    /// Row by row, `true` for a dark module.
    private let modules: [Bool]

    /// Encodes `text`'s UTF-8 bytes in 8-bit mode, which holds any URL as it is written; the
    /// alphanumeric mode would need upper case, which changes a URL's path.
    package init(encoding text: String) throws(QRCodeError) {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { throw .empty }
        guard let byteCount = Int32(exactly: bytes.count) else { throw .tooLong(byteCount: bytes.count) }
        errno = 0
        guard let code = QRcode_encodeData(byteCount, bytes, 0, QR_ECLEVEL_M) else {
            throw errno == ERANGE ? .tooLong(byteCount: bytes.count) : .encoderFailed(errno: errno)
        }
        defer { QRcode_free(code) }
        let side = Int(code.pointee.width)
        version = Int(code.pointee.version)
        modulesPerSide = side
        // Only the lowest bit says dark or light; the others describe the module's role.
        modules = UnsafeBufferPointer(start: code.pointee.data, count: side * side).map { $0 & 1 == 1 }
    }

    /// Whether the module at `row` and `column` (from the top left, quiet zone excluded) is dark.
    package func isDark(row: Int, column: Int) -> Bool {
        modules[row * modulesPerSide + column]
    }
}
