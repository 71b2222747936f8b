/** Parses the planbook command line. Every problem names the flag it concerns. */
import { LANGUAGES } from '../core/i18n';
import { FRAMEWORKS } from '../core/frameworks';
import { LIMITS_TEXT, MAX_WEEKS } from '../core/plan/limits';
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

export const USAGE = `Usage: planbook [options]

Writes a digital-marketing plan workbook (.xlsx). With no input it writes a sample plan.

Options:
  --input <plan.json>    the plan input (see the README's plan JSON format)
  --framework <id>       ${FRAMEWORKS.map((f) => f.id).join(' | ')}
  --language <code>      ${LANGUAGES.join(' | ')}
  --start <YYYY-MM-DD>   the plan's first day
  --weeks <n>            the plan's length in weeks (1-${MAX_WEEKS})
  --timeline <scale>     ${TIMELINES.join(' | ')}
  --report-date <date>   the day the Control sheet measures against (YYYY-MM-DD)
  --out <file.xlsx>      where to write (default plan.xlsx)
  --help                 show this help

Flags override the same fields of --input. Without --input and without plan flags the
sample plan (Lotus Tea House) is written; with plan flags, a plan seeded from the
framework's defaults.

${LIMITS_TEXT}

The workbook is written to a temporary file beside --out and renamed into place. An --out
that is your own link is written through to its target; --out may not be the --input file.`;

export type ParseResult = { ok: true; options: CliOptions } | { ok: false; errors: string[] };

export function parseArgs(argv: string[]): ParseResult {
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
          ? `${flag}: unknown option (see --help)`
          : `${arg}: unexpected argument (options start with --; see --help)`,
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
      errors.push(`${flag}: needs a value`);
      if (value !== undefined) i--;
      continue;
    }
    if (key === 'input' || key === 'out') {
      options[key] = value;
    } else if (key === 'weeks') {
      if (/^\d+$/.test(value)) options.overrides.weeks = Number(value);
      else errors.push(`--weeks: expected a whole number of weeks, got "${value}"`);
    } else {
      options.overrides[key] = value;
    }
  }
  if (!options.out.toLowerCase().endsWith('.xlsx')) {
    errors.push(`--out: the file name must end in .xlsx, got "${options.out}"`);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, options };
}
