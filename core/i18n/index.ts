/**
 * The languages planbook speaks: one LanguagePack each (core/i18n/<code>/), one line each in
 * LANGUAGE_PACKS. Everything that differs by language — every text a workbook, the sidebar or
 * the CLI shows, the direction, the market's currency and country, the sample plan — comes
 * from the pack. A missing message is a bug, so the translator throws rather than show a key.
 */
import { en } from './en';
import { fa } from './fa';
import type { LanguagePack, Translate } from './types';
import { vi } from './vi';
import { zh } from './zh';

export type { LanguagePack, MessageKey, Messages, SampleWords, Translate } from './types';

/** Every language, in the order the sidebar lists them; English first, the reference. */
export const LANGUAGE_PACKS: readonly LanguagePack[] = [en, vi, fa, zh];

/** The languages' codes. */
export const LANGUAGES: readonly string[] = LANGUAGE_PACKS.map((p) => p.code);

/** A language's pack; English for a code planbook does not speak. */
export function languagePack(code: string): LanguagePack {
  return LANGUAGE_PACKS.find((p) => p.code === code) ?? en;
}

export function isLanguage(code: unknown): code is string {
  return typeof code === 'string' && LANGUAGES.includes(code);
}

/** A translate function for a language: t('sheet.control') → "Control". */
export function translator(language: string): Translate {
  const table = languagePack(language).messages as Readonly<Record<string, string>>;
  return (key, params) => {
    const message = table[key];
    if (message === undefined) throw new Error(`missing message: ${key}`);
    return params
      ? message.replace(/\{(\w+)\}/g, (all, name: string) => String(params[name] ?? all))
      : message;
  };
}

export function isRightToLeft(language: string): boolean {
  return languagePack(language).rightToLeft;
}

/** Every message key of the English reference. */
export function messageKeys(): string[] {
  return Object.keys(en.messages);
}
