/**
 * Every element FRAMEWORKS.md lists is in every framework's workbook, in every language, on the
 * sheet where the framework puts it: a walk of the workbook's cells for each element's label.
 * And every sheet a text or a link points the marketer to exists.
 */
import { FRAMEWORKS, stageKey, type FrameworkDefinition } from '../../../core/frameworks';
import { LANGUAGES, translator } from '../../../core/i18n';
import { CONTROL_COLUMNS } from '../../../core/sheets/layouts/control';
import type { WorkbookSpec } from '../../../core/workbook/spec';
import { evaluateSpec } from '../../engines/hyperformula';
import { specOf } from '../../helpers';

/** An element of the planning core: the labels that show it, where SOSTAC and the others put it. */
interface Element {
  what: string;
  keys: string[];
  /** The sheet in SOSTAC; RACE and AISAS put the planning core on their Plan sheet. */
  sostac: string;
  /** Set where RACE and AISAS put it elsewhere than the Plan sheet. */
  others?: string;
}

const PLANNING_CORE: Element[] = [
  {
    what: 'mission and OVP',
    keys: ['core.mission.mission', 'core.mission.ovp'],
    sostac: 'strategy',
  },
  {
    what: 'business profile',
    keys: ['who', 'what', 'strengths', 'money', 'goal'].map((q) => `situation.profile.${q}`),
    sostac: 'situation',
  },
  { what: 'SWOT', keys: ['situation.swot'], sostac: 'situation' },
  {
    what: 'TOWS',
    keys: ['strategy.tows', 'strategy.tows.so', 'strategy.tows.wt'],
    sostac: 'strategy',
  },
  { what: 'competitors', keys: ['situation.competitors'], sostac: 'situation' },
  { what: 'target market', keys: ['situation.market'], sostac: 'situation' },
  {
    what: 'STP',
    keys: ['strategy.segments', 'strategy.targeting', 'strategy.positioning'],
    sostac: 'strategy',
  },
  {
    what: '5S objectives as SMART rows',
    keys: [
      'objectives.smart',
      'objectives.col.kpi',
      'objectives.col.target',
      'objectives.col.deadline',
      ...['sell', 'serve', 'speak', 'save', 'sizzle'].map((s) => `fiveS.${s}.name`),
    ],
    sostac: 'objectives',
  },
  {
    what: 'strategy → planning → plan layers',
    keys: ['core.layers.strategy', 'core.layers.planning', 'core.layers.plan'],
    sostac: 'strategy',
  },
  {
    what: 'own site versus third-party platforms',
    keys: ['core.platforms', 'core.platformType.own', 'core.platformType.thirdParty'],
    sostac: 'strategy',
  },
  {
    what: 'organisation table',
    keys: ['core.org.role', 'core.org.who', 'core.org.skills', 'core.org.hours'],
    sostac: 'tactics',
  },
  {
    what: 'measurement plan',
    keys: ['core.measure', 'core.measure.source', 'core.utm', 'core.attribution'],
    sostac: 'objectives',
  },
  {
    what: 'review log with the four review questions',
    keys: ['reviews.monthly', ...[1, 2, 3, 4].map((n) => `sostac.control.check.${n}`)],
    sostac: 'reviews',
    others: 'reviews',
  },
  {
    what: 'contingency: budget held back',
    keys: ['budget.contingency'],
    sostac: 'budget',
    others: 'budget',
  },
  {
    what: 'contingency: time kept free for reactive work',
    keys: ['task.reactive_work'],
    sostac: 'schedule',
    others: 'schedule',
  },
  {
    what: 'internal deadlines',
    keys: ['gantt.col.internalDeadline'],
    sostac: 'schedule',
    others: 'schedule',
  },
];

