// GuideOutput: the write stage, and the files derived from the whole site.
//
// - Front door: `StagingFolder(output:)` takes every file and `publish()` swaps it in for the
//   output folder in one rename; `LiveOutputFolder` patches a served folder for `guide serve`.
// - `OpenDataWriter` (guide.json, GeoJSON), `SitemapWriter` (sitemap.xml, robots.txt) and
//   `AssetPipeline` (hashed asset names).
