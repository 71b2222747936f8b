/**
 * Situation (where are we now?): business profile questions, a channel audit with CVR, CPA (on
 * all marketing cost) and ROAS (on media spend) formulas, a SWOT grid, competitors, and the
 * target market's needs.
 */
import { cellRef } from '../../workbook/a1';
import { SheetBuilder } from '../../workbook/builder';
import { calc, header, input, label, type SheetContext, type SheetEntry } from '../context';
import { checklist, stageChecklist, stageIntro } from '../sections/guidance';
import { swot } from '../sections/swot';
import { businessProfile, competitors, targetMarket } from '../sections/planning';
import { numberIn } from '../../workbook/formulas';

export function situationSheet(ctx: SheetContext, entry: SheetEntry): SheetBuilder {
  const { t } = ctx;
  const sheet = new SheetBuilder(entry.id, entry.title, ctx.rightToLeft);
  sheet.cell(1, 1, label(t('sheet.situation'), 'title'));
  stageIntro(sheet, ctx, 'situation', 2, 8);

  let row = businessProfile(sheet, ctx, 4) + 1;
  row = channelAudit(sheet, ctx, row) + 1;
  row = swot(sheet, ctx, row) + 1;
  row = competitors(sheet, ctx, row) + 1;
  row = targetMarket(sheet, ctx, row) + 1;
  checklist(sheet, ctx, stageChecklist(ctx, 'situation'), row);
  sheet.widths(1, [30, 14, 14, 14, 14, 14, 12, 12, 12]);
  return sheet;
}

function channelAudit(sheet: SheetBuilder, ctx: SheetContext, row: number): number {
  const { t, plan } = ctx;
  sheet.cell(row, 1, label(t('situation.audit'), 'section'));
  const cols = [
    'channel',
    'sessions',
    'conversions',
    'revenue',
    'mediaSpend',
    'otherCost',
    'cvr',
    'cpa',
    'roas',
  ];
  sheet.row(
    row + 1,
    1,
    cols.map((c) => header(t(`situation.audit.${c}`))),
  );
  const channels = plan.channels.length > 0 ? plan.channels.map((c) => c.name) : [''];
  sheet.block(
    row + 2,
    1,
    channels.map((name, i) => {
      const r = row + 2 + i;
      const [sessions, conversions, revenue, media, other] = [2, 3, 4, 5, 6].map((c) =>
        cellRef(r, c),
      );
      const ratio = (num: string, den: string) => `IF(${numberIn(den)}=0,"",${num}/${den})`;
      // CPA divides all marketing cost; ROAS only what the ad platforms charged.
      return [
        input(name || null),
        input(null, 'number'),
        input(null, 'number'),
        input(null, 'currency'),
        input(null, 'currency'),
        input(null, 'currency'),
        calc(ratio(conversions, sessions), 'percent'),
        calc(ratio(`(${numberIn(media)}+${numberIn(other)})`, conversions), 'currency'),
        calc(ratio(revenue, media), 'ratio'),
      ];
    }),
  );
  return row + 2 + channels.length;
}
