import Foundation

/// The facts rows of entry pages, rendered once for each language and row.
///
/// Most rows repeat from page to page: a course's level, format, cost and languages come from
/// short lists, and many courses share a provider. Rendered inline by the page template, the rows
/// were over half of an entry page's Mustache look-ups. `entry-fact.mustache` sees only the row's
/// values, `lang` and `t`, so the same row in the same language always gives the same HTML, and
/// the page places the joined rows with `{{{facts_html}}}`.
///
/// The renderers of a build share one cache, hence the lock; rendering happens outside it. Once
/// it holds `limit` rows it keeps them and adds no more, which bounds its memory on a large guide
/// whose rows are mostly different: the rows that repeat most are among the first seen. (Emptied
/// instead, it lost every common row at 30,000 pages, where 71,550 of 238,793 rows differ.)
final class FactRowCache: @unchecked Sendable {
    private struct Key: Hashable {
        var language: String
        var row: EntryFactsPresenter.Row
    }

    private var rendered: [Key: String] = [:]
    private let lock = NSLock()
    let limit: Int

    init(limit: Int = 50_000) {
        self.limit = limit
    }

    /// The row's HTML in `language`, from `render` unless the cache has it.
    func html(for row: EntryFactsPresenter.Row, language: String, render: () -> String) -> String {
        let key = Key(language: language, row: row)
        if let html = lock.withLock({ rendered[key] }) { return html }
        let html = render()
        lock.withLock {
            if rendered.count < limit { rendered[key] = html }
        }
        return html
    }

    var count: Int { lock.withLock { rendered.count } }
}
