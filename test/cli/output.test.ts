/**
 * Writing the workbook touches no file but the output: planted links, permissions, a linked
 * --out, --input = --out, a missing folder and a failing disk.
 */
import crypto from 'crypto';
import ExcelJS from 'exceljs';
import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'fs';
import { promises as fsp } from 'fs';
import { cliSandbox } from './sandbox';
import { prepareOutput, writeOutput } from '../../cli/output';
import * as generate from '../../core/generate';

const box = cliSandbox();
const run = box.run;
const at = box.at;

async function isWorkbook(file: string): Promise<boolean> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.length > 0;
}

describe('the temporary file', () => {
  it('is not the predictable name a neighbour could plant a link at', async () => {
    writeFileSync(at('victim.txt'), 'precious');
    // The old name was .<out>.<pid>.tmp: plant links there for every pid this process may have.
    for (const pid of [process.pid, process.ppid]) {
      symlinkSync(at('victim.txt'), at(`.plan.xlsx.${pid}.tmp`));
    }
    expect(await run()).toBe(0);
    expect(readFileSync(at('victim.txt'), 'utf8')).toBe('precious');
    expect(lstatSync(at('plan.xlsx')).isFile()).toBe(true);
    expect(await isWorkbook(at('plan.xlsx'))).toBe(true);
  });

  it('is created exclusively: a link at its very name makes the write fail, not follow', async () => {
    writeFileSync(at('victim.txt'), 'precious');
    const random = Buffer.alloc(12, 7);
    jest.spyOn(crypto, 'randomBytes').mockReturnValue(random as never);
    symlinkSync(at('victim.txt'), at(`.plan.xlsx.${random.toString('hex')}.tmp`));
    await expect(
      writeOutput({ target: at('plan.xlsx') }, new Uint8Array([1, 2, 3])),
    ).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(at('victim.txt'), 'utf8')).toBe('precious');
    expect(readdirSync(box.dir).includes('plan.xlsx')).toBe(false);
  });

  it('leaves nothing behind, and is never named in a message, when the disk fails', async () => {
    writeFileSync(at('plan.xlsx'), 'the earlier workbook');
    const full = Object.assign(
      new Error(`ENOSPC: no space left on device, write '${at('.x.tmp')}'`),
      {
        code: 'ENOSPC',
      },
    );
    jest.spyOn(fsp, 'rename').mockRejectedValue(full);
    expect(await run()).toBe(1);
    expect(box.err).toEqual(['--out: cannot write plan.xlsx: the disk is full (ENOSPC)']);
    expect(readFileSync(at('plan.xlsx'), 'utf8')).toBe('the earlier workbook');
    expect(readdirSync(box.dir)).toEqual(['plan.xlsx']);
  });
});

describe('an existing output', () => {
  it('keeps its permissions', async () => {
    writeFileSync(at('plan.xlsx'), 'old');
    chmodSync(at('plan.xlsx'), 0o600);
    expect(await run()).toBe(0);
    expect(statSync(at('plan.xlsx')).mode & 0o777).toBe(0o600);
    chmodSync(at('plan.xlsx'), 0o640);
    expect(await run()).toBe(0);
    expect(statSync(at('plan.xlsx')).mode & 0o777).toBe(0o640);
  });

  it('gives a new file the usual permissions (0666 less the umask)', async () => {
    const umask = process.umask();
    expect(await run()).toBe(0);
    expect(statSync(at('plan.xlsx')).mode & 0o777).toBe(0o666 & ~umask);
  });

  it('that is the marketer’s own link is written through, and stays a link', async () => {
    mkdirSync(at('shared'));
    writeFileSync(at('shared', 'real.xlsx'), 'old');
    chmodSync(at('shared', 'real.xlsx'), 0o600);
    symlinkSync(at('shared', 'real.xlsx'), at('plan.xlsx'));
    expect(await run()).toBe(0);
    expect(lstatSync(at('plan.xlsx')).isSymbolicLink()).toBe(true);
    expect(await isWorkbook(at('shared', 'real.xlsx'))).toBe(true);
    expect(statSync(at('shared', 'real.xlsx')).mode & 0o777).toBe(0o600);
    expect(readdirSync(at('shared'))).toEqual(['real.xlsx']);
  });

  it('that is a link made by another user is refused', async () => {
    writeFileSync(at('victim.txt'), 'precious');
    symlinkSync(at('victim.txt'), at('plan.xlsx'));
    const owner = lstatSync(at('plan.xlsx')).uid;
    const result = await prepareOutput('plan.xlsx', at('plan.xlsx'), undefined, owner + 1);
    expect(result).toEqual({
      ok: false,
      error: '--out: plan.xlsx is a link made by another user; refusing to follow it',
    });
  });

  it('that is a link to nothing is refused', async () => {
    symlinkSync(at('gone.xlsx'), at('plan.xlsx'));
    expect(await run()).toBe(2);
    expect(box.err).toEqual(['--out: plan.xlsx is a link to a file that does not exist']);
  });

  it('that is a folder is refused before any work', async () => {
    mkdirSync(at('plan.xlsx'));
    expect(await run()).toBe(2);
    expect(box.err).toEqual(['--out: plan.xlsx exists and is not a file']);
  });
});

describe('--out and --input', () => {
  const plan = JSON.stringify({ framework: 'sostac' });

  it.each([
    ['the same path', 'plan.xlsx', () => undefined],
    ['a link to the input', 'link.xlsx', () => symlinkSync(at('plan.xlsx'), at('link.xlsx'))],
    ['a hard link to the input', 'hard.xlsx', () => linkSync(at('plan.xlsx'), at('hard.xlsx'))],
  ])('may not name one file (%s)', async (_, output, make) => {
    writeFileSync(at('plan.xlsx'), plan);
    make();
    expect(await run('--input', 'plan.xlsx', '--out', output)).toBe(2);
    expect(box.err).toEqual([
      `--out: ${output} is the --input file; writing it would replace the plan with the workbook`,
    ]);
    expect(readFileSync(at('plan.xlsx'), 'utf8')).toBe(plan);
  });
});

