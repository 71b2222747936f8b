/** The one text rule (what a workbook can store) and how input is quoted back in messages. */
import { printable, unstorableCharacter } from '../../../core/plan/text';
import { formatPlanError } from '../../../core/plan/types';

describe('unstorableCharacter', () => {
  it.each([
    ['\u0000', 'the control character U+0000'],
    ['\u0008', 'the control character U+0008'],
    ['\u000b', 'the control character U+000B'],
    ['\u001b[2J', 'the control character U+001B'],
    ['\u007f', 'the control character U+007F'],
    ['\r', 'a carriage return (U+000D)'],
    ['\ufffe', 'U+FFFE'],
    ['\uffff', 'U+FFFF'],
    ['\ud800', 'the lone surrogate U+D800'],
    ['\udfff', 'the lone surrogate U+DFFF'],
    ['\ude00\ud83d', 'the lone surrogate U+DE00'],
  ])('refuses %j, naming it', (bad, named) => {
    expect(unstorableCharacter(`ok${bad}`)).toContain(named);
    expect(unstorableCharacter(`ok${bad}`)).toContain('at character 3');
  });

  it('counts a character beyond U+FFFF as one when it says where', () => {
    expect(unstorableCharacter('😀😀\uffff')).toContain('at character 3');
  });

  it.each([
    'Lotus Tea House',
    'tab\there',
    'line\nbreak',
    'Trà Sen · 莲花茶 · چای',
    '😀 and 𝄞',
    '\u0085 \u009b \u00a0 \u200b \u202e \ufdd0 \u{1fffe} \u{10ffff}',
    '=HYPERLINK("x") +1 -1 @SUM',
    '_x0041_',
  ])('accepts %j', (good) => {
    expect(unstorableCharacter(good)).toBeNull();
  });
});

describe('printable', () => {
  it('escapes what would drive a terminal or reorder a line', () => {
    expect(printable('\u001b[2J\u001b[1;1Hfake')).toBe('\\u001b[2J\\u001b[1;1Hfake');
    expect(printable('a\rb\nc\u009b31m\u202eevil\u2028')).toBe(
      'a\\u000db\\u000ac\\u009b31m\\u202eevil\\u2028',
    );
    expect(printable('\ud800 \ufffe')).toBe('\\ud800 \\ufffe');
  });

  it('leaves every language and every pair alone', () => {
    const text = 'Trà Sen — تحلیل وضعیت — 莲花茶 😀';
    expect(printable(text)).toBe(text);
  });

  it('is what every formatted plan error goes through', () => {
    expect(formatPlanError({ path: 'x\u001b[31m', message: 'unknown field' })).toBe(
      'x\\u001b[31m: unknown field',
    );
  });
});
