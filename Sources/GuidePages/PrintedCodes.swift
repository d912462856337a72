import Foundation
import GuideModel
import GuideQRCode
import GuideSupport

extension PageComposer {
    /// The QR code of a page's absolute address as an `<img>` of class `qr`, for paper: a reader
    /// scans it with a phone camera instead of typing the address. The stylesheet sizes it by
    /// where it stands (a page's own code, a handout's, a handout item's), so a theme changes a
    /// printed size without recompiling. Nil only if the address cannot be encoded (it never is
    /// that long).
    func printedCode(for path: String, label: String) -> String? {
        let address = urls.absolute(path)
        return PrintedCodeCache.shared.image(for: address)?.tag(label: label.fillingPlaceholder("url", with: address), cssClass: "qr")
    }
}

/// Encoded codes by address, as their images. An entry's code is printed on its own page and on
/// the handout of every town it serves, and libqrencode's choice of mask, most of a code's cost,
/// is the same work each time; an address always gives the same code, so one encoding serves
/// every build of a `guide serve` session too.
final class PrintedCodeCache: @unchecked Sendable {
    static let shared = PrintedCodeCache()

    private var images: [String: QRImage] = [:]
    private let lock = NSLock()

    func image(for address: String) -> QRImage? {
        if let image = lock.withLock({ images[address] }) { return image }
        guard let image = try? QRCode(encoding: address).image else { return nil }
        lock.withLock { images[address] = image }
        return image
    }
}
