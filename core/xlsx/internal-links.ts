/**
 * ExcelJS writes a link to a cell of another sheet as a `location` *and* an external
 * relationship whose target is "Sheet!A1"; LibreOffice and Google Sheets follow the
 * relationship and try to open a file of that name. This drops those relationships (and the
 * hyperlinks' r:id) from the model ExcelJS prepares, before it renders a byte, leaving plain
 * in-workbook locations as Excel itself writes them.
 */
import type ExcelJS from 'exceljs';

/** The parts of ExcelJS's prepared worksheet model this touches. */
interface PreparedSheet {
  rels?: { Id: string; TargetMode?: string }[];
  hyperlinks?: { rId?: string; target?: string }[];
}

/** The writer's step that prepares every worksheet's model (relationships included). */
interface Writer {
  prepareModel(model: { worksheets: PreparedSheet[] }, options: unknown): void;
}

/** A target ExcelJS made from an in-workbook location such as 'Two words'!A1. */
function isSheetLocation(target: string): boolean {
  return !target.includes('://') && /![A-Za-z]+\d+$/.test(target);
}

/** Makes this workbook's writer keep links to its own sheets internal. */
export function keepSheetLinksInternal(wb: ExcelJS.Workbook): void {
  const writer = wb.xlsx as unknown as Writer;
  const prepare = writer.prepareModel;
  if (typeof prepare !== 'function') throw new Error('ExcelJS has no prepareModel step');
  writer.prepareModel = (model, options) => {
    prepare.call(writer, model, options);
    for (const sheet of model.worksheets) {
      const internal = new Set<string>();
      for (const link of sheet.hyperlinks ?? []) {
        if (!link.rId || !link.target || !isSheetLocation(link.target)) continue;
        internal.add(link.rId);
        delete link.rId;
      }
      if (internal.size > 0) sheet.rels = sheet.rels?.filter((rel) => !internal.has(rel.Id));
    }
  };
}
