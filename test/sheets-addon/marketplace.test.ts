/**
 * npm run marketplace: the listing's icons, card and screenshots, made from the built sidebar
 * and the sample plan as LibreOffice prints it, at the sizes the Marketplace asks for; each
 * screenshot shows the sheet it says.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'fs';
import os from 'os';
import path from 'path';
import { marketplace } from '../../scripts/marketplace';
import { hasLibreOffice } from '../engines/libreoffice';
import { programInstalled } from '../programs';
import { hasChromium } from '../web/browser';

const ready =
  hasChromium() &&
  hasLibreOffice() &&
  programInstalled('pdftoppm', 'poppler-utils', 'poppler-utils');
const describeReady = ready ? describe : describe.skip;

/** A PNG's width and height, from its header. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describeReady('the Marketplace listing images', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'planbook-listing-'));
  const at = (f: string) => path.join(out, f);
  beforeAll(() => marketplace(out), 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('draws the application icons and the card at their sizes', () => {
    for (const size of [32, 48, 96, 128])
      expect(pngSize(at(`icon-${size}.png`))).toEqual([size, size]);
    expect(pngSize(at('card-220x140.png'))).toEqual([220, 140]);
  });

  it('takes 1280×800 screenshots of the sidebar, the Schedule and the Control sheet', () => {
    const shots = JSON.parse(readFileSync(at('screenshots.json'), 'utf8')) as {
      file: string;
      sheet: string;
      page: number;
    }[];
    expect(shots.map((s) => [s.file, s.sheet])).toEqual([
      ['screenshot-1-sidebar.png', 'Overview'],
      ['screenshot-2-schedule.png', 'Schedule'],
      ['screenshot-3-control.png', 'Control'],
    ]);
    for (const s of shots) {
      expect(pngSize(at(s.file))).toEqual([1280, 800]);
      // A page of text and tables, not a blank one: PNG compresses blank pages to almost nothing.
      expect(statSync(at(s.file)).size).toBeGreaterThan(40_000);
    }
    expect(shots[1].page).toBeGreaterThan(shots[0].page);
    expect(shots[2].page).toBeGreaterThan(shots[1].page);
  });
});
