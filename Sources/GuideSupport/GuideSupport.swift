// GuideSupport: what every stage needs and none owns.
//
// - `ParallelMap`: work spread over the cores, or over threads of its own for disk-bound work.
// - `FNV1aHasher` and `ContentHash`: fingerprints for incremental builds and hashed file names.
// - `JSONText`: deterministic hand-written JSON; `HTMLEscaping`: text and attribute escaping.
// - `GeneratedFile`: a file made in memory, waiting to be written.
// - Small extensions of the standard library: `partitionPoint`, `positionsByKey`, a byte
//   search (`firstIndex(of:from:)`), placeholders, whitespace trimming, and `editDistance` for
//   "did you mean" hints.
//
// It depends on nothing of ours, so it is the one place for such helpers.
