/** English: the planbook command's help and messages, and the plan's limits as they state them. */
export const cli = {
  'cli.usage': `Usage: planbook [options]
       planbook read plan.xlsx [--out plan.json]
       planbook update plan.xlsx [options] --out new.xlsx

Writes a digital-marketing plan workbook (.xlsx). With no input it writes a sample plan.

Options:
  --input <plan.json>    the plan input (see the README's plan JSON format)
  --framework <id>       {frameworks}
  --language <code>      {languages}; also the language of these messages
  --start <YYYY-MM-DD>   the plan's first day
  --weeks <n>            the plan's length in weeks (1-{maxWeeks})
  --timeline <scale>     {timelines}
  --report-date <date>   the day the Control sheet measures against (YYYY-MM-DD)
  --out <file.xlsx>      where to write (default plan.xlsx)
  --help                 show this help

Flags override the same fields of --input. Without --input and without plan flags the
sample plan (a tea house, in the language of --language) is written; with plan flags, a plan
seeded from the framework's defaults.

{limits}

The workbook is written to a temporary file beside --out and renamed into place. An --out
that is your own link is written through to its target; --out may not be the --input file.`,
  'cli.limits': `Limits: at most {weeks} weeks, {tasks} tasks, {channels} channels, {objectives} objectives and {results} rows of channel results;
dates from {firstDate} to {lastDate} (every task's end too, at most {yearsAfter} years after the plan ends); amounts (budgets, baselines,
targets, actuals) up to {amountMax} in size and 0 or at least {amountMin};
a task lasts at most {taskDays} working days, with at most {links} links, lags and leads of at most
{lagDays} days and at most {lagDays} days of buffer; at most {holidays} holidays.`,
  'cli.unknownOption': '{flag}: unknown option (see --help)',
  'cli.unexpectedArgument': '{arg}: unexpected argument (options start with --; see --help)',
  'cli.needsValue': '{flag}: needs a value',
  'cli.weeksNotWhole': '--weeks: expected a whole number of weeks, got "{value}"',
  'cli.outNotXlsx': '--out: the file name must end in .xlsx, got "{value}"',
  'cli.fromFlag': ' (from {flag})',
  'cli.warning': 'warning: {message}',
  'cli.update.usage':
    'Usage: planbook update plan.xlsx [--framework …] [--language …] [--start …] [--weeks …] [--timeline …] [--report-date …] --out new.xlsx',
  'cli.update.noInput': '--input: update reads its plan from the workbook it is given',
  'cli.update.needsOut':
    '--out: update writes a new workbook and never the one it reads; name it with --out',
  'cli.update.cellDropped':
    'not carried over: {value} in {cell} of sheet {sheet} (the change lays that sheet out anew)',
  'cli.update.stageMoved':
    '{id}: the new framework has no stage “{stage}”; the task is filed under “{to}”',
  'cli.update.sheetsLeft': 'sheets you added stay in the old workbook only: {parts}',
  'cli.read.usage':
    'Usage: planbook read plan.xlsx [--out plan.json]: the plan JSON rebuilt from a workbook planbook wrote, on standard output without --out',
  'cli.read.cannot': 'cannot read {file}: {reason}',
  'cli.read.notXlsx':
    '{file} is not an .xlsx workbook (damaged, password-protected, or another kind of file)',
  'cli.read.tooBig': '{file} is {size} MB; planbook reads workbooks of at most {limit} MB',
  'cli.read.outNotJson': '--out {value}: the plan is written as a .json file',
  'cli.read.twice': '{flag} is given twice',
  'cli.read.notRead': 'sheets you added, kept in the workbook but not read into the plan: {parts}',
  'cli.read.wrote':
    'Read {file}: {tasks} tasks, {channels} channels, {objectives} objectives; wrote {out}',
  'cli.cannotWrite': '--out: cannot write {file}: {reason}',
  'cli.cannotRead': '--input: cannot read {file}: {reason}',
  'cli.notJson': '--input: {file} is not valid JSON: {reason}',
  'cli.wrote': 'Wrote {file} in {seconds} s',
  'cli.sheets': '  sheets: {count} ({titles})',
  'cli.tasks': '  tasks:  {count}',
  'cli.kpis': '  KPIs:   {count}',
  'cli.out.foreignLink': '--out: {file} is a link made by another user; refusing to follow it',
  'cli.out.danglingLink': '--out: {file} is a link to a file that does not exist',
  'cli.out.noFolder': '--out: {file} cannot be written: the folder {folder} does not exist',
  'cli.out.notFolder': '--out: {file} cannot be written: {folder} is not a folder',
  'cli.out.notWritable': '--out: {file} cannot be written: the folder {folder} is not writable',
  'cli.out.notFile': '--out: {file} exists and is not a file',
  'cli.out.isInput':
    '--out: {file} is the --input file; writing it would replace the plan with the workbook',
  'cli.reason.ENOSPC': 'the disk is full',
  'cli.reason.EDQUOT': 'the disk quota is used up',
  'cli.reason.EACCES': 'permission denied',
  'cli.reason.EPERM': 'permission denied',
  'cli.reason.EROFS': 'the disk is read-only',
  'cli.reason.EISDIR': 'it is a folder',
} satisfies Record<string, string>;
