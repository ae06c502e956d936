/** How the timeline is cut into pages, so that no timeline page grows with the archive. */

/** Events on a page of a year's or a topic's timeline; further ones are on /…/2/, /…/3/. */
export const TIMELINE_PAGE_SIZE = 100;

/** Events /timeline/ shows: the newest ones (older ones are on the year and topic pages). */
export const TIMELINE_LATEST = 30;
