import GuideModel

/// Follows every entry reference the way each language's page shows it, and reports what the
/// build cannot see: anchors that miss, and links that lead readers out of their language.
///
/// A page in language L shows the entry's L text, or its fallback text when there is none; a
/// reference on it goes to the target's page in L, which again shows the target's L text or its
/// fallback. Heading ids are made from heading words, so they differ per language, and an anchor
/// is only right if the text the reader lands on has that heading.
struct LinkChecker {
    let site: ValidatedSite
    /// Every language file, by path.
    let texts: [String: ScannedText]

    private var chooser: TranslationChooser { site.chooser }

    func diagnostics() -> [CheckDiagnostic] {
        var found: [CheckDiagnostic] = []
        for entry in site.entries {
            for language in site.configuration.languageCodes {
                let shown = chooser.text(of: entry, in: language)
                guard let text = texts[shown.translation.path] else { continue }
                for reference in text.references {
                    // A missing entry is the renderer's error, already among the build's diagnostics.
                    guard let target = site.entry(reference.target) else { continue }
                    let landing = chooser.text(of: target, in: language)
                    // On a page that is itself a fallback the reader has already left their
                    // language; the coverage matrix shows both missing texts.
                    if landing.isFallback && !shown.isFallback {
                        found.append(untranslatedTarget(reference, target: target, language: language, landing: landing.translation))
                    }
                    if let fragment = reference.fragment, let landingText = texts[landing.translation.path],
                       !landingText.headingIDs.contains(fragment) {
                        found.append(missingAnchor(reference, fragment: fragment, landingText: landingText, landingPath: landing.translation.path,
                                                   shownInstead: shown.isFallback ? (entry, language) : nil))
                    }
                }
            }
        }
        return found
    }

    private func untranslatedTarget(_ reference: LinkReference, target: Entry, language: String, landing: Translation) -> CheckDiagnostic {
        CheckDiagnostic(.untranslatedLink, .warning(
            at: reference.location,
            "the link goes to `\(target.id)`, which has no \(language).md: readers land on its \(landing.language).md text",
            hint: "Translate \(landing.path) into \(target.folder)/\(language).md, or link to a page written in this language."))
    }

    /// - Parameter shownInstead: the entry and language when the linking text is shown as a
    ///   fallback: its own readers are fine, and changing the anchor would break the link for them,
    ///   so the fix is the missing translation.
    private func missingAnchor(_ reference: LinkReference, fragment: String, landingText: ScannedText, landingPath: String,
                               shownInstead: (entry: Entry, language: String)?) -> CheckDiagnostic {
        let headings = landingText.headingIDs.map { "#" + $0 }.joined(separator: ", ")
        var message = "`\(landingPath)` has no heading `#\(fragment)`, so the link to `\(reference.target)#\(fragment)` opens the top of the page"
        let hint: String
        if let shownInstead {
            message += " for readers of the \(shownInstead.language) pages, who see this text because there is no \(shownInstead.language).md"
            hint = "Write \(shownInstead.entry.folder)/\(shownInstead.language).md with its own links"
                + (headings.isEmpty ? "." : "; `\(landingPath)` has the headings \(headings).")
        } else {
            hint = headings.isEmpty ? "That text has no headings: remove the `#\(fragment)` part."
                : "Its headings are \(headings): use one of them, or remove the `#…` part."
        }
        return CheckDiagnostic(.anchor, .warning(at: reference.location, message, hint: hint))
    }
}
