/**
 * checkSpec: what a renderer would refuse or get wrong, found before any host sees the spec.
 * The tests run it on every generated spec; an empty list means every host can render it.
 */
import { cellRef, parseRange } from './a1';
import { formulaProblem } from './formulas';
import type { SheetSpec, WorkbookSpec } from './spec';
import { sameTitle, titleProblem } from './titles';

type Rect = ReturnType<typeof parseRange>;

const overlaps = (a: Rect, b: Rect) =>
  a.row1 <= b.row2 && b.row1 <= a.row2 && a.col1 <= b.col2 && b.col1 <= a.col2;

/** Every problem of the spec, as "Sheet: what is wrong". */
export function checkSpec(spec: WorkbookSpec): string[] {
  const problems: string[] = [];
  const ids = new Set(spec.sheets.map((s) => s.id));
  spec.sheets.forEach((sheet, i) => {
    const at = (what: string) => problems.push(`${sheet.title}: ${what}`);
    const title = titleProblem(sheet.title);
    if (title) at(`the title ${title}`);
    if (spec.sheets.slice(0, i).some((s) => sameTitle(s.title, sheet.title))) {
      at('the title is used twice (hosts ignore case)');
    }
    if (spec.sheets.slice(0, i).some((s) => s.id === sheet.id)) at('the id is used twice');
    checkCells(sheet, spec, ids, at);
    checkMerges(sheet, at);
    if (sheet.opensAt) {
      const { row, col, firstCol } = sheet.opensAt;
      const frozen = sheet.freeze ?? { rows: 0, cols: 0 };
      const outside = row <= frozen.rows || firstCol <= frozen.cols || firstCol > col;
      if (outside || !validRange(cellRef(row, col))) {
        at(`it opens at row ${row}, column ${col}: not a cell right of and below the frozen panes`);
      }
    }
    for (const rule of sheet.conditionalRules) {
      if (rule.formula.includes('!')) at(`rule ${rule.id} refers to another sheet`);
      const bad = formulaProblem(rule.formula);
      if (bad) at(`rule ${rule.id} ${bad}`);
      if (!validRange(rule.range)) at(`rule ${rule.id} has no range ${rule.range}`);
    }
    for (const v of sheet.validations) {
      if (!validRange(v.range)) at(`a validation has no range ${v.range}`);
      if (v.kind === 'list' && !spec.names.some((n) => n.name === v.source)) {
        at(`a validation lists ${v.source}, which is not a workbook name`);
      }
      if (v.kind === 'choice') {
        const bad = v.values.find((w) => w === '' || /[,"]/.test(w));
        if (v.values.length === 0) at(`a choice at ${v.range} offers nothing`);
        if (bad !== undefined) at(`a choice at ${v.range} offers "${bad}": no comma or quote`);
        if (v.values.join(',').length > 255) at(`a choice at ${v.range} is over 255 characters`);
      }
    }
  });
  for (const n of spec.names) {
    if (!ids.has(n.sheetId)) problems.push(`name ${n.name}: no sheet ${n.sheetId}`);
    if (!validRange(n.ref)) problems.push(`name ${n.name}: no range ${n.ref}`);
  }
  return problems;
}

function validRange(ref: string): boolean {
  try {
    const r = parseRange(ref.replace(/\$/g, ''));
    return r.row1 >= 1 && r.col1 >= 1 && r.row1 <= r.row2 && r.col1 <= r.col2;
  } catch {
    return false;
  }
}

function checkCells(
  sheet: SheetSpec,
  spec: WorkbookSpec,
  ids: Set<string>,
  at: (what: string) => void,
): void {
  for (const block of sheet.blocks) {
    block.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (!cell) return;
        const where = `R${block.row + r}C${block.col + c}`;
        if (cell.style && !spec.styles[cell.style]) at(`${where} has no style ${cell.style}`);
        const bad =
          (cell.formula === undefined ? null : formulaProblem(cell.formula)) ??
          (cell.addinFormula === undefined ? null : formulaProblem(cell.addinFormula, true));
        if (bad) at(`${where} ${bad}`);
        if (cell.linkToSheet !== undefined && !ids.has(cell.linkToSheet)) {
          at(`${where} links to no sheet ${cell.linkToSheet}`);
        }
      }),
    );
  }
}

/**
 * Merges may not overlap, and may not join frozen with unfrozen cells (Google Sheets refuses
 * it): a merge lies wholly inside or wholly outside the frozen rows, and the same for columns.
 */
function checkMerges(sheet: SheetSpec, at: (what: string) => void): void {
  const merges = sheet.merges.map((m) => ({ ref: m, ...parseRange(m) }));
  merges.forEach((m, i) => {
    const other = merges.slice(0, i).find((o) => overlaps(o, m));
    if (other) at(`merges ${other.ref} and ${m.ref} overlap`);
    const rows = sheet.freeze?.rows ?? 0;
    const cols = sheet.freeze?.cols ?? 0;
    if (m.row1 <= rows && m.row2 > rows) at(`merge ${m.ref} crosses the frozen rows`);
    if (m.col1 <= cols && m.col2 > cols) at(`merge ${m.ref} crosses the frozen columns`);
  });
}
