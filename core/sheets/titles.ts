/**
 * The workbook's sheets in tab order, with their ids and titles, worked out in one place: the
 * generator builds them, the playground previews them, formulas that read another sheet and the
 * Overview's links name them from here.
 */
import {
  stageKey,
  workbookSheets,
  type FrameworkDefinition,
  type WorkbookSheet,
} from '../frameworks';
import type { Translate } from '../i18n';
import { freeTitles } from '../workbook/titles';

export interface PlannedSheet {
  /** A stable id: the sheet kind ("control"), or "stage.<id>" for a stage's own sheet. */
  id: string;
  /** Its tab's title: the translated name, numbered where the workbook already has it. */
  title: string;
  /** What the sheet is for, as the Overview's contents say. */
  about: string;
  sheet: WorkbookSheet;
}

/**
 * The sheets of a framework's workbook in the plan's language. `existing`: the titles the
 * workbook the plan goes into already has (an add-in writing beside the marketer's sheets);
 * a title that is taken becomes "Control (2)".
 */
export function plannedSheets(
  fw: FrameworkDefinition,
  t: Translate,
  existing: readonly string[] = [],
): PlannedSheet[] {
  const sheets = workbookSheets(fw).map((sheet) => {
    if (sheet.kind !== 'stage') {
      return {
        id: sheet.kind,
        name: t(`sheet.${sheet.kind}`),
        about: t(`contents.${sheet.kind}`),
        sheet,
      };
    }
    const key = (part: string) => t(stageKey(fw.id, sheet.stage.id, part));
    return { id: `stage.${sheet.stage.id}`, name: key('name'), about: key('question'), sheet };
  });
  const titles = freeTitles(
    sheets.map((s) => s.name),
    existing,
  );
  return sheets.map(({ id, about, sheet }, i) => ({ id, title: titles[i], about, sheet }));
}
