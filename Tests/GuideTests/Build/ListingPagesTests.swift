import Foundation
import XCTest

/// The map of help and the section indexes, as a reader without JavaScript gets them.
final class ListingPagesTests: BuiltSiteTestCase {
    func testMapListsEveryPlaceWithAddressAndMapLinks() throws {
        let html = try page("en/map/index.html")
        XCTAssertTrue(html.contains("<li class=\"place\" data-id=\"courses/course-a\" data-place=\"courses/course-a#0\" data-kind=\"course\" data-levels=\"A1 A2\" data-cost=\"free\""), html)
        XCTAssertTrue(html.contains("<li class=\"place\" data-id=\"organizations/org-a\" data-place=\"organizations/org-a#0\" data-kind=\"organization\""), html)
        XCTAssertTrue(html.contains("<a href=\"/en/courses/course-a/\">Course A en</a>"))
        XCTAssertTrue(html.contains("<p class=\"address\"><span class=\"place-address\">Brīvības iela 1, Rīga</span> · <a href=\"geo:56.95,24.11\">"))
        XCTAssertTrue(html.contains("<a href=\"https://www.openstreetmap.org/?mlat=56.95&amp;mlon=24.11#map=17/56.95/24.11\">"))
        XCTAssertTrue(html.contains("<h2 id=\"where-unknown\">Place not given</h2>"), "TestSite's locations name no municipality")
        XCTAssertTrue(html.contains(">2 places</p>"))
        XCTAssertTrue(html.contains("<p class=\"phones\"><a href=\"tel:+37167000000\">+371 67000000</a> </p>"), "a located card's number can be tapped")
        XCTAssertFalse(html.contains("<p class=\"phones\"></p>"), "a card without numbers has no empty paragraph")
    }

    /// The script draws each located item of the list as a marker, from the item alone: its
    /// place, kind, coordinates, link, summary line and address.
    func testMapCarriesMarkersAndFiltersForTheScript() throws {
        let html = try page("lv/map/index.html")
        XCTAssertFalse(html.contains("data-markers"), "the places are not written a second time as JSON")
        XCTAssertTrue(html.contains("data-place=\"courses/course-a#0\" data-kind=\"course\""), html)
        XCTAssertTrue(html.contains("data-lat=\"56.95\" data-lon=\"24.11\""))
        XCTAssertTrue(html.contains("<p class=\"meta place-meta\">A1, A2 · "), html)
        XCTAssertTrue(html.contains("<span class=\"place-address\">Brīvības iela 1, Rīga</span>"))
        XCTAssertTrue(html.contains("<select id=\"filter-level\" name=\"level\">"))
        XCTAssertTrue(html.contains("<option value=\"A2\">A2</option>"))
        XCTAssertTrue(html.contains("<form id=\"map-filters\" class=\"filters\" method=\"get\" hidden"), "filters appear only with JavaScript")
        XCTAssertTrue(html.contains("<input type=\"checkbox\" name=\"kind\" value=\"organization\" checked>"), "a layer per kind the page has")
        let leaflet = try XCTUnwrap(html.range(of: #"/assets/leaflet/leaflet\.[0-9a-f]{10}\.js"#, options: .regularExpression))
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.output.path + html[leaflet]), "Leaflet is copied from libjs-leaflet")
    }

    func testEntryWithLocationHasASmallMap() throws {
        let html = try page("en/organizations/org-a/index.html")
        XCTAssertTrue(html.contains("class=\"map mini-map\" hidden data-map data-on-demand"), "drawn only when the reader asks")
        XCTAssertTrue(html.contains("<p class=\"map-toggle\" hidden><button type=\"button\" data-show-map>Show on a map</button></p>"))
        XCTAssertFalse(try page("en/legal-help/legal-a/index.html").contains("data-map"))
    }

    func testLegalHelpIsGroupedByTopic() throws {
        let html = try page("en/legal-help/index.html")
        XCTAssertTrue(html.contains("<h2 id=\"topic-asylum\">Asylum</h2>"))
        XCTAssertFalse(html.contains("<h2 id=\"topic-residence_permits\">"), "no topic holds only services listed elsewhere")
        XCTAssertEqual(html.components(separatedBy: "href=\"/en/legal-help/legal-a/\"").count - 1, 1, "one card per service, under its first topic")
        XCTAssertTrue(html.contains("<p class=\"meta\">Asylum · Residence permits</p>"), "the card names all its topics")
    }

