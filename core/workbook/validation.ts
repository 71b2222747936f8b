/**
 * Data validations as every renderer writes them: the spec's defaults filled in once (blank
 * cells allowed, number bounds, date bounds) and a list's source, a workbook name, resolved to
 * the range it stands for. A choice's words stay in the rule.
 */
import { FIRST_DATE, LAST_DATE } from '../dates/serial';
import { sheetPrefix } from './a1';
import type { Validation, WorkbookSpec } from './spec';

/** The dates every host holds alike (core/dates/serial, a module with no imports of its own). */
const DATE_BOUNDS = { min: FIRST_DATE, max: LAST_DATE };

export type NormalizedValidation =
  | {
      kind: 'list';
      range: string;
      allowBlank: boolean;
      /** The workbook name of the list, its sheet and range, and "'Sheet'!$E$5:$E$9". */
      source: { name: string; sheetId: string; ref: string; address: string };
    }
  | { kind: 'choice'; range: string; allowBlank: boolean; values: string[] }
  | {
      kind: 'number';
      range: string;
      allowBlank: boolean;
      min: number;
      max: number | null;
      integer: boolean;
    }
  | { kind: 'date'; range: string; allowBlank: boolean; min: number; max: number };

/** A validation with every default filled in; throws for a list whose name is not defined. */
export function normalizeValidation(
  v: Validation,
  spec: Pick<WorkbookSpec, 'names' | 'sheets'>,
): NormalizedValidation {
  if (v.kind === 'list') {
    const name = spec.names.find((n) => n.name === v.source);
    const title = spec.sheets.find((s) => s.id === name?.sheetId)?.title;
    if (!name || title === undefined) throw new Error(`list source ${v.source} is not a name`);
    const address = `${sheetPrefix(title)}${name.ref}`;
    return {
      kind: 'list',
      range: v.range,
      allowBlank: v.allowBlank ?? true,
      source: { name: name.name, sheetId: name.sheetId, ref: name.ref, address },
    };
  }
  if (v.kind === 'choice')
    return { kind: 'choice', range: v.range, allowBlank: true, values: v.values };
  if (v.kind === 'date') return { kind: 'date', range: v.range, allowBlank: true, ...DATE_BOUNDS };
  return {
    kind: 'number',
    range: v.range,
    allowBlank: true,
    min: v.min ?? 0,
    max: v.max ?? null,
    integer: v.integer ?? false,
  };
}
