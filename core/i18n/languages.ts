/** The registry of languages: one line a language, each its pack (core/i18n/<code>/index.ts). */
export { en } from './en';
export { fa } from './fa';
export { vi } from './vi';
export { zh } from './zh';