    func testOrganisationsListTheServicesTheyOffer() throws {
        let html = try page("en/organizations/index.html")
        XCTAssertTrue(html.contains("<h2 id=\"letter-O\">O</h2>"))
        XCTAssertTrue(html.contains("<li><a href=\"/en/courses/course-a/\">Course A en</a></li>"))
        XCTAssertTrue(html.contains("<li><a href=\"/en/legal-help/legal-a/\">Juridiskā palīdzība A</a></li>"))
    }

    func testOpenDataIsWritten() throws {
        let geojson = try JSONSerialization.jsonObject(with: Data(contentsOf: site.output.appendingPathComponent("data/courses.geojson"))) as? [String: Any]
        XCTAssertEqual(geojson?["type"] as? String, "FeatureCollection")
        XCTAssertEqual((geojson?["features"] as? [Any])?.count, 1)
        let guide = try JSONSerialization.jsonObject(with: Data(contentsOf: site.output.appendingPathComponent("data/guide.json"))) as? [String: Any]
        XCTAssertEqual((guide?["courses"] as? [Any])?.count, 1)
    }

    func testAnOrganisationPageListsWhatItRuns() throws {
        let html = try page("en/organizations/org-a/index.html")
        XCTAssertTrue(html.contains("<h2 id=\"services-heading\">Courses and services</h2>"))
        XCTAssertTrue(html.contains("<li><a href=\"/en/courses/course-a/\">Course A en</a> <span class=\"section-name\">(Latvian courses)</span></li>"))
        XCTAssertTrue(html.contains("<a href=\"/en/legal-help/legal-a/\">"))
        XCTAssertFalse(try page("en/courses/course-a/index.html").contains("services-heading"), "only organisations run services")
    }

    /// The courses' card and intro say what the data holds: the test site's one course is free, A1 and A2.
    func testTheCoursesDescriptionIsComputedFromTheCourses() throws {
        XCTAssertTrue(try page("en/index.html").contains("<p>Latvian language courses, levels A1–A2: all free of charge.</p>"))
        XCTAssertTrue(try page("ru/kursy/index.html").contains("<p class=\"intro\">Курсы латышского языка, уровни A1–A2: все бесплатные.</p>"))
        try site.replace("cost: {free: true, paid_by: municipality}", with: "cost: {free: false, amount_eur: 80, paid_by: learner}",
                         in: "content/courses/course-a/entry.yaml")
        XCTAssertTrue(site.build().published)
        XCTAssertTrue(try page("en/index.html").contains("levels A1–A2: all paid.</p>"))
    }

    func testAnAToZListPutsOtherScriptsInAGroupOfTheirOwn() throws {
        try site.write("content/organizations/org-a/ru.md", "---\ntitle: MakeRoom\nsummary: Помогает приезжим.\n---\nТекст.\n")
        XCTAssertTrue(site.build().published)
        let html = try page("ru/organizacii/index.html")
        let ids = html.components(separatedBy: "<h2 id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        XCTAssertEqual(ids.last, "letter-other")
        XCTAssertTrue(html.contains("<h2 id=\"letter-other\">A–Z</h2>"))
    }

    func testCheckedOnStandsUnderTheTitleAndOnCards() throws {
        let html = try page("en/organizations/org-a/index.html")
        let summary = try XCTUnwrap(html.range(of: "<p class=\"summary\">"))
        let checked = try XCTUnwrap(html.range(of: "<p class=\"reviewed\">Facts checked on 15 January 2026.</p>"))
        let facts = try XCTUnwrap(html.range(of: "<section class=\"facts\""))
        XCTAssertTrue(summary.lowerBound < checked.lowerBound && checked.lowerBound < facts.lowerBound)
        XCTAssertTrue(try page("en/organizations/index.html").contains("<p class=\"meta\">Checked 15 January 2026</p>"))
        XCTAssertTrue(try page("ru/kursy/index.html").contains("<p class=\"meta\">Проверено "))
        XCTAssertTrue(try page("en/map/index.html").contains("<p class=\"meta\">Checked "), "course cards on the map page too")
    }

    func testALongPageOpensWithItsContents() throws {
        let sections = (1...4).map { "## Step \($0)\n\nText.\n" }.joined(separator: "\n")
        try site.write("content/organizations/org-a/en.md", "---\ntitle: Org A en\nsummary: Helps newcomers.\n---\n" + sections)
        XCTAssertTrue(site.build().published)
        let html = try page("en/organizations/org-a/index.html")
        XCTAssertTrue(html.contains("<nav class=\"contents\" aria-labelledby=\"contents-heading\">\n<h2 id=\"contents-heading\">Contents</h2>\n<ol>\n<li><a href=\"#step-1\">Step 1</a></li>"), html)
        XCTAssertFalse(try page("lv/organizacijas/org-a/index.html").contains("class=\"contents\""), "one section is not a long page")
    }
}