describe('the output folder', () => {
  it('is checked before the workbook is built, and named as typed', async () => {
    const spy = jest.spyOn(generate, 'buildPlan');
    expect(await run('--out', 'no/such/box.dir/plan.xlsx')).toBe(2);
    expect(box.err).toEqual([
      '--out: no/such/box.dir/plan.xlsx cannot be written: the folder no/such/box.dir does not exist',
    ]);
    expect(spy).not.toHaveBeenCalled();
    expect(readdirSync(box.dir)).toEqual([]);
  });

  it('must be a folder', async () => {
    writeFileSync(at('file'), 'x');
    expect(await run('--out', 'file/plan.xlsx')).toBe(2);
    expect(box.err).toEqual(['--out: file/plan.xlsx cannot be written: file is not a folder']);
  });
});

describe('what reaches the terminal', () => {
  it('reads a plan saved with a byte-order mark', async () => {
    writeFileSync(at('plan.json'), `\uFEFF${JSON.stringify({ framework: 'race' })}`);
    expect(await run('--input', 'plan.json')).toBe(0);
    expect(box.err).toEqual([]);
  });

  it('escapes control characters from the input in every message', async () => {
    writeFileSync(
      at('plan.json'),
      JSON.stringify({ framework: 'sostac', '\u001b[2J\u001b[Hplan ok\u009b': 1 }),
    );
    expect(await run('--input', 'plan.json', '--out', 'x\u001b[31m.xlsx')).toBe(2);
    expect(box.err).toEqual([
      expect.stringMatching(/^\\u001b\[2J\\u001b\[Hplan ok\\u009b: unknown field/),
    ]);
    expect(box.err.join('').includes('\u001b')).toBe(false);
  });

  it('prints a warning for a task after the plan ends, and still writes the plan', async () => {
    writeFileSync(
      at('plan.json'),
      JSON.stringify({
        framework: 'sostac',
        period: { start: '2027-01-04', weeks: 1 },
        tasks: [{ id: 'T1', name: 'Long', stage: 'action', start: '2027-01-04', days: 10 }],
      }),
    );
    expect(await run('--input', 'plan.json')).toBe(0);
    expect(box.err).toEqual([
      'warning: tasks[0]: T1 ends on 2027-01-15, after the plan ends (2027-01-10), so the Gantt does not show all of it; lengthen period.weeks or shorten the tasks before it',
    ]);
    expect(await isWorkbook(at('plan.xlsx'))).toBe(true);
  });

  it('lists every language and the limits in --help', async () => {
    expect(await run('--help')).toBe(0);
    const help = box.out.join('\n');
    expect(help).toMatch(/--language <code> +en \| fa \| vi \| zh/);
    expect(help).toMatch(
      /at most 156 weeks, 2,000 tasks, 50 channels, 100 objectives and 2,000 rows of channel results/,
    );
    expect(help).toMatch(/1900-03-01 to 9999-12-31/);
    expect(help).toMatch(/1,000,000,000,000,000/);
  });
});

describe('the command in the marketer’s language', () => {
  const sheetTitles = async (file: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return wb.worksheets.map((w) => w.name);
  };

  it('writes the language’s sample plan and says so in that language', async () => {
    expect(await run('--language', 'vi', '--out', 'vi.xlsx')).toBe(0);
    expect(box.out[0]).toMatch(/^Đã ghi vi\.xlsx /);
    expect(await sheetTitles(at('vi.xlsx'))).toContain('Lịch trình');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at('vi.xlsx'));
    expect(wb.getWorksheet('Tổng quan')!.getCell('A1').value).toBe('Trà Sen Hồ Tây');
  });

  it.each([
    ['fa', 'چایخانهٔ نیلوفر', 'نمای کلی'],
    ['zh', '莲心茶馆', '概览'],
  ])('writes the %s sample', async (language, business, overview) => {
    expect(await run('--language', language, '--out', `${language}.xlsx`)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at(`${language}.xlsx`));
    expect(wb.getWorksheet(overview)!.getCell('A1').value).toBe(business);
  });

  it('gives help and errors in --language’s language', async () => {
    expect(await run('--language=zh', '--help')).toBe(0);
    expect(box.out.join('\n')).toMatch(/--language/);
    expect(box.out.join('\n')).toMatch(/[\u4e00-\u9fff]/);
    box.out.length = 0;
    writeFileSync(at('plan.json'), JSON.stringify({ framework: 'race', tolerance: 2 }));
    expect(await run('--language', 'fa', '--input', 'plan.json', '--weeks', 'x')).toBe(2);
    expect(box.err).toEqual([expect.stringMatching(/^--weeks: .*[\u0600-\u06ff]/)]);
    box.err.length = 0;
    expect(await run('--language', 'fa', '--input', 'plan.json')).toBe(2);
    expect(box.err).toEqual([expect.stringMatching(/^tolerance: .*[\u0600-\u06ff]/)]);
  });

  it('speaks the plan’s language when --language is not given', async () => {
    writeFileSync(
      at('plan.json'),
      JSON.stringify({ framework: 'race', language: 'vi', tolerance: 2 }),
    );
    expect(await run('--input', 'plan.json')).toBe(2);
    expect(box.err).toEqual([expect.stringMatching(/^tolerance: .*(phải|nhỏ hơn)/)]);
  });
});
