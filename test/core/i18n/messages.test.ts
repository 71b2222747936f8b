/**
 * Every piece of domain data has its English message and its direction, so no builder can show
 * a raw key and no KPI can be judged the wrong way round.
 */
import { FRAMEWORKS, defaultKpis, defaultTactics, stageKey } from '../../../core/frameworks';
import { LANGUAGES, messageKeys, translator } from '../../../core/i18n';
import {
  DIRECTIONS,
  FIVE_S,
  KPI_CATALOGUE,
  KPI_GROUPS,
  ECONOMICS,
  METRICS,
  TAG_STAGES,
  TAG_GROUPS,
  findKpi,
  metricsOf,
} from '../../../core/kpi/catalogue';

const keys = new Set(messageKeys());
const missing = (wanted: string[]) => wanted.filter((k) => !keys.has(k));

describe('messages', () => {
  it.each(FRAMEWORKS.map((f) => [f.id, f]))(
    'cover every stage, checklist item, task and role of %s',
    (_, fw) => {
      const wanted = [`framework.${fw.id}.name`, `framework.${fw.id}.about`];
      for (const s of fw.stages) {
        wanted.push(...['name', 'question', 'guidance'].map((part) => stageKey(fw.id, s.id, part)));
        for (let i = 1; i <= s.checklist; i++) wanted.push(stageKey(fw.id, s.id, `check.${i}`));
        expect(s.checklist).toBeGreaterThan(0);
      }
      for (const t of defaultTactics(fw)) wanted.push(`task.${t.key}`, `role.${t.role}`);
      const kinds = fw.sheets.filter((k) => k !== 'stages');
      wanted.push(...kinds.map((k) => `sheet.${k}`), ...kinds.map((k) => `contents.${k}`));
      expect(missing(wanted)).toEqual([]);
    },
  );

  it.each(FRAMEWORKS.map((f) => [f.id, f]))('name only known KPIs and tactics in %s', (_, fw) => {
    expect(defaultKpis(fw).filter((id) => !findKpi(id))).toEqual([]);
    expect(fw.defaultObjectives.filter((o) => !findKpi(o.kpi))).toEqual([]);
    const tactics = defaultTactics(fw).map((t) => t.key);
    expect(new Set(tactics).size).toBe(tactics.length);
    const dangling = defaultTactics(fw)
      .flatMap((t) => [t.after ?? []].flat())
      .filter((k) => !tactics.includes(k));
    expect(dangling).toEqual([]);
    const channels = defaultTactics(fw).flatMap((t) => (t.channel ? [t.channel] : []));
    expect(channels.filter((c) => !fw.defaultChannels.includes(c))).toEqual([]);
  });

  it('cover every KPI, with a direction, stage tags, a unit and known raw metrics', () => {
    for (const k of KPI_CATALOGUE) {
      expect(DIRECTIONS).toContain(k.direction);
      expect(TAG_STAGES.race).toContain(k.race);
      expect(TAG_GROUPS.aisas).toContain(k.aisas);
      expect(FIVE_S).toContain(k.fiveS);
      for (const m of metricsOf(k)) expect(METRICS).toContain(m);
    }
    const wanted = KPI_CATALOGUE.flatMap((k) => [
      `kpi.${k.id}`,
      `unit.${k.unit}`,
      `race.${k.race}.name`,
      `aisas.${k.aisas}.name`,
    ]);
    wanted.push(...METRICS.map((m) => `metric.${m}`));
    wanted.push(...ECONOMICS.map((e) => `settings.${e}`));
    wanted.push(
      ...FIVE_S.flatMap((c) => [`fiveS.${c}.name`, `fiveS.${c}.meaning`, `fiveS.${c}.goal`]),
    );
    wanted.push(...KPI_GROUPS.map((g) => `kpiGroup.${g.id}`));
    expect(missing(wanted)).toEqual([]);
    for (const g of KPI_GROUPS) for (const m of g.members) expect(findKpi(m)).toBeDefined();
  });

  it('have unique KPI ids, lowercase as marketers write them', () => {
    const ids = KPI_CATALOGUE.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^[a-z_]+$/.test(id))).toEqual([]);
  });

  it.each(LANGUAGES.map((l) => [l]))(
    'give every KPI a name of its own in %s (marketers choose KPIs by name)',
    (language) => {
      const t = translator(language);
      const names = KPI_CATALOGUE.map((k) => t(`kpi.${k.id}`).toLowerCase());
      expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
      // A name that is another KPI's id would be read as that KPI.
      const ids = new Set(KPI_CATALOGUE.map((k) => k.id));
      expect(
        KPI_CATALOGUE.filter((k) => ids.has(t(`kpi.${k.id}`)) && t(`kpi.${k.id}`) !== k.id),
      ).toEqual([]);
    },
  );

  it('fail loudly on a missing key and fill parameters', () => {
    const t = translator(LANGUAGES[0]);
    expect(() => t('no.such.key')).toThrow('missing message: no.such.key');
    expect(t('fiveS.sell.goal', { kpi: 'Revenue' })).toBe('Grow Revenue');
  });
});
