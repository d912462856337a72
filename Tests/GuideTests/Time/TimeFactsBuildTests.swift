import Foundation
@testable import GuideModel
@testable import GuideSite
import XCTest

/// An entry with an end date, built on both sides of it: before, a reader finds it everywhere a
/// current course is; after, it has left every list, count, filter page and map, and its page says
/// it ended and what to use instead.
final class TimeFactsBuildTests: XCTestCase {
    private var site: TestSite!
    private let lastDay = CalendarDate(iso: "2022-09-30")!
    private let dayAfter = CalendarDate(iso: "2022-10-01")!

    override func setUpWithError() throws {
        site = try TestSite()
        try site.replace("neighbourhoods:", with: """
        eligibility:
          refugee: {lv: bēglis, ru: беженец, en: a refugee}
          temporary_protection: {lv: pagaidu aizsardzība, ru: временная защита, en: temporary protection}
          anyone: {lv: ikviens, ru: любой, en: anyone}
        neighbourhoods:
        """, in: "content/site.yaml")
        try site.write("content/courses/course-old/entry.yaml", """
        provider: organizations/org-a
        levels: [A1, B1]
        mode: in_person
        cost: {free: true, paid_by: eu}
        runs: {from: 2021-01, until: 2022-09}
        replaced_by: courses/course-a
        eligible: [refugee]
        locations:
          - address: Brīvības iela 2, Rīga
            latitude: 56.951
            longitude: 24.112
        source: https://org.example.lv/old
        reviewed: 2021-02-01
        """)
        for language in ["lv", "ru", "en"] {
            try site.write("content/courses/course-old/\(language).md", """
            ---
            title: Old project course \(language)
            summary: A project course that ran for two years.
            eligibility: Refugees.
            registration: Through the project.
            ---
            Text.
            """)
        }
    }

    override func tearDown() {
        site.destroy()
    }

    private func build(on day: CalendarDate) throws {
        let result = site.build(today: day)
        XCTAssertTrue(result.published, result.diagnostics.map(\.formatted).joined(separator: "\n"))
    }

    private func page(_ path: String) throws -> String {
        try String(contentsOf: site.output.appendingPathComponent(path), encoding: .utf8)
    }

