// GuideOutput: the write stage, and the files derived from the whole site.
//
// - Front door: `StagingFolder(output:)` takes every file into the kept site beside the output
//   and `publish()` exchanges the two folders in one step; `LiveOutputFolder` patches a served folder for `guide serve`.
// - `OpenDataWriter` (guide.json, GeoJSON), `SitemapWriter` (sitemap.xml, robots.txt),
//   `RedirectPages` (old addresses of renamed pages, `_redirects`) and `AssetPipeline` (hashed
//   asset names).
// - For hosts: `HostConfigurationFiles` (`_headers`, `nginx.conf.snippet`, `.htaccess`) and
//   `Precompressor` (`.gz` and `.br` beside text files, through zlib and libbrotli).
