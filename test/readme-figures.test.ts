/**
 * The add-ins' figures in the README are the bench's (test/figures.ts): the Sheets calls and
 * estimated write, the Excel requests and largest request on the wire, plan by plan. When the
 * renderers change, `npm run bench -- figures --readme` writes them anew.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { figuresTable, measureFigures, readmeFigures, tableCells } from './figures';

it('quotes the figures the bench measures today', async () => {
  const readme = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
  expect(readmeFigures(readme)).toEqual(tableCells(figuresTable(await measureFigures())));
}, 120_000);
