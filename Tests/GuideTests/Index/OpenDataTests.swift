import Foundation
@testable import GuideCheck
@testable import GuideContent
@testable import GuideModel
@testable import GuideOutput
@testable import GuideSearch
import XCTest

/// The open data files are read by programs we do not control, so they are checked as a consumer
/// would read them: parsed back from the text, not compared with the writer's own dictionaries.
final class OpenDataTests: XCTestCase {
    // MARK: The bundled guide

    private func bundledSite() throws -> ValidatedSite {
        let (loaded, _) = ContentLoader(sourceRoot: Repository.root).load()
        let (site, diagnostics) = ContentValidator(today: TestSite.today).validate(loaded)
        return try XCTUnwrap(site, diagnostics.map(\.formatted).joined(separator: "\n"))
    }

    func testCoursesGeoJSONHoldsExactlyTheLocatedCourseLocations() throws {
        let site = try bundledSite()
        let features = try features(in: writer(for: site).coursesGeoJSON(), site: site)
        var expected: [String] = []
        for entry in site.entries(in: .courses) {
            for location in entry.common.locations {
                if let latitude = location.latitude, let longitude = location.longitude {
                    expected.append(Self.key(entry.id.description, longitude: longitude, latitude: latitude))
                }
            }
        }
        XCTAssertEqual(features.map(\.key).sorted(), expected.sorted())
    }

    func testGuideJSONHoldsEveryEntryOnce() throws {
        let site = try bundledSite()
        let guide = try object(writer(for: site).guideJSON())
        XCTAssertEqual(guide["generator"] as? String, "Ceļvedis")
        XCTAssertEqual(guide["languages"] as? [String], site.configuration.languageCodes)
        var ids: [String] = []
        for (key, section) in [("organizations", Section.organizations), ("services", .legal), ("courses", .courses), ("pages", .pages)] {
            let records = try XCTUnwrap(guide[key] as? [[String: Any]], key)
            XCTAssertEqual(records.count, site.entries(in: section).count, key)
            for record in records {
                let id = try XCTUnwrap(record["id"] as? String, key)
                XCTAssertEqual(EntryID(reference: id)?.section, section, id)
                XCTAssertEqual((record["guide_url"] as? [String: String])?.keys.sorted(),
                               site.configuration.languageCodes.sorted(), id)
                ids.append(id)
            }
        }
        XCTAssertEqual(ids.sorted(), site.entries.map(\.id.description).sorted())
    }

    // MARK: A hand-made site

    func testEachLocatedLocationIsOneFeature() throws {
        let site = Self.handMadeSite()
        let text = writer(for: site).coursesGeoJSON()
        let features = try features(in: text, site: site)
        XCTAssertEqual(features.filter { $0.id == "courses/two-places" }.count, 2)
        XCTAssertEqual(features.filter { $0.id == "courses/online" }.count, 0)
        XCTAssertEqual(features.map(\.key), [
            Self.key("courses/two-places", longitude: 24.11, latitude: 56.95),
            Self.key("courses/two-places", longitude: 21.011235, latitude: 56.511235),
        ])
        XCTAssertTrue(text.contains("[24.11,56.95]"), "longitude first")
        XCTAssertTrue(text.contains("[21.011235,56.511235]"), "at most six decimals")

        let properties = try XCTUnwrap(features.first?.properties)
        XCTAssertEqual(properties["name"] as? [String: String], ["lv": "Divas vietas", "ru": "Divas vietas", "en": "Two places"],
                       "ru falls back to lv, as on the site")
        XCTAssertEqual(properties["levels"] as? [String], ["A1", "A2"])
        XCTAssertEqual(properties["mode"] as? String, "in_person")
        XCTAssertEqual(properties["provider"] as? String, "organizations/school")
        XCTAssertEqual(properties["neighbourhood"] as? String, "centrs")
        XCTAssertNil(features.last?.properties["neighbourhood"])
        let cost = try XCTUnwrap(properties["cost"] as? [String: Any])
        XCTAssertEqual(cost["free"] as? Bool, false)
        XCTAssertEqual(cost["amount_eur"] as? Double, 120)
        XCTAssertEqual(cost["paid_by"] as? String, "learner")
        XCTAssertEqual((properties["url"] as? [String: String])?["ru"], "https://g.test/ru/kursy/two-places/")
    }

