import Foundation
@testable import GuidePages
import XCTest

/// Coordinates are written with `%.6f` and their trailing zeros cut; the shortcut through the
/// shortest form must give the same text for every value.
final class CoordinateTextTests: XCTestCase {
    private func reference(_ value: Double) -> String {
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    func testEditorsCoordinatesAndEdgeCasesMatchPrintf() {
        let values: [Double] = [0, -0.0, 56.95, 24.11, 56.949649, -24.1052, 180, -179.9999995, 0.00001, 0.0000005,
                                0.0000004999, 1e-7, 56.9496491, 999.9999996, 1_000.5, 123_456.789, .nan, .infinity]
        for value in values {
            XCTAssertEqual(EntryFactsPresenter.coordinate(value), reference(value), "\(value)")
        }
    }

    func testRandomCoordinatesOfEveryPrecisionMatchPrintf() {
        var generator = SeededGenerator(state: 2026)
        for decimals in 0...10 {
            let scale = pow(10, Double(decimals))
            for _ in 0..<2_000 {
                let value = (Double.random(in: -180...180, using: &generator) * scale).rounded() / scale
                XCTAssertEqual(EntryFactsPresenter.coordinate(value), reference(value), "\(value)")
            }
        }
    }
}

