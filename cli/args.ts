/** Parses the planbook command line. Every problem names the flag it concerns. */
import { LANGUAGES, isLanguage, translator, type Translate } from '../core/i18n';
import { FRAMEWORKS } from '../core/frameworks';
import { MAX_WEEKS, limitsText } from '../core/plan/limits';
import { TIMELINES } from '../core/plan/types';

export interface CliOptions {
  help: boolean;
  input?: string;
  out: string;
  /** Plan fields set by flags, applied over the input. */
  overrides: {
    framework?: string;
    language?: string;
    start?: string;
    weeks?: number;
    timeline?: string;
    reportDate?: string;
  };
}

const VALUE_FLAGS: Record<string, keyof CliOptions['overrides'] | 'input' | 'out'> = {
  '--input': 'input',
  '--out': 'out',
  '--framework': 'framework',
  '--language': 'language',
  '--start': 'start',
  '--weeks': 'weeks',
  '--timeline': 'timeline',
  '--report-date': 'reportDate',
};

/** The help, in the language of `t`. */
export function usage(t: Translate): string {
  return t('cli.usage', {
    frameworks: FRAMEWORKS.map((f) => f.id).join(' | '),
    languages: LANGUAGES.join(' | '),
    maxWeeks: MAX_WEEKS,
    timelines: TIMELINES.join(' | '),
    limits: limitsText(t),
  });
}

/** The help in English (the README quotes it). */
export const USAGE = usage(translator('en'));

/**
 * The language the command speaks before it has read any input: --language's, when it is one
 * planbook has; else English.
 */
export function flagLanguage(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i].startsWith('--language=')
      ? argv[i].slice('--language='.length)
      : argv[i] === '--language'
        ? argv[i + 1]
        : undefined;
    if (isLanguage(value)) return value;
  }
  return undefined;
}

export type ParseResult = { ok: true; options: CliOptions } | { ok: false; errors: string[] };

export function parseArgs(argv: string[], t: Translate = translator('en')): ParseResult {
  const options: CliOptions = { help: false, out: 'plan.xlsx', overrides: {} };
  const errors: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      options.help = true;
      continue;
    }
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const key = VALUE_FLAGS[flag];
    if (!key) {
      errors.push(
        arg.startsWith('-')
          ? t('cli.unknownOption', { flag })
          : t('cli.unexpectedArgument', { arg }),
      );
      // An unknown option's value is not reported a second time.
      if (
        arg.startsWith('-') &&
        inline === undefined &&
        argv[i + 1] &&
        !argv[i + 1].startsWith('-')
      )
        i++;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      errors.push(t('cli.needsValue', { flag }));
      if (value !== undefined) i--;
      continue;
    }
    if (key === 'input' || key === 'out') {
      options[key] = value;
    } else if (key === 'weeks') {
      if (/^\d+$/.test(value)) options.overrides.weeks = Number(value);
      else errors.push(t('cli.weeksNotWhole', { value }));
    } else {
      options.overrides[key] = value;
    }
  }
  if (!options.out.toLowerCase().endsWith('.xlsx')) {
    errors.push(t('cli.outNotXlsx', { value: options.out }));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, options };
}