    func testGuideJSONNamesFieldsAfterHSDS() throws {
        let guide = try object(writer(for: Self.handMadeSite()).guideJSON())
        let courses = try XCTUnwrap(guide["courses"] as? [[String: Any]])
        XCTAssertEqual(courses.map { $0["id"] as? String }, ["courses/online", "courses/two-places"])
        let course = courses[1]
        XCTAssertEqual(course["organization_id"] as? String, "organizations/school")
        XCTAssertEqual(course["application_process"] as? [String: String], ["lv": "Pieteikties skolā.", "en": "Sign up at the school."],
                       "texts only in the languages the entry is written in")
        XCTAssertEqual(course["eligibility"] as? [String: String], ["lv": "Pieaugušie.", "en": "Adults."])
        XCTAssertEqual(course["levels"] as? [String], ["A1", "A2"])
        let locations = try XCTUnwrap(course["locations"] as? [[String: Any]])
        XCTAssertEqual(locations.count, 3)
        XCTAssertNil(locations[2]["latitude"])
        let schedule = try XCTUnwrap((locations[0]["schedules"] as? [[String: String]])?.first)
        XCTAssertEqual(schedule, ["freq": "WEEKLY", "byday": "MO,WE", "opens_at": "18:00", "closes_at": "20:00"])

        let organization = try XCTUnwrap((guide["organizations"] as? [[String: Any]])?.first)
        XCTAssertEqual(organization["url"] as? String, "https://school.example.lv/")
        XCTAssertEqual(organization["phones"] as? [[String: String]], [["number": "+371 67000000", "type": "general"]])
        XCTAssertEqual(organization["metadata"] as? [String: String],
                       ["source": "https://school.example.lv/about", "last_reviewed": "2026-01-15"])
        XCTAssertNil(organization["description"], "the body is the page guide_url links, not repeated here")
        XCTAssertEqual(organization["summary"] as? [String: String], ["lv": "S", "en": "S"])
    }

    private static func handMadeSite() -> ValidatedSite {
        func translations(_ titles: [String: String], bodies: [String: String] = [:], registration: [String: String] = [:],
                          eligibility: [String: String] = [:]) -> [String: Translation] {
            var translations: [String: Translation] = [:]
            for (code, title) in titles {
                translations[code] = Translation(language: code, path: "\(code).md", title: title, summary: "S",
                                                 eligibility: eligibility[code], registration: registration[code],
                                                 body: bodies[code] ?? "", bodyFirstLine: 4)
            }
            return translations
        }
        let school = EntryID(section: .organizations, slug: "school")
        var organizationFacts = CommonFacts(source: "https://school.example.lv/about", reviewed: CalendarDate(iso: "2026-01-15"))
        organizationFacts.website = "https://school.example.lv/"
        organizationFacts.phones = [Phone(number: "+371 67000000", kind: .general)]
        var courseFacts = CommonFacts(source: "https://school.example.lv/courses", reviewed: CalendarDate(iso: "2026-01-15"))
        courseFacts.locations = [
            Location(address: "Brīvības iela 1, Rīga", latitude: 56.95, longitude: 24.11, neighbourhood: "centrs",
                     hours: [OpeningHours(days: [.mo, .we], opens: "18:00", closes: "20:00")]),
            Location(address: "Lielā iela 1, Liepāja", latitude: 56.5112345678, longitude: 21.0112345678, neighbourhood: nil, hours: []),
            Location(address: "Somewhere without a map pin", latitude: nil, longitude: nil, neighbourhood: nil, hours: []),
        ]
        var onlineFacts = CommonFacts(source: "https://school.example.lv/online", reviewed: CalendarDate(iso: "2026-01-15"))
        onlineFacts.locations = [Location(address: "Brīvības iela 1, Rīga", latitude: nil, longitude: nil, neighbourhood: nil, hours: [])]
        func course(_ mode: CourseFacts.Mode, cost: Cost) -> SectionFacts {
            .course(CourseFacts(provider: school, levels: [.a1, .a2], mode: mode, cost: cost, durationHours: nil,
                                instructionLanguage: "lv", supportLanguages: []))
        }
        let configuration = SiteConfiguration(
            baseURL: "https://g.test/",
            languages: [("lv", "kursi"), ("ru", "kursy"), ("en", "courses")].map {
                .init(code: $0.0, name: $0.0, title: $0.0, isRightToLeft: false, sectionPaths: [.courses: $0.1],
                      searchPath: "search", mapPath: "map")
            },
            requiredLanguages: ["lv"], fallbackOrder: ["lv", "en", "ru"],
            review: .init(warnAfterMonths: 12, errorAfterMonths: nil),
            map: .init(tileURLTemplate: "", attribution: ""), neighbourhoods: ["centrs": ["lv": "Centrs", "ru": "Центр", "en": "Centre"]])
        return ValidatedSite(configuration: configuration, entries: [
            Entry(id: EntryID(section: .courses, slug: "two-places"), folder: "content/courses/two-places", common: courseFacts,
                  facts: course(.inPerson, cost: Cost(isFree: false, amountEUR: 120, paidBy: .learner)),
                  translations: translations(["lv": "Divas vietas", "en": "Two places"],
                                             registration: ["lv": "Pieteikties skolā.", "en": "Sign up at the school."],
                                             eligibility: ["lv": "Pieaugušie.", "en": "Adults."])),
            Entry(id: EntryID(section: .courses, slug: "online"), folder: "content/courses/online", common: onlineFacts,
                  facts: course(.online, cost: Cost(isFree: true, amountEUR: nil, paidBy: .state)),
                  translations: translations(["lv": "Tiešsaistē", "ru": "Онлайн", "en": "Online"],
                                             registration: ["lv": "Tiešsaistē.", "ru": "Онлайн.", "en": "Online."])),
            Entry(id: school, folder: "content/organizations/school", common: organizationFacts,
                  facts: .organization(OrganizationFacts(kind: .ngo)),
                  translations: translations(["lv": "Skola", "en": "School"], bodies: ["lv": "Skola.", "en": "A school."])),
        ], today: TestSite.today)
    }

