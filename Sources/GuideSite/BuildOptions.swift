import Foundation
import GuideModel

public struct BuildOptions: Sendable {
    /// The folder holding `content/` and `themes/`.
    public var sourceRoot: URL
    public var output: URL
    /// Overrides `base_url` from site.yaml, e.g. for a preview deployment.
    public var baseURL: String?
    public var themeName: String
    /// The day the site is built for (see `ValidatedSite.today`).
    public var today: CalendarDate
    /// False for `--no-offline`: no service worker and no offline pack, whatever site.yaml says.
    public var offersOfflinePack: Bool
    /// Pages name the files their text comes from, so an editor previewing with `guide serve`
    /// knows where to make a change. Never set for a published build.
    public var showsEditHints: Bool
    /// False for `--no-host-files`: no `_headers`, nginx snippet or `.htaccess`, whatever
    /// site.yaml's `host_files` says.
    public var writesHostFiles: Bool
    /// `--precompress`: a `.gz` and a `.br` beside every text file over 1 kB.
    public var precompresses: Bool

    public init(sourceRoot: URL, output: URL? = nil, baseURL: String? = nil, themeName: String = "default",
                today: CalendarDate = .today(), offersOfflinePack: Bool = true, showsEditHints: Bool = false,
                writesHostFiles: Bool = true, precompresses: Bool = false) {
        self.sourceRoot = sourceRoot.standardizedFileURL
        self.output = (output ?? sourceRoot.appendingPathComponent("Output")).standardizedFileURL
        self.baseURL = baseURL
        self.themeName = themeName
        self.today = today
        self.offersOfflinePack = offersOfflinePack
        self.showsEditHints = showsEditHints
        self.writesHostFiles = writesHostFiles
        self.precompresses = precompresses
    }
}

public struct BuildResult: Sendable {
    /// Sorted by file and line, errors and warnings together, as an editor fixes them.
    public var diagnostics: [Diagnostic]
    public var pagesPerLanguage: [String: Int]
    public var fileCount: Int
    /// True when the new site replaced the output folder.
    public var published: Bool
    public var seconds: Double

    /// Diagnostics are deduplicated and sorted; `seconds` runs from `start` to now.
    init(diagnostics: [Diagnostic], pagesPerLanguage: [String: Int], fileCount: Int, published: Bool,
         since start: ContinuousClock.Instant, clock: ContinuousClock) {
        let elapsed = start.duration(to: clock.now)
        self.diagnostics = Array(Set(diagnostics)).sorted()
        self.pagesPerLanguage = pagesPerLanguage
        self.fileCount = fileCount
        self.published = published
        self.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
