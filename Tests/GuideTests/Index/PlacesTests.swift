import Foundation
@testable import GuideModel
import XCTest

/// Places beyond Riga: a location names its municipality from site.yaml, mistakes are located
/// errors, and the open data carries every located place with its kind and municipality.
final class PlacesTests: XCTestCase {
    private var site: TestSite!

    override func setUpWithError() throws {
        site = try TestSite()
        try site.replace("neighbourhoods:", with: """
        municipalities:
          riga: {kind: valstspilseta, lv: Rīga, ru: Рига, en: Riga}
          jelgava: {kind: valstspilseta, lv: Jelgava, ru: Елгава, en: Jelgava}
        neighbourhoods:
        """, in: "content/site.yaml")
        try site.replace("    neighbourhood: centrs", with: "    municipality: riga\n    neighbourhood: centrs",
                         in: "content/organizations/org-a/entry.yaml")
        try site.replace("cost: {free: true}", with: """
        cost: {free: true}
        locations:
          - address: Skolotāju iela 8, Jelgava
            municipality: jelgava
            latitude: 56.6527
            longitude: 23.7128
        """, in: "content/legal/legal-a/entry.yaml")
    }

    override func tearDown() {
        site.destroy()
    }

    func testUnknownMunicipalityIsALocatedError() throws {
        try site.replace("municipality: jelgava", with: "municipality: jelgavas-novads", in: "content/legal/legal-a/entry.yaml")
        let result = site.build()
        XCTAssertFalse(result.published)
        let error = result.diagnostics.first { $0.isError && $0.message.contains("unknown municipality `jelgavas-novads`") }
        XCTAssertEqual(error?.location, SourceLocation(path: "content/legal/legal-a/entry.yaml", line: 6, column: 19))
        XCTAssertTrue(error?.hint?.contains("riga, jelgava") == true, error?.hint ?? "no hint")
    }

    func testAMunicipalityNeedsAKindFromTheRegister() throws {
        try site.replace("jelgava: {kind: valstspilseta,", with: "jelgava: {kind: town,", in: "content/site.yaml")
        let result = site.build()
        XCTAssertFalse(result.published)
        XCTAssertTrue(result.diagnostics.contains { $0.isError && $0.location.path == "content/site.yaml" && $0.message.contains("`town` is not a valid `kind`") },
                      result.diagnostics.map(\.formatted).joined(separator: "\n"))
    }

    func testPlacesGeoJSONHoldsEveryLocatedPlaceWithItsKindAndMunicipality() throws {
        let result = site.build()
        XCTAssertTrue(result.published, result.diagnostics.map(\.formatted).joined(separator: "\n"))
        let data = try Data(contentsOf: site.output.appendingPathComponent("data/places.geojson"))
        let collection = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let features = try XCTUnwrap(collection["features"] as? [[String: Any]])
        let properties = features.compactMap { $0["properties"] as? [String: Any] }
        let summary = properties.map { "\($0["id"]!) \($0["kind"]!) \($0["municipality"] ?? "-") \($0["neighbourhood"] ?? "-")" }.sorted()
        XCTAssertEqual(summary, [
            "courses/course-a course - -",
            "legal/legal-a legal jelgava -",
            "organizations/org-a organization riga centrs",
        ])
    }

    func testTheMapGroupsByMunicipalityThenNeighbourhood() throws {
        XCTAssertTrue(site.build().published)
        let page = try String(contentsOf: site.output.appendingPathComponent("en/map/index.html"), encoding: .utf8)
        let riga = try XCTUnwrap(page.range(of: "<h2 id=\"where-riga\">Riga</h2>"))
        let centre = try XCTUnwrap(page.range(of: "<h3 id=\"area-centrs\">Centre</h3>"))
        let jelgava = try XCTUnwrap(page.range(of: "<h2 id=\"where-jelgava\">Jelgava</h2>"))
        let unknown = try XCTUnwrap(page.range(of: "<h2 id=\"where-unknown\">Place not given</h2>"))
        XCTAssertTrue(riga.upperBound < centre.lowerBound && centre.upperBound < jelgava.lowerBound && jelgava.upperBound < unknown.lowerBound)
        XCTAssertTrue(page.contains("3 places in Riga, Jelgava"), "the intro counts what the map shows")
    }
}
