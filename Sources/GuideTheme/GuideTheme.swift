// GuideTheme: templates and UI strings.
//
// - Front door: `Theme.load(from:languages:sourceRoot:)` compiles the Mustache templates and
//   reads `i18n/<lang>.yaml` (`UIStrings`, with `PluralRules`) and the assets.
// - `TemplateShapeCache` renders a template once per shape of its values; `TemplateShapeRules`
//   says which themes may use it; `MarkedHTML` is the marker mechanism both caches share.
