"""The day the test sites are built for (`guide build --today`): time facts decide what is
listed, and tests that compute the expected lists from the open data count from the same day.
Fixed, so a run next year sees the same site."""

BUILD_DAY = "2026-12-06"
