/**
 * The Settings sheet's rows of settings, in order, one per key (its label is
 * `settings.<key>`): the Settings builder writes them and `planbook read` finds them here.
 */
export const SETTINGS_FIRST_ROW = 5;

export const SETTINGS_KEYS = [
  'reportDate',
  'tolerance',
  'planStart',
  'planEnd',
  'weeks',
  'framework',
  'language',
  'currency',
  'timeline',
  'grossMargin',
  'purchasesPerYear',
  'lifespanYears',
  'country',
  'planbook',
  'planId',
] as const;
export type SettingsKey = (typeof SETTINGS_KEYS)[number];

/** The row of a setting; its value is in column B. */
export function settingsRow(key: SettingsKey): number {
  return SETTINGS_FIRST_ROW + SETTINGS_KEYS.indexOf(key);
}
