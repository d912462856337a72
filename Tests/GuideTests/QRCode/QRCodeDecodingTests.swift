import Foundation
@testable import GuideQRCode
import XCTest

/// The codes are read back by a decoder nobody here wrote: zbar (Debian's `zbar-tools`), from
/// the PNG as another decoder reads it. zbar finds no code at one pixel a module, so librsvg
/// (`librsvg2-bin`) draws the `<img>`'s data URI, as a page carries it, six times as large.
/// librsvg 2.54 smooths an enlarged image whatever its `image-rendering` says, and zbar missed
/// one of these codes in those grey ramps; a threshold at mid-grey puts each module's edges back
/// where the pixel's are, as a browser's `image-rendering: pixelated` draws them on paper.
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
        let rsvgConvert = try XCTUnwrap(Self.executable("rsvg-convert"), "rsvg-convert (Debian's librsvg2-bin) enlarges the PNG")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("qr-decode-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (number, url) in Self.urls.enumerated() {
            let svg = folder.appendingPathComponent("\(number).svg"), enlarged = folder.appendingPathComponent("\(number).png")
            let code = try QRCode(encoding: url)
            let tag = code.image.tag(label: "Page", cssClass: "qr")
            let source = try XCTUnwrap(tag.firstMatch(of: /src="(data:image\/png;base64,[^"]+)"/), tag).1
            let side = code.modulesPerSide + 2 * QRCode.quietZone
            try Data(("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(side)\" height=\"\(side)\">\(Self.threshold)"
                + "<image width=\"\(side)\" height=\"\(side)\" filter=\"url(#threshold)\" href=\"\(source)\"/></svg>").utf8).write(to: svg)
            // Six pixels a module, about what a phone camera sees of a 3 cm code at arm's length.
            let width = String(6 * side)
            let render = try runProcess(rsvgConvert, ["--width", width, "--height", width, "--output", enlarged.path, svg.path])
            XCTAssertEqual(render.status, 0, render.stderr)
            let decoded = try runProcess(zbarimg, ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", enlarged.path])
            XCTAssertEqual(decoded.status, 0, "zbarimg found no code for \(url): \(decoded.stderr)")
            XCTAssertEqual(decoded.stdout, url + "\n", "version \(code.version)")
        }
    }

    /// Black below mid-grey, white from it, in sRGB values rather than the linear light filters
    /// work in by default, where mid-grey lies elsewhere.
    static let threshold = "<filter id=\"threshold\" color-interpolation-filters=\"sRGB\"><feComponentTransfer>"
        + ["R", "G", "B"].map { "<feFunc\($0) type=\"discrete\" tableValues=\"0 1\"/>" }.joined() + "</feComponentTransfer></filter>"

    private static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").lazy.map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
