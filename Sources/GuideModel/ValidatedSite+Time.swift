/// What the build's day makes of the entries: lists, counts, filters and the map show what a
/// reader can still use; an ended entry keeps its page and is listed apart.
extension ValidatedSite {
    public func hasEnded(_ entry: Entry) -> Bool {
        entry.common.time.hasEnded(on: today)
    }

    /// The section's entries that have not ended, in id order.
    public func currentEntries(in section: Section) -> [Entry] {
        entries(in: section).filter { !hasEnded($0) }
    }

    /// The section's entries that have ended, in id order.
    public func endedEntries(in section: Section) -> [Entry] {
        entries(in: section).filter(hasEnded)
    }

    /// The municipalities with a printed handout: those where a current entry has an address,
    /// in site.yaml's order.
    public var handoutMunicipalities: [String] {
        let used = Set(Section.listed.flatMap { currentEntries(in: $0) }.flatMap(\.common.locations).compactMap(\.municipality))
        return configuration.municipalities.map(\.key).filter(used.contains)
    }

    /// The course filters with a page of their own: every value some course has, ended or not,
    /// so a filter page's address keeps working after its last course ends.
    public var courseFilters: [CourseFilter] {
        let courses = entries(in: .courses).compactMap { entry -> CourseFacts? in
            if case .course(let course) = entry.facts { return course }
            return nil
        }
        return CourseFilter.all.filter { filter in courses.contains(where: filter.matches) }
    }
}
