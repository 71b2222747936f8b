/**
 * Finding English left in a text meant for another language: the words of the English message
 * table (three letters or more) are its vocabulary, so "Budget", "Checklist" or "Owner" in a
 * Vietnamese, Persian or Chinese workbook is found, while abbreviations and product names
 * marketers keep in every language are allowed.
 */
import { englishMessages as en } from '../../../core/i18n/en/messages';

/** Kept as they are in every language: abbreviations, product and company names, loanwords. */
const ALLOWED = new Set(
  [
    // Abbreviations marketers keep.
    'kpi',
    'kpis',
    'ctr',
    'cpa',
    'cpc',
    'cpm',
    'cpl',
    'cac',
    'roas',
    'roi',
    'aov',
    'nps',
    'clv',
    'cvr',
    'ctor',
    'seo',
    'ppc',
    'smart',
    'swot',
    'tows',
    'sostac',
    'race',
    'aisas',
    'yyyy',
    'iso',
    'json',
    'crm',
    'utm',
    // Currency codes, and the name of the report date the formulas use.
    'usd',
    'vnd',
    'irr',
    'irt',
    'cny',
    'toman',
    'reportdate',
    // Product, company and people's names.
    'planbook',
    'excel',
    'google',
    'sheets',
    'libreoffice',
    'smith',
    'dentsu',
    'facebook',
    'instagram',
    // Loanwords marketers of these languages write as English does.
    'email',
    'marketing',
    'gantt',
    'blog',
    'online',
    'website',
    'video',
    'chatbot',
    'web',
    // Names of holidays that marketers everywhere plan around.
    'nowruz',
  ].map((w) => w.toLowerCase()),
);

/** Names of more than one word, allowed as a whole. */
const ALLOWED_PHRASES = ['black friday', 'smart insights', 'google search console'];

const VOCABULARY: ReadonlySet<string> = new Set(
  Object.values(en)
    .flatMap((text) => text.toLowerCase().match(/[a-z]{3,}/g) ?? [])
    .filter((word) => !ALLOWED.has(word)),
);

/** The English words of a text, as its Latin letters spell them (nothing for other scripts). */
export function englishWords(text: string): string[] {
  // A word is a run of Latin letters; Vietnamese ones with diacritics are not English.
  const plain = ALLOWED_PHRASES.reduce((t, p) => t.split(p).join(' '), text.toLowerCase());
  const words = plain.match(/[\p{Script=Latin}]+/gu) ?? [];
  return words.filter((w) => /^[a-z]{3,}$/.test(w) && VOCABULARY.has(w));
}
