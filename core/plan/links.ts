/**
 * Task links as project tools write them: finish-to-start (the default), start-to-start,
 * finish-to-finish and start-to-finish, each with a lag in working days (negative: a lead).
 * The short form "T3FS+2, T5SS" is read and written here.
 */

export const LINK_TYPES = ['FS', 'SS', 'FF', 'SF'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export interface Link {
  /** The predecessor's id. */
  id: string;
  type: LinkType;
  /** Working days after the link's date (negative: before it). */
  lag: number;
}

/** Separators between links: commas and semicolons, including Persian and Chinese ones. */
const SEPARATORS = /[,;،؛，；]/;
const SUFFIX = /^(.*?)\s*(FS|SS|FF|SF)?\s*(?:([+\-−])\s*(\d+)\s*(?:d|days?)?)?$/i;

export type LinkReading = { ok: true; link: Link } | { ok: false; problem: 'empty' | 'form' };

/**
 * Reads one link of the short form ("T3", "T3FS+2", "T5 SS", "T2FF-1"). A text that is itself
 * a known id is that id (so an id ending in "FS" still works); `defaultLag` is the lag of a
 * link that states none.
 */
export function readLink(text: string, known: ReadonlySet<string>, defaultLag = 0): LinkReading {
  const token = text.trim();
  if (token === '') return { ok: false, problem: 'empty' };
  if (known.has(token)) return { ok: true, link: { id: token, type: 'FS', lag: defaultLag } };
  const m = SUFFIX.exec(token);
  if (!m || m[1] === '') return { ok: false, problem: 'form' };
  const [, id, type, sign, digits] = m;
  const lag = digits === undefined ? defaultLag : Number(digits) * (sign === '+' ? 1 : -1);
  return { ok: true, link: { id, type: (type?.toUpperCase() ?? 'FS') as LinkType, lag } };
}

/** Splits the short form into its links' texts. */
export function splitLinks(text: string): string[] {
  return text.split(SEPARATORS);
}

/** The short form of one link after its predecessor's id: "", "FS+2", "SS", "FF-1". */
export function linkSuffix(link: Pick<Link, 'type' | 'lag'>): string {
  const lag = link.lag === 0 ? '' : link.lag > 0 ? `+${link.lag}` : `${link.lag}`;
  return link.type === 'FS' && lag === '' ? '' : `${link.type}${lag}`;
}

/** The short form of a task's links: "T3FS+2, T5SS". */
export function formatLinks(links: readonly Link[]): string {
  return links.map((l) => l.id + linkSuffix(l)).join(', ');
}