/** Each framework's own elements: its stages' questions and checklists, and what it seeds. */
function ownElements(fw: FrameworkDefinition): { what: string; keys: string[]; sheet?: string }[] {
  const stages = fw.stages.map((s) => ({
    what: `stage ${s.id}`,
    keys: [
      stageKey(fw.id, s.id, 'question'),
      ...Array.from({ length: s.checklist }, (_, i) => stageKey(fw.id, s.id, `check.${i + 1}`)),
    ],
  }));
  const extra: Record<string, { what: string; keys: string[]; sheet?: string }[]> = {
    sostac: [
      {
        what: 'channel audit',
        keys: ['situation.audit', 'situation.audit.cvr', 'situation.audit.cpa'],
        sheet: 'situation',
      },
    ],
    race: [
      { what: 'current digital activities', keys: ['plan.activities'], sheet: 'plan' },
      { what: 'growth timeline', keys: ['plan.growth'], sheet: 'plan' },
    ],
    aisas: [],
  };
  return [...stages, ...(extra[fw.id] ?? [])];
}

/** Every text of a sheet: its title and each cell's value. */
function textsOf(spec: WorkbookSpec, sheetId?: string): Set<string> {
  const texts = new Set<string>();
  for (const sheet of spec.sheets) {
    if (sheetId && sheet.id !== sheetId) continue;
    texts.add(sheet.title);
    for (const block of sheet.blocks) {
      for (const row of block.cells) {
        for (const cell of row) if (typeof cell?.value === 'string') texts.add(cell.value);
      }
    }
  }
  return texts;
}

/** The KPIs FRAMEWORKS.md gives each AISAS stage, as the Control sheet tracks them. */
const AISAS_KPIS = [
  'impressions',
  'reach',
  'engagement_rate',
  'branded_searches',
  'organic_sessions',
  'conversions',
  'cvr',
  'cpa',
  'reviews',
  'shares',
  'referrals',
  'nps',
];

describe.each(FRAMEWORKS.map((fw) => [fw.id, fw] as const))('the %s workbook', (id, fw) => {
  describe.each(LANGUAGES.map((l) => [l]))('in %s', (language) => {
    const spec = specOf({ framework: id, language });
    const t = translator(language);
    const sheets = new Set(spec.sheets.map((s) => s.id));

    it.each(PLANNING_CORE.map((e) => [e.what, e] as const))('has the %s', (_, element) => {
      const sheet = id === 'sostac' ? element.sostac : (element.others ?? 'plan');
      expect(sheets).toContain(sheet);
      const texts = textsOf(spec, sheet);
      expect(element.keys.filter((k) => !texts.has(t(k)))).toEqual([]);
    });

    it('has every stage question, checklist item and seeded table', () => {
      for (const element of ownElements(fw)) {
        const texts = textsOf(spec, element.sheet);
        expect({
          element: element.what,
          missing: element.keys.filter((k) => !texts.has(t(k))),
        }).toEqual({ element: element.what, missing: [] });
      }
    });
  });
});

describe('the AISAS workbook', () => {
  it('tracks every stage KPI FRAMEWORKS.md names on its Control sheet', () => {
    // The objectives' rows read their KPI from the SMART rows: compute the KPI column.
    const ev = evaluateSpec(specOf({ framework: 'aisas' }));
    const ids = new Set(
      Array.from({ length: 80 }, (_, i) => ev.value('control', i + 1, CONTROL_COLUMNS.kpi)),
    );
    expect(AISAS_KPIS.filter((k) => !ids.has(k))).toEqual([]);
  });
});

describe.each(FRAMEWORKS.map((fw) => [fw.id]))('cross-references in the %s workbook', (id) => {
  const spec = specOf({ framework: id });
  const titles = new Set(spec.sheets.map((s) => s.title));

  it('name only sheets it has, in every text', () => {
    // "the Situation sheet", "on the Data sheet": a capitalised name before "sheet".
    const named = [...textsOf(spec)].flatMap((text) =>
      [...text.matchAll(/\b([A-Z][a-z]+(?: [A-Z][a-z]+)*) sheets?\b/g)].map((m) => ({
        text,
        sheet: m[1].replace(/^(?:The|On|From|To|In|Its) /, ''),
      })),
    );
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((n) => !titles.has(n.sheet))).toEqual([]);
  });

  it('link only to sheets it has', () => {
    const ids = new Set(spec.sheets.map((s) => s.id));
    const links = spec.sheets.flatMap((s) =>
      s.blocks.flatMap((b) =>
        b.cells.flat().flatMap((c) => (c?.linkToSheet ? [c.linkToSheet] : [])),
      ),
    );
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !ids.has(l))).toEqual([]);
  });
});
