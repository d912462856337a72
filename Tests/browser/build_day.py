"""The day the test sites are built for (`guide build --today`): time facts decide what is
listed, and tests that compute the expected lists from the content or the open data count from
the same day. Fixed, so a run next year sees the same site."""

import datetime

BUILD_DAY = "2026-12-06"


def last_day(date_text):
    """The latest day a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` can mean, as the guide reads `until`."""
    parts = [int(part) for part in str(date_text).split("-")]
    if len(parts) == 3:
        return datetime.date(*parts)
    year, month = parts[0], parts[1] if len(parts) == 2 else 12
    following = datetime.date(year + (month == 12), month % 12 + 1, 1)
    return following - datetime.timedelta(days=1)


def has_ended(runs):
    """Whether an entry with these `runs` has ended on the build day."""
    until = (runs or {}).get("until")
    return until is not None and last_day(until) < datetime.date.fromisoformat(BUILD_DAY)
