// Plain data, apart from the package schema: the library checks a file against them before sending it.

/** A package larger than this is not one report, however long its history. */
export const REPORT_PACKAGE_MAX_BYTES = 50 * 1024 * 1024;
/**
 * The history versions an import keeps: the newest this many, the older ones left out (and said
 * so; the sender still has them). At one version per five minutes of editing that is 80 hours of
 * writing, more than a year's report takes; each version is checked like the text, so the bound is
 * what keeps an import to seconds rather than minutes.
 */
export const REPORT_PACKAGE_REVISIONS_KEPT = 1000;
