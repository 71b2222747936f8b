/**
 * Sheet titles every host accepts, and new titles beside the marketer's own sheets: a sheet
 * whose title is taken gets a numbered one ("Control (2)"), never the marketer's sheet.
 */

/** Excel's rules are the strictest of the hosts (Sheets allows 100 characters). */
export const TITLE_MAX = 31;
const FORBIDDEN = /[[\]:*?/\\]/;

/** Why a host would refuse this sheet title, or null when every host takes it. */
export function titleProblem(title: string): string | null {
  if (title.trim() === '') return 'is empty';
  if ([...title].length > TITLE_MAX) return `is longer than ${TITLE_MAX} characters`;
  if (FORBIDDEN.test(title)) return 'contains one of [ ] : * ? / \\';
  if (title.startsWith("'") || title.endsWith("'")) return 'starts or ends with an apostrophe';
  if (sameTitle(title, 'History')) return 'is "History", which Excel keeps for itself';
  return null;
}

/** Hosts compare titles ignoring case. */
export function sameTitle(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/** `wanted`, or "wanted (2)", "wanted (3)"… — the first that no title in `taken` matches. */
export function freeTitle(wanted: string, taken: readonly string[]): string {
  const isTaken = (t: string) => taken.some((x) => sameTitle(x, t));
  if (!isTaken(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const base = [...wanted].slice(0, TITLE_MAX - suffix.length).join('');
    const title = `${base}${suffix}`;
    if (!isTaken(title)) return title;
  }
}

/**
 * Titles for new sheets, in order, none equal to a title the workbook already has (`existing`)
 * or to another new one.
 */
export function freeTitles(wanted: readonly string[], existing: readonly string[]): string[] {
  const taken = [...existing];
  return wanted.map((w) => {
    const title = freeTitle(w, taken);
    taken.push(title);
    return title;
  });
}
