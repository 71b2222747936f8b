/**
 * The languages planbook speaks: one LanguagePack each (core/i18n/<code>/), one line each in
 * the registry (languages.ts). Everything that differs by language — every text a workbook, the sidebar or
 * the CLI shows, the direction, the market's currency and country, the sample plan — comes
 * from the pack. A missing message is a bug, so the translator throws rather than show a key.
 */
import * as registry from './languages';
import type { LanguagePack, Translate } from './types';

export type { LanguagePack, MessageKey, Messages, SampleWords, Translate } from './types';

const { en } = registry;

/** Every language, as the sidebar lists them: English (the reference) first, then by code. */
export const LANGUAGE_PACKS: readonly LanguagePack[] = [
  en,
  ...Object.values(registry as Record<string, LanguagePack>)
    .filter((p) => p !== en)
    .sort((a, b) => a.code.localeCompare(b.code)),
];

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
