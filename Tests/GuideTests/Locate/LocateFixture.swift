import Foundation
@testable import GuideLocate
import GuideModel

/// A source folder in a temporary directory with entries whose locations are written the ways
/// the bundled guide writes them (comments beside and under addresses, continued comments, hand-
/// written coordinates, a one-line `{…}` item), and the test register beside it.
struct LocateFixture {
    let root: URL
    let register: URL

    static let today = CalendarDate(year: 2026, month: 12, day: 6)!

    /// Each entry file's text, by path.
    static let entries: [String: String] = [
        "content/organizations/safe-house/entry.yaml": """
            # Shelter "Safe House", NGO
            kind: ngo
            website: https://example.lv/
            locations:
              # The sources give the flat differently: "75-9" (2015) and "75 - 1 B" (2014–2019).
              - address: Lāčplēša iela 75-1B, Rīga   # "Lāčplēša iela 75 - 1 B" on the site
                # neighbourhood: not given
                hours:
                  - {days: [mo, tu], opens: "09:00", closes: "17:00"}
              - address: Raiņa bulv. 15, Rīga
            languages: [lv, ru, en]
            reviewed: 2026-11-26

            """,
        "content/legal/pmlp/entry.yaml": """
            provider: organizations/pmlp
            locations:
              - address: Čiekurkalna 1. līnija 1 k-3, Rīga, LV-1026   # head office per latvija.lv and an older
                                                                    # page; which office takes papers is not stated
                # latitude/longitude: the complex's position, from the State Police head office (k-4)
                latitude: 56.98263
                longitude: 24.15834
                # neighbourhood: left out
              - address: "Pils laukums 4, Rīga, LV-1050"
                neighbourhood: vecriga
            source: https://example.lv/pmlp

            """,
        "content/courses/jelgava/entry.yaml": """
            provider: organizations/jelgava
            locations:
              - address: Skolotāju ielā 8, Jelgava
              - address: Skolotāju iela 8, Ozolnieki, Jelgavas novads
              -
                address: Zemgales gatve 7, Jelgava, LV-3001
                # hours: ask the school
            reviewed: 2026-11-26

            """,
        "content/legal/hard-cases/entry.yaml": """
            topics: [work]
            locations:
              - address: Skolotāju iela 8                        # no town: Jelgava or Ozolnieki?
              - address: Skolas iela 5, Siguldas nov.            # Sigulda and Mālpils both are
              - address: Lāčplēša iela 999, Rīga                 # the street exists, the number not
              - address: Neesošā iela 1, Rīga                    # no such street
              - address: Elizabetes iela 2, Rīga                 # only a deleted row
              - address: Skolotāju iela 8, Liepāja               # only in other towns
              - address: Jaunā iela 1, Rīga                      # no point in the register
              - {address: "Graudu iela 24, Liepāja", neighbourhood: karosta}
            reviewed: 2026-11-26

            """,
        "content/organizations/spellings/entry.yaml": """
            kind: state
            locations:
              - address: Krišjāņa Valdemāra iela 1, Rīga
              - address: Brīvības gatve 214, Rīga
              - address: Brīvības iela 214, Rīga
              - address: Tērbatas iela 59/61, Rīga, LV-1011
              - address: BAZNICAS IELA 25, RIGA
              - address: Pils laukums 3, Rīga, LV-9999
              - address: '"Riņņi", Vecates pagasts, Valmieras novads'
              - address: Lāčplēša iela 75 – 9/10, Rīga
            reviewed: 2026-11-26

            """,
    ]

    /// The code each address must be matched to.
    static let expectedCodes: [String: String] = [
        "Lāčplēša iela 75-1B, Rīga": "101000011",
        "Raiņa bulv. 15, Rīga": "101000079",
        "Čiekurkalna 1. līnija 1 k-3, Rīga, LV-1026": "101000087",
        "Pils laukums 4, Rīga, LV-1050": "101000045",
        "Skolotāju ielā 8, Jelgava": "101000185",
        "Skolotāju iela 8, Ozolnieki, Jelgavas novads": "101000193",
        "Krišjāņa Valdemāra iela 1, Rīga": "101000169",
        "Brīvības gatve 214, Rīga": "101000118",
        "Brīvības iela 214, Rīga": "101000126",
        "Tērbatas iela 59/61, Rīga, LV-1011": "101000134",
        "BAZNICAS IELA 25, RIGA": "101000061",
        "Pils laukums 3, Rīga, LV-9999": "101000053",
        "\"Riņņi\", Vecates pagasts, Valmieras novads": "101000258",
        "Lāčplēša iela 75 – 9/10, Rīga": "101000011",
        "Graudu iela 24, Liepāja": "101000215",
    ]

    init(registerText: String = TestRegister.text()) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("guide-locate-\(UUID().uuidString)")
        for (path, text) in Self.entries {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        register = try TestRegister.write(registerText, to: root)
    }

    func destroy() {
        try? FileManager.default.removeItem(at: root)
    }

    func text(of path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func locate(replacing: Bool = false, writing: Bool = true, register: URL? = nil) throws -> LocateReport {
        let options = LocateOptions(replacesCoordinates: replacing, writesFiles: writing, readOn: Self.today)
        return try AddressLocator(sourceRoot: root, register: register ?? self.register, registerPath: "aw_eka.csv",
                                  options: options).locate()
    }
}

/// The lines `new` has that `old` has not, when `new` is `old` with lines inserted (nil when
/// any line of `old` was changed or removed): the whole of the edit, to compare with the
/// expected additions.
func insertedLines(from old: String, to new: String) -> [String]? {
    let oldLines = old.split(separator: "\n", omittingEmptySubsequences: false)
    let newLines = new.split(separator: "\n", omittingEmptySubsequences: false)
    var added: [String] = []
    var index = 0
    for line in newLines {
        if index < oldLines.count, oldLines[index] == line {
            index += 1
        } else {
            added.append(String(line))
        }
    }
    return index == oldLines.count ? added : nil
}