    // MARK: Reading the output as a consumer

    private struct Feature {
        var id: String
        var key: String
        var properties: [String: Any]
    }

    private func writer(for site: ValidatedSite) -> OpenDataWriter {
        OpenDataWriter(site: site)
    }

    private func object(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object")
    }

    /// Parses a FeatureCollection and checks every feature's shape: a Point at [lon, lat] inside
    /// Latvia (a swapped pair falls outside) and a name in every language of the site.
    private func features(in text: String, site: ValidatedSite) throws -> [Feature] {
        let collection = try object(text)
        XCTAssertEqual(collection["type"] as? String, "FeatureCollection")
        var features: [Feature] = []
        for feature in try XCTUnwrap(collection["features"] as? [[String: Any]]) {
            XCTAssertEqual(feature["type"] as? String, "Feature")
            let geometry = try XCTUnwrap(feature["geometry"] as? [String: Any])
            XCTAssertEqual(geometry["type"] as? String, "Point")
            let coordinates = try XCTUnwrap(geometry["coordinates"] as? [Double])
            XCTAssertEqual(coordinates.count, 2)
            let (longitude, latitude) = (coordinates[0], coordinates[1])
            XCTAssertTrue((20.9...28.3).contains(longitude) && (55.6...58.1).contains(latitude),
                          "[\(longitude), \(latitude)] is not [longitude, latitude] inside Latvia")
            let properties = try XCTUnwrap(feature["properties"] as? [String: Any])
            let id = try XCTUnwrap(properties["id"] as? String)
            let names = try XCTUnwrap(properties["name"] as? [String: String], id)
            XCTAssertEqual(names.keys.sorted(), site.configuration.languageCodes.sorted(), id)
            XCTAssertFalse(names.values.contains(""), id)
            features.append(Feature(id: id, key: Self.key(id, longitude: longitude, latitude: latitude), properties: properties))
        }
        return features
    }

    /// Compares positions to the micro-degree, the precision the file promises.
    private static func key(_ id: String, longitude: Double, latitude: Double) -> String {
        "\(id) \(Int((longitude * 1_000_000).rounded())) \(Int((latitude * 1_000_000).rounded()))"
    }
}
