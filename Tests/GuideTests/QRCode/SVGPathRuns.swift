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

    /// Fails the test when the path holds anything but rows of runs: `M x y.5hN`, then
    /// `mGAP 0hN` for each further run of the row.
    init(svg: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let data = try XCTUnwrap(svg.firstMatch(of: /<path [^>]*d="([^"]*)"/)?.1, "the SVG has a path", file: file, line: line)
        var cells: Set<Cell> = []
        var area = 0
        var count = 0
        var consumed = 0
        var x = 0, y = 0
        for match in data.matches(of: /(?:M(\d+) (\d+)\.5|m(\d+) 0)h(\d+)/) {
            if let start = match.1, let row = match.2 {
                (x, y) = (Int(start)!, Int(row)!)
            } else {
                let gap = Int(match.3!)!
                XCTAssertGreaterThan(gap, 0, "runs of a row are apart", file: file, line: line)
                x += gap
            }
            let length = Int(match.4)!
            for column in x..<x + length { cells.insert(Cell(row: y, column: column)) }
            x += length
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