    private func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: site.output.appendingPathComponent(path).path)
    }

    private let oldLink = "href=\"/en/courses/course-old/\""

    func testOnItsLastDayTheEntryIsListedAndCounted() throws {
        try build(on: lastDay)
        XCTAssertTrue(try page("en/courses/index.html").contains(oldLink))
        XCTAssertTrue(try page("en/courses/index.html").contains("2 courses"))
        XCTAssertTrue(try page("en/index.html").contains("2 courses"))
        XCTAssertTrue(try page("en/courses/a1/index.html").contains(oldLink))
        XCTAssertTrue(try page("en/courses/b1/index.html").contains(oldLink))
        XCTAssertTrue(try page("en/map/index.html").contains(oldLink))
        XCTAssertTrue(try page("data/courses.geojson").contains("courses/course-old"))
        XCTAssertFalse(try page("en/courses/course-old/index.html").contains("time-notice"))
        XCTAssertFalse(exists("en/courses/ended/index.html"), "nothing has ended yet")
    }

    func testTheDayAfterItIsGoneFromListsCountsFiltersAndMap() throws {
        try build(on: dayAfter)
        let list = try page("en/courses/index.html")
        XCTAssertFalse(list.contains(oldLink))
        XCTAssertTrue(list.contains("1 course<"), "the count names only current courses")
        XCTAssertTrue(list.contains("href=\"/en/courses/ended/\""), "the list links to what has ended")
        XCTAssertTrue(try page("en/index.html").contains("1 course<"))
        XCTAssertFalse(try page("en/courses/a1/index.html").contains(oldLink))
        XCTAssertFalse(try page("en/map/index.html").contains(oldLink))
        XCTAssertFalse(try page("en/map/index.html").contains("course-old"), "no marker either")
        // B1 was only the ended course's level: its page stays, saying no current course matches.
        let b1 = try page("en/courses/b1/index.html")
        XCTAssertFalse(b1.contains(oldLink))
        XCTAssertTrue(b1.contains("No current course matches this."))
        XCTAssertTrue(try page("en/courses/ended/index.html").contains(oldLink))
        XCTAssertFalse(try page("data/courses.geojson").contains("course-old"))
        XCTAssertTrue(try page("data/ended.geojson").contains("courses/course-old"))
        XCTAssertTrue(try page("data/guide.json").contains("\"runs\":{\"from\":\"2021-01\",\"until\":\"2022-09\"}"))
    }

    func testTheEndedPageStaysWithANoticeAndTheReplacement() throws {
        try build(on: dayAfter)
        let english = try page("en/courses/course-old/index.html")
        XCTAssertTrue(english.contains("This course ended in September 2022."))
        XCTAssertTrue(english.contains("Instead, see: <a href=\"/en/courses/course-a/\">Course A en</a>"))
        XCTAssertTrue(english.contains("<a href=\"/en/courses/\">See what is available now</a>"))
        XCTAssertTrue(try page("ru/kursy/course-old/index.html").contains("Этот курс закончился в сентябре 2022 года."))
        XCTAssertTrue(try page("lv/kursi/course-old/index.html").contains("Šie kursi beidzās 2022. gada septembrī."))
    }

    func testTheSameDayGivesTheSameBytesAndAnotherDayDoesNot() throws {
        let first = site.root.appendingPathComponent("first"), second = site.root.appendingPathComponent("second")
        let third = site.root.appendingPathComponent("third")
        XCTAssertTrue(site.build(today: dayAfter, output: first).published)
        XCTAssertTrue(site.build(today: dayAfter, output: second).published)
        XCTAssertTrue(site.build(today: lastDay, output: third).published)
        let one = snapshot(of: first)
        XCTAssertFalse(one.isEmpty)
        XCTAssertEqual(one, snapshot(of: second))
        XCTAssertNotEqual(one["en/courses/index.html"], snapshot(of: third)["en/courses/index.html"])
    }

    func testUpcomingAndOpenRegistrationCarryBadges() throws {
        try site.replace("cost: {free: true, paid_by: municipality}", with: """
        cost: {free: true, paid_by: municipality}
        runs: {from: 2026-09-01}
        registration: {opens: 2026-05-01, closes: 2026-08-15}
        """, in: "content/courses/course-a/entry.yaml")
        try build(on: CalendarDate(iso: "2026-06-01")!)
        let list = try page("en/courses/index.html")
        XCTAssertTrue(list.contains("Starts on 1 September 2026 · Registration open until 15 August 2026"), list)
        XCTAssertTrue(try page("en/courses/course-a/index.html").contains("Starts on 1 September 2026. Registration open until 15 August 2026."))
        // A Latvian date's last dot is the year's and ends the sentence too: one dot, not two.
        let latvian = try page("lv/kursi/course-a/index.html")
        XCTAssertTrue(latvian.contains("Sākas 1.09.2026. Pieteikšanās atvērta līdz 15.08.2026.<"), latvian)
        XCTAssertFalse(latvian.contains("2026.."))
        XCTAssertTrue(list.contains(">Course A en<"), "an upcoming course is listed")
    }

    func testAnUncertainEntrySaysSoWithItsReason() throws {
        try site.replace("cost: {free: true, paid_by: municipality}", with: "cost: {free: true, paid_by: municipality}\nstatus: uncertain",
                         in: "content/courses/course-a/entry.yaml")
        try site.replace("registration: In person; places run out on the first day.", with: """
        registration: In person; places run out on the first day.
        status_note: The 2027 round has not been announced.
        """, in: "content/courses/course-a/en.md")
        try build(on: TestSite.today)
        let course = try page("en/courses/course-a/index.html")
        XCTAssertTrue(course.contains("Not confirmed to be running now."))
        XCTAssertTrue(course.contains("The 2027 round has not been announced."))
        XCTAssertTrue(try page("en/courses/index.html").contains("Not confirmed to be running now"))
    }

    func testFilterPagesListExactlyTheMatchingCurrentCourses() throws {
        try build(on: lastDay)
        let free = try page("en/courses/free/index.html")
        XCTAssertTrue(free.contains(oldLink) && free.contains("href=\"/en/courses/course-a/\""))
        XCTAssertFalse(exists("en/courses/paid/index.html"), "no course is paid: no page promises one")
        XCTAssertFalse(try page("en/courses/a2/index.html").contains(oldLink), "the old course is not at A2")
        XCTAssertTrue(try page("en/courses/a2/index.html").contains("href=\"/en/courses/course-a/\""))
        XCTAssertTrue(try page("en/courses/index.html").contains("href=\"/en/courses/a2/\""), "the list links its filter pages")
        XCTAssertTrue(try page("en/courses/a2/index.html").contains("href=\"/en/map/?level=A2\""), "and each filter page the map with the same filter")
    }
}
