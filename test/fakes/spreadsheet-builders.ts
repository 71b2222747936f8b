/**
 * The fake SpreadsheetApp's builders (data validations, conditional format rules, rich text):
 * each records what it was asked for; build() gives that record. Apps Script runs builders
 * locally, so their calls are counted apart from the service calls.
 */
import type { CallLog } from './spreadsheet-log';

/** What a builder built: the name of each setter called, with its arguments. */
export type Built = Record<string, unknown>;

const SETTERS = [
  'requireValueInRange',
  'requireValueInList',
  'requireNumberBetween',
  'requireNumberGreaterThanOrEqualTo',
  'requireFormulaSatisfied',
  'requireDateBetween',
  'setAllowInvalid',
  'whenFormulaSatisfied',
  'setBackground',
  'setFontColor',
  'setBold',
  'setRanges',
  'setText',
  'setLinkUrl',
  'setItalic',
  'setForegroundColor',
  'setFontSize',
] as const;

export type FakeBuilder = Record<(typeof SETTERS)[number], (...args: unknown[]) => FakeBuilder> & {
  build(): Built;
};

/** A builder that records each setter's arguments; a builder may be built more than once. */
export function fakeBuilder(log: CallLog): FakeBuilder {
  const built: Built = {};
  const builder = { build: () => ({ ...built }) } as FakeBuilder;
  for (const name of SETTERS) {
    builder[name] = (...args: unknown[]) => {
      log.builder++;
      // A validation has one requirement: a later one replaces an earlier one.
      if (name.startsWith('require')) built.require = name;
      const key = name.replace(/^(set|require|when)/, '');
      built[key.charAt(0).toLowerCase() + key.slice(1)] = args.length === 1 ? args[0] : args;
      return builder;
    };
  }
  return builder;
}
