/**
 * What a language is to planbook: one LanguagePack, of one type for every language (as
 * HyperFormula ships one translation package per language). Its messages are typed against
 * the English ones, part by part, so a missing or extra key does not compile.
 */
import type { EnglishParts, englishMessages } from './en/messages';

/** Every message key, from the English reference. */
export type MessageKey = keyof typeof englishMessages;

/** A language's whole message table. */
export type Messages = Readonly<Record<MessageKey, string>>;

/** One part of a language's messages (its sheets, errors, CLI…), with exactly English's keys. */
export type MessagesOf<P extends keyof EnglishParts> = Readonly<
  Record<keyof EnglishParts[P], string>
>;

/** A language's messages from its parts: every part English has, each with exactly its keys. */
export function messagesOf(parts: { [P in keyof EnglishParts]: MessagesOf<P> }): Messages {
  return Object.assign({}, ...Object.values(parts)) as Messages;
}

/** A translate function for a language: t('sheet.control') → "Control". */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * What the sample plan (core/plan/samples.ts: a tea house's half-year) changes in a language:
 * its words, and what a dollar is worth in the language's currency.
 */
export interface SampleWords {
  business: string;
  /** Money in the language's currency per US dollar (round, as a marketer would plan). */
  perDollar: number;
  /** Typed starts (by task id) that the market's calendar moves: no review during Nowruz. */
  starts?: Readonly<Record<string, string>>;
  /** The English sample's owners and tasks (by id), in this language. */
  owners: Readonly<Record<string, string>>;
  tasks: Readonly<Record<string, string>>;
}

export interface LanguagePack {
  /** The plan's `language` code (ISO 639-1). */
  code: string;
  /** The language in its own words, as the sidebar and the Settings sheet name it. */
  name: string;
  /** Sheets, the sidebar and the CLI run right to left. */
  rightToLeft: boolean;
  /** The currency a plan in the language starts with (its market's). */
  currency: string;
  /** The market's country (ISO 3166), whose week and holidays a new plan takes; '' for none. */
  country: string;
  /** Excel may show dates in this calendar (the cells stay serials); Gregorian when absent. */
  dateDisplay?: 'solar-hijri';
  messages: Messages;
  /** The sample plan in the language; null for English, the sample's own. */
  sample: SampleWords | null;
}
