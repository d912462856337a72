// GuideMarkdown: the render stage, Markdown to HTML with cmark-gfm in safe mode.
//
// - Front door: `MarkdownRenderer().render(_:path:firstLine:resolve:)` gives `RenderedMarkdown`
//   (HTML, heading ids, plain text for search) and diagnostics with the Markdown's file and line.
// - The caller resolves references between entries (`organizations/drosa-maja`) per language,
//   so the renderer knows nothing of the site.
