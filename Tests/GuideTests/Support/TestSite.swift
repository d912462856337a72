import Foundation
@testable import GuideOutput
@testable import GuideModel
@testable import GuideSite
import XCTest

/// Paths of the repository, found from this file so tests run from any working folder.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let theme = root.appendingPathComponent("themes/default")

    /// The `guide` executable built next to the test bundle.
    static var guideBinary: URL {
        var folder = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("guide")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/guide")
    }
}

/// A small but complete guide in a temporary folder: the real default theme and one entry of
/// every section in three languages. Tests change single files to provoke one problem each.
struct TestSite {
    let root: URL
    var output: URL { root.appendingPathComponent("Output") }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("guide-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("themes"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Repository.theme, to: root.appendingPathComponent("themes/default"))
        try write("content/site.yaml", """
        base_url: https://guide.test/
        languages:
          - code: lv
            name: Latviešu
            title: Ceļvedis
            sections: {courses: kursi, legal: juridiska-palidziba, organizations: organizacijas}
          - code: ru
            name: Русский
            title: Путеводитель
            sections: {courses: kursy, legal: yuridicheskaya-pomoshch, organizations: organizacii}
          - code: en
            name: English
            title: Guide
            sections: {courses: courses, legal: legal-help, organizations: organizations}
        required_languages: [lv]
        fallback: [lv, en, ru]
        feedback: mailto:editors@guide.test
        neighbourhoods:
          centrs: {lv: Centrs, ru: Центр, en: Centre}
        """)
        for (language, title) in [("lv", "Sākums"), ("ru", "Главная"), ("en", "Home")] {
            try write("content/pages/home/\(language).md", "---\ntitle: \(title)\nsummary: \(title) summary\n---\nWelcome. See [the org](organizations/org-a).\n")
        }
        try write("content/organizations/org-a/entry.yaml", """
        kind: ngo
        website: https://org.example.lv/
        phones:
          - {number: "+371 67000000", kind: general}
        emails: [info@org.example.lv]
        locations:
          - address: Brīvības iela 1, Rīga
            latitude: 56.95
            longitude: 24.11
            neighbourhood: centrs
            hours:
              - {days: [mo, tu, we, th, fr], opens: "09:00", closes: "17:00"}
        languages: [lv, ru, en]
        source: https://org.example.lv/about
        reviewed: 2026-01-15
        """)
        for language in ["lv", "ru", "en"] {
            try write("content/organizations/org-a/\(language).md", "---\ntitle: Org A \(language)\nsummary: Helps newcomers.\n---\n## Contacts\n\nCall us.\n")
        }
        try write("content/courses/course-a/entry.yaml", """
        provider: organizations/org-a
        levels: [A1, A2]
        mode: in_person
        cost: {free: true, paid_by: municipality}
        duration_hours: 120
        support_languages: [ru, en]
        locations:
          - address: Brīvības iela 1, Rīga
            latitude: 56.95
            longitude: 24.11
        source: https://org.example.lv/courses
        reviewed: 2026-02-01
        """)
        for language in ["lv", "ru", "en"] {
            try write("content/courses/course-a/\(language).md", """
            ---
            title: Course A \(language)
            summary: Latvian for beginners.
            eligibility: Adults living in Riga.
            registration: In person; places run out on the first day.
            ---
            Run by [Org A](organizations/org-a#contacts).
            """)
        }
        try write("content/legal/legal-a/entry.yaml", """
        provider: organizations/org-a
        topics: [asylum, residence_permits]
        cost: {free: true}
        channels: [phone, email]
        source: https://org.example.lv/legal
        reviewed: 2026-03-01
        """)
        try write("content/legal/legal-a/lv.md", "---\ntitle: Juridiskā palīdzība A\nsummary: Bezmaksas konsultācijas.\n---\nTeksts latviski.\n")
    }

    /// Text files end with a newline, as editors save them.
    func write(_ path: String, _ text: String) throws {
        try write(path, Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Edits one file in place; `old` must be in it, so an edit that silently misses cannot
    /// make a test pass.
    func replace(_ old: String, with new: String, in path: String) throws {
        let text = try read(path)
        guard text.contains(old) else { throw TestSiteError("`\(old)` is not in \(path)") }
        try write(path, text.replacingOccurrences(of: old, with: new))
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// `today` defaults to a fixed day, so that no test depends on the clock.
    func build(today: CalendarDate = TestSite.today, output: URL? = nil) -> BuildResult {
        SiteBuilder().build(BuildOptions(sourceRoot: root, output: output ?? self.output, today: today))
    }

    /// The day builds are made for unless a test says otherwise: after every `reviewed` date of
    /// the site, within the twelve months site.yaml's review policy allows.
    static let today = CalendarDate(iso: "2026-06-01")!

    func destroy() {
        try? FileManager.default.removeItem(at: root)
    }
}

struct TestSiteError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Every file under a folder with its bytes, for comparing whole sites.
func snapshot(of folder: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
    let prefix = folder.standardizedFileURL.path + "/"
    for case let url as URL in enumerator {
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
        files[String(url.standardizedFileURL.path.dropFirst(prefix.count))] = try? Data(contentsOf: url)
    }
    return files
}

/// Runs a command and returns its exit status, standard output and standard error.
func runProcess(_ executable: URL, _ arguments: [String], in folder: URL? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
    let result = try runProcessForBytes(executable, arguments, in: folder)
    return (result.status, String(decoding: result.stdout, as: UTF8.self), String(decoding: result.stderr, as: UTF8.self))
}

/// Like `runProcess`, with the output as bytes, for tools whose output is not text or is parsed.
func runProcessForBytes(_ executable: URL, _ arguments: [String], in folder: URL? = nil) throws -> (status: Int32, stdout: Data, stderr: Data) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, outData, errData)
}
