import GuideModel
import GuideSupport
import GuideQRCode

extension PageComposer {
    /// The QR code of a page's absolute address as inline SVG, for paper: a reader scans it with
    /// a phone camera instead of typing the address. Nil only if the address cannot be encoded
    /// (it never is that long).
    func printedCode(for path: String, label: String, size: String) -> String? {
        let address = urls.absolute(path)
        return (try? QRCode(encoding: address))?.svg(label: label.fillingPlaceholder("url", with: address), size: size, cssClass: "qr")
    }
}
