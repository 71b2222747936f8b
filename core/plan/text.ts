/**
 * The one rule for user text, wherever it enters (the plan JSON, CLI flags, the sidebar, later
 * the add-ins and importers): a character a workbook cannot carry is refused with the field
 * named, never removed or replaced behind the marketer's back. And the one way input is quoted
 * back in a message: escaped, so a plan file cannot move a terminal's cursor or fake a line.
 */

/**
 * Characters that cannot be stored in a workbook exactly as typed:
 * - C0 controls but tab and line feed, and DEL: XML 1.0 cannot carry the controls (ExcelJS
 *   drops them; Excel refuses the file) and spreadsheets do not keep DEL;
 * - carriage return: XML reads it back as a line feed, so "\r\n" would come back as "\n\n"-ish;
 * - U+FFFE and U+FFFF: not characters in XML 1.0; one makes sharedStrings.xml invalid, and
 *   LibreOffice then drops every text after it;
 * - a lone surrogate (from a JSON escape such as "\ud800"): not a character; UTF-8 writes it as
 *   U+FFFD.
 */
import { translator, type Translate } from '../i18n';

// eslint-disable-next-line no-control-regex
const UNSTORABLE = /[\u0000-\u0008\u000b-\u001f\u007f\ud800-\udfff\ufffe\uffff]/;
/** A surrogate pair (one character beyond U+FFFF), replaced before the test above. */
const PAIR = /[\ud800-\udbff][\udc00-\udfff]/g;

/**
 * Why a text cannot be stored as typed, naming the first bad character (in the language of
 * `t`, English by default); null when it can.
 */
export function unstorableCharacter(text: string, t: Translate = translator('en')): string | null {
  // Pairs become two letters, so that positions stay and only lone surrogates remain.
  const found = UNSTORABLE.exec(text.replace(PAIR, 'xx'));
  if (!found) return null;
  const code = text.charCodeAt(found.index);
  // Counted in characters as the marketer sees them (a pair is one).
  const at = Array.from(text.slice(0, found.index)).length + 1;
  const params = { at, code: codePoint(code) };
  if (code === 0x0d) return t('error.carriageReturn', params);
  if (code >= 0xd800 && code <= 0xdfff) return t('error.loneSurrogate', params);
  if (code >= 0xfffe) return t('error.nonCharacter', params);
  return t('error.controlCharacter', params);
}

function codePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Characters that must not reach a terminal or a log raw: C0 and C1 controls and DEL (escape
 * sequences), line and paragraph separators, bidirectional overrides and isolates (they reorder
 * what follows on the line), noncharacters and lone surrogates.
 */
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Input quoted in a message: every unprintable character as \uXXXX, the rest as it is. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
