/** The registry of planning frameworks. Adding one means adding its data file here. */
import { aisas } from './aisas';
import { race } from './race';
import { sostac } from './sostac';
import type { DefaultTask, FrameworkDefinition, SheetKind, StageDefinition } from './types';

export type { FrameworkDefinition, StageDefinition, DefaultTask, SheetKind } from './types';

export const FRAMEWORKS: readonly FrameworkDefinition[] = [sostac, race, aisas];

export function findFramework(id: string): FrameworkDefinition | undefined {
  return FRAMEWORKS.find((f) => f.id === id);
}

export function framework(id: string): FrameworkDefinition {
  const found = findFramework(id);
  if (!found) throw new Error(`unknown framework: ${id}`);
  return found;
}

/** Every stage's default tactics, in stage order, with the stage they belong to. */
export function defaultTactics(fw: FrameworkDefinition): (DefaultTask & { stage: string })[] {
  return fw.stages.flatMap((s) => s.tactics.map((t) => ({ ...t, stage: s.id })));
}

/** The KPIs the framework tracks by default, each once, in stage order. */
export function defaultKpis(fw: FrameworkDefinition): string[] {
  return [...new Set(fw.stages.flatMap((s) => s.kpis))];
}

/** The i18n key of a stage's message: stageKey(fw, 'reach', 'name') → "race.reach.name". */
export function stageKey(frameworkId: string, stageId: string, part: string): string {
  return `${frameworkId}.${stageId}.${part}`;
}

/** One sheet of a framework's workbook: a sheet kind, or a stage's own sheet. */
export type WorkbookSheet =
  { kind: Exclude<SheetKind, 'stages'> } | { kind: 'stage'; stage: StageDefinition };

/** The workbook's sheets in tab order, "stages" expanded to one sheet per stage with its own. */
export function workbookSheets(fw: FrameworkDefinition): WorkbookSheet[] {
  return fw.sheets.flatMap((kind): WorkbookSheet[] =>
    kind === 'stages'
      ? fw.stages.filter((s) => s.ownSheet).map((stage) => ({ kind: 'stage', stage }))
      : [{ kind }],
  );
}
