/**
 * The fake Excel API keeps the host's rules the renderer must live with: a fake that allowed
 * more than Excel would let a renderer pass here and fail in the host.
 */
import { fakeExcel, REQUEST_LIMIT } from '../fakes/excel/api';
import { XBook } from '../fakes/excel/model';

type Ctx = Excel.RequestContext;

async function inExcel<T>(book: XBook, batch: (ctx: Ctx) => Promise<T>) {
  const host = fakeExcel(book);
  return { result: await host.Excel.run(batch), log: host.log };
}

describe('the fake Excel API', () => {
  it('throws on reading a property before load and sync', async () => {
    const book = new XBook();
    book.addOwnSheet('Mine');
    await inExcel(book, async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      expect(() => sheets.items).toThrow(/call the load method/);
      sheets.load('items/name');
      expect(() => sheets.items).toThrow(/not available/);
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['Mine']);
    });
  });

  it('fails getItem of a missing sheet at sync, not before', async () => {
    await inExcel(new XBook(), async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Nowhere');
      sheet.getRange('A1').values = [[1]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it('refuses a values array whose size is not the range’s', async () => {
    const book = new XBook();
    book.addOwnSheet('S');
    await inExcel(book, async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:B2').values = [[1, 2]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });

  it('makes a string beginning with "=" written as a value a formula', async () => {
    const book = new XBook();
    const sheet = book.addOwnSheet('S');
    await inExcel(book, async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:C1').values = [['=1+1', "'=2", 'text']];
      await ctx.sync();
    });
    expect(sheet.cell(1, 1)).toMatchObject({ formula: '1+1' });
    expect(sheet.cell(1, 1).value).toBeUndefined();
    expect(sheet.cell(1, 2)).toMatchObject({ value: '=2' });
    expect(sheet.cell(1, 3)).toMatchObject({ value: 'text' });
  });

  it.each([
    ['mine', 'is already taken'],
    ['x'.repeat(32), 'longer than 31'],
    ['a[b', 'does not allow'],
    ['a/b', 'does not allow'],
    ['a:b', 'does not allow'],
    ['a?b', 'does not allow'],
    ['a*b', 'does not allow'],
    ['a\\b', 'does not allow'],
  ])('refuses the sheet name %j (%s)', async (name, why) => {
    const book = new XBook();
    book.addOwnSheet('Mine');
    await inExcel(book, async (ctx) => {
      ctx.workbook.worksheets.add(name);
      await expect(ctx.sync()).rejects.toThrow(why);
    });
    expect(book.sheets).toHaveLength(1);
  });

  it('takes a name of 31 characters', async () => {
    const book = new XBook();
    await inExcel(book, async (ctx) => {
      ctx.workbook.worksheets.add('x'.repeat(31));
      await ctx.sync();
    });
    expect(book.sheets.map((s) => s.name)).toEqual(['x'.repeat(31)]);
  });

  it('counts syncs and the bytes of each request, and refuses one over 5 MB', async () => {
    const book = new XBook();
    book.addOwnSheet('S');
    const { log } = await inExcel(book, async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('S').getRange('A1');
      range.values = [['small']];
      await ctx.sync();
      range.values = [['x'.repeat(REQUEST_LIMIT)]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });
    expect(log.syncs).toBe(2);
    expect(log.requests[0]).toBeLessThan(200);
    expect(log.requests[1]).toBeGreaterThan(REQUEST_LIMIT);
    expect(book.sheets[0].cell(1, 1).value).toBe('small');
  });
});
