import Foundation
@testable import GuideQRCode
import XCTest

/// The codes are read back by a decoder nobody here wrote: zbar (Debian's `zbar-tools`), from
/// the SVG rendered by librsvg (`librsvg2-bin`), the same way a browser draws it.
final class QRCodeDecodingTests: XCTestCase {
    static let urls = [
        "https://guide.test/lv/",
        "https://celvedis.example.org/ru/courses/riga-municipality-a-b/",
        "https://guide.test/en/search/?q=uztur%C4%93%C5%A1an%C4%81s+at%C4%BCauja&lang=en#results",
        "https://guide.test/en/legal/" + String(repeating: "residence-permit-", count: 9) + "appeal-0123456789a/",
    ]

    func testEveryCodeDecodesToItsURL() throws {
        XCTAssertEqual(Self.urls[3].utf8.count, 200, "one URL as long as the longest a page may have")
        guard let zbarimg = Self.executable("zbarimg") else {
            throw XCTSkip("zbarimg is missing: install Debian's zbar-tools (script/install-dependencies test)")
        }
        let rsvgConvert = try XCTUnwrap(Self.executable("rsvg-convert"), "rsvg-convert (Debian's librsvg2-bin) renders the SVG")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qr-decode-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (number, url) in Self.urls.enumerated() {
            let svg = folder.appendingPathComponent("\(number).svg"), png = folder.appendingPathComponent("\(number).png")
            let code = try QRCode(encoding: url)
            try Data(code.svg(label: "Page", size: "3cm").utf8).write(to: svg)
            // Six pixels a module, about what a phone camera sees of a 3 cm code at arm's length.
            let width = String(6 * (code.modulesPerSide + 2 * QRCode.quietZone))
            let render = try runProcess(rsvgConvert, ["--width", width, "--height", width, "--output", png.path, svg.path])
            XCTAssertEqual(render.status, 0, render.stderr)
            let decoded = try runProcess(zbarimg, ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", png.path])
            XCTAssertEqual(decoded.status, 0, "zbarimg found no code for \(url): \(decoded.stderr)")
            XCTAssertEqual(decoded.stdout, url + "\n", "version \(code.version)")
        }
    }

    private static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").lazy.map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
