import XCTest

/// The dark cells an SVG from `QRCode.svg` paints, read back from its path, so the tests compare
/// the drawing with the grid instead of with a copy of the drawing code.
struct SVGPathRuns {
    struct Cell: Hashable {
        var row: Int
        var column: Int
    }

    let runCount: Int
    let paintedArea: Int
    let cells: Set<Cell>

    /// Fails the test when the path holds anything but `M x y h n v1 h-n z` runs.
    init(svg: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let data = try XCTUnwrap(svg.firstMatch(of: /<path [^>]*d="([^"]*)"/)?.1, "the SVG has a path", file: file, line: line)
        var cells: Set<Cell> = []
        var area = 0
        var count = 0
        var consumed = 0
        for match in data.matches(of: /M(\d+) (\d+)h(\d+)v1h-(\d+)z/) {
            let x = Int(match.1)!, y = Int(match.2)!, length = Int(match.3)!
            XCTAssertEqual(Int(match.4)!, length, "a run closes where it started", file: file, line: line)
            for column in x..<x + length { cells.insert(Cell(row: y, column: column)) }
            area += length
            count += 1
            consumed += match.0.count
        }
        XCTAssertEqual(consumed, data.count, "the path is made of runs only", file: file, line: line)
        runCount = count
        paintedArea = area
        self.cells = cells
    }
}
