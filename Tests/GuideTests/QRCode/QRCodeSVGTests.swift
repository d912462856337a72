@testable import GuideQRCode
import XCTest

final class QRCodeSVGTests: XCTestCase {
    static let url = "https://guide.test/en/legal/patvertnes-meklejumi/"

    func testTheSameURLGivesTheSameBytes() throws {
        let first = try QRCode(encoding: Self.url).svg(label: "Legal help", size: "3cm")
        let second = try QRCode(encoding: Self.url).svg(label: "Legal help", size: "3cm")
        XCTAssertEqual(first, second)
    }

    func testThePathPaintsExactlyTheDarkModulesInsideTheQuietZone() throws {
        let code = try QRCode(encoding: Self.url)
        let runs = try SVGPathRuns(svg: code.svg(label: "Legal help"))
        var dark: Set<SVGPathRuns.Cell> = []
        var horizontalRuns = 0
        for row in 0..<code.modulesPerSide {
            for column in 0..<code.modulesPerSide where code.isDark(row: row, column: column) {
                dark.insert(SVGPathRuns.Cell(row: row + 4, column: column + 4))
                if column == 0 || !code.isDark(row: row, column: column - 1) { horizontalRuns += 1 }
            }
        }
        XCTAssertEqual(runs.cells, dark, "dark modules, shifted by a 4-module quiet zone")
        XCTAssertEqual(runs.paintedArea, dark.count, "no module is painted twice")
        XCTAssertEqual(runs.runCount, horizontalRuns, "one subpath per run, not per module")
    }

    func testTheViewBoxHoldsTheCodeAndAFourModuleQuietZoneOnWhite() throws {
        let code = try QRCode(encoding: Self.url)
        let svg = code.svg(label: "Legal help")
        let side = code.modulesPerSide + 8
        XCTAssertTrue(svg.hasPrefix("<svg "), svg)
        XCTAssertTrue(svg.hasSuffix("</svg>"), svg)
        XCTAssertTrue(svg.contains(" viewBox=\"0 0 \(side) \(side)\""), svg)
        XCTAssertTrue(svg.contains("<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"), svg)
        XCTAssertTrue(svg.contains("<path stroke=\"#000\" d=\""), svg)
        XCTAssertTrue(svg.contains(" shape-rendering=\"crispEdges\""), svg)
        let runs = try SVGPathRuns(svg: svg)
        XCTAssertFalse(runs.cells.contains { min($0.row, $0.column) < 4 || max($0.row, $0.column) >= side - 4 },
                       "nothing is drawn in the quiet zone")
    }

    func testTheSVGCarriesNothingToRunOrFetch() throws {
        let svg = try QRCode(encoding: Self.url).svg(label: "Legal help", size: "3cm", cssClass: "qr")
        for forbidden in ["<script", "<style", "href", "url(", "<image", "<foreignObject", " on"] {
            XCTAssertFalse(svg.lowercased().contains(forbidden.lowercased()), "no \(forbidden) in \(svg)")
        }
        XCTAssertEqual(svg.matches(of: /<svg/).count, 1)
        XCTAssertEqual(svg.matches(of: /<path/).count, 1)
    }

    func testTheCallerLabelsAndSizesTheCode() throws {
        let code = try QRCode(encoding: Self.url)
        let sized = code.svg(label: "Юридическая помощь", size: "3cm", cssClass: "handout-qr")
        XCTAssertTrue(sized.contains(" width=\"3cm\" height=\"3cm\""), sized)
        XCTAssertTrue(sized.contains(" class=\"handout-qr\""), sized)
        XCTAssertTrue(sized.contains(" role=\"img\" aria-label=\"Юридическая помощь\""), sized)
        let unsized = code.svg(label: "Legal help")
        XCTAssertFalse(unsized.contains("width=\"3cm\"") || unsized.contains("class="), "no size unless asked: \(unsized)")
    }

    func testALabelCannotBreakOutOfItsAttribute() throws {
        let svg = try QRCode(encoding: Self.url).svg(label: "Rent & \"deposit\" <help>", size: "3cm\" onload=\"x")
        XCTAssertTrue(svg.contains("aria-label=\"Rent &amp; &quot;deposit&quot; &lt;help&gt;\""), svg)
        XCTAssertTrue(svg.contains("width=\"3cm&quot; onload=&quot;x\""), svg)
        XCTAssertFalse(svg.contains(" onload=\""), svg)
    }
}
