/**
 * Every user-visible string comes from a message table here. A missing key is a bug, so the
 * translator throws instead of showing the key to a marketer.
 */
import { en } from './en';
import { fa } from './fa';
import { vi } from './vi';
import { zh } from './zh';

export const LANGUAGES = ['en', 'vi', 'fa', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's table; a key it lacks is shown in English (the reference table). */
const TABLES: Record<Language, Record<string, string>> = { en, vi, fa, zh };
const RIGHT_TO_LEFT: readonly string[] = ['fa'];

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** A translate function for a language: t('sheet.control') → "Control". */
export function translator(language: string): Translate {
  const table = TABLES[language as Language] ?? en;
  return (key, params) => {
    const message = table[key] ?? en[key];
    if (message === undefined) throw new Error(`missing message: ${key}`);
    return params
      ? message.replace(/\{(\w+)\}/g, (all, name: string) => String(params[name] ?? all))
      : message;
  };
}

export function isRightToLeft(language: string): boolean {
  return RIGHT_TO_LEFT.includes(language);
}

/** Every key of the English table (tests check the other tables against it). */
export function messageKeys(): string[] {
  return Object.keys(en);
}
