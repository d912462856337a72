// GuideScaffold: `guide new`.
//
// - Front door: `EntryCreator(sourceRoot:).create(section:slug:)` writes a new entry folder from
//   an `EntryScaffold`, with every field of its section to fill in.
