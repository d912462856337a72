import Foundation
import GuideModel
import GuideQRCode
import GuideSupport

extension PageComposer {
    /// The QR code of a page's absolute address as inline SVG, for paper: a reader scans it with
    /// a phone camera instead of typing the address. Nil only if the address cannot be encoded
    /// (it never is that long).
    func printedCode(for path: String, label: String, size: String) -> String? {
        let address = urls.absolute(path)
        return PrintedCodeCache.shared.code(for: address)?.svg(label: label.fillingPlaceholder("url", with: address), size: size, cssClass: "qr")
    }
}

/// Encoded codes by address. An entry's code is printed on its own page and on the handout of
/// every town it serves, and libqrencode's choice of mask, most of a code's cost, is the same
/// work each time; an address always gives the same code, so one encoding serves every build of
/// a `guide serve` session too.
final class PrintedCodeCache: @unchecked Sendable {
    static let shared = PrintedCodeCache()

    private var codes: [String: QRCode] = [:]
    private let lock = NSLock()

    func code(for address: String) -> QRCode? {
        if let code = lock.withLock({ codes[address] }) { return code }
        guard let code = try? QRCode(encoding: address) else { return nil }
        lock.withLock { codes[address] = code }
        return code
    }
}
