// GuideLocate: `guide locate`.
//
// - Front door: `AddressLocator(sourceRoot:register:options:).locate()` matches every
//   `locations[].address` in content/ against the State Address Register's buildings file
//   (VZD's `aw_eka.csv`), writes `latitude`/`longitude` with a comment naming the register row,
//   and returns a `LocateReport`: what was matched and written, what is ambiguous or unmatched.
// - `RegisterScanner` streams the register once, keeping only the rows the content's addresses
//   could match; `NormalizedAddress` is the one spelling both sides are reduced to.
// - `EntryLocationScanner` and `EntryFileEditor` find a location by its `address:` line and add
//   lines beside it, so the rest of entry.yaml keeps its bytes, comments included.
//
// The format it reads is described in docs/locate.md.
