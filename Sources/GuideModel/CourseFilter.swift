/// One value of the course filters (a level, free or paid, a format) that is also a page of its
/// own, `/<lang>/<courses>/<segment>/`: a reader without JavaScript, or one sharing a link by
/// SMS, gets the filtered list from the server.
public enum CourseFilter: Sendable, Hashable {
    case level(CEFRLevel)
    case cost(isFree: Bool)
    case mode(CourseFacts.Mode)

    /// Every filter, in the order the lists link them: levels, then cost, then format.
    public static let all: [CourseFilter] = CEFRLevel.allCases.map(CourseFilter.level) + [.cost(isFree: true), .cost(isFree: false)]
        + CourseFacts.Mode.allCases.map(CourseFilter.mode)

    /// The URL segment: the same in every language, like the level names, so a link keeps
    /// working when a reader switches language.
    public var segment: String {
        switch self {
        case .level(let level): level.rawValue.lowercased()
        case .cost(let isFree): Cost(isFree: isFree).filterValue
        case .mode(let mode): mode.rawValue.replacingOccurrences(of: "_", with: "-")
        }
    }

    /// The map page's filter this value belongs to, and its value there (`level`, `A1`).
    public var mapFilter: (name: String, value: String) {
        switch self {
        case .level(let level): ("level", level.rawValue)
        case .cost(let isFree): ("cost", Cost(isFree: isFree).filterValue)
        case .mode(let mode): ("mode", mode.rawValue)
        }
    }

    public func matches(_ course: CourseFacts) -> Bool {
        switch self {
        case .level(let level): course.levels.contains(level)
        case .cost(let isFree): course.cost?.isFree == isFree
        case .mode(let mode): course.mode == mode
        }
    }
}
