/** What spans the workbook in Excel: names, data validations and conditional formats. */
import { isoDate } from '../../../core/dates/serial';
import type { SheetSpec, WorkbookSpec } from '../../../core/workbook/spec';
import { normalizeValidation } from '../../../core/workbook/validation';
import type { RequestBudget } from './budget';
import { applyRuleFormat, ruleActions } from './formats';

export async function writeNames(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  sheets: Map<string, Excel.Worksheet>,
  budget: RequestBudget,
): Promise<void> {
  for (const n of spec.names) {
    await budget.take(3, n.name, n.ref);
    context.workbook.names.add(n.name, (sheets.get(n.sheetId) as Excel.Worksheet).getRange(n.ref));
  }
}

/** A validation as Excel's rule: drop-downs read their list by name. */
function ruleOf(v: ReturnType<typeof normalizeValidation>): Excel.DataValidationRule {
  if (v.kind === 'list') return { list: { inCellDropDown: true, source: `=${v.source.name}` } };
  if (v.kind === 'choice') return { list: { inCellDropDown: true, source: v.values.join(',') } };
  if (v.kind === 'date') {
    return {
      date: {
        formula1: isoDate(v.min),
        formula2: isoDate(v.max),
        operator: 'Between' as Excel.DataValidationOperator,
      },
    };
  }
  const basic = (
    v.max === null
      ? { formula1: v.min, operator: 'GreaterThanOrEqualTo' }
      : { formula1: v.min, formula2: v.max, operator: 'Between' }
  ) as Excel.BasicDataValidation;
  return v.integer ? { wholeNumber: basic } : { decimal: basic };
}

export async function writeValidations(
  ws: Excel.Worksheet,
  sheet: SheetSpec,
  spec: WorkbookSpec,
  budget: RequestBudget,
): Promise<void> {
  for (const v of sheet.validations.map((x) => normalizeValidation(x, spec))) {
    const rule = ruleOf(v);
    await budget.take(4, v.range, rule);
    const dv = ws.getRange(v.range).dataValidation;
    dv.rule = rule;
    dv.ignoreBlanks = v.allowBlank;
  }
}

/** The sheet's rules in the spec's priority order (0 is the highest). */
export async function writeRules(
  ws: Excel.Worksheet,
  sheet: SheetSpec,
  budget: RequestBudget,
): Promise<void> {
  for (const [i, rule] of sheet.conditionalRules.entries()) {
    await budget.take(ruleActions(rule.format), rule.range, rule.formula, rule.format);
    const cf = ws
      .getRange(rule.range)
      .conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
    cf.custom.rule.formula = `=${rule.formula}`;
    applyRuleFormat(cf.custom.format, rule.format);
    cf.priority = i;
    if (rule.stopIfTrue) cf.stopIfTrue = true;
  }
}
