/** Every piece of domain data has its English message, so no builder can show a raw key. */
import { FRAMEWORKS } from '../../../core/frameworks';
import { LANGUAGES, messageKeys, translator } from '../../../core/i18n';
import {
  DIRECTIONS,
  FIVE_S,
  KPI_CATALOGUE,
  RAW_METRICS,
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
        wanted.push(`stage.${s.id}.name`, `stage.${s.id}.question`, `stage.${s.id}.guidance`);
        for (let i = 1; i <= s.checklist; i++) wanted.push(`stage.${s.id}.check.${i}`);
        expect(s.checklist).toBeGreaterThan(0);
      }
      for (const t of fw.defaultTasks) wanted.push(`task.${t.key}`, `role.${t.role}`);
      wanted.push(...fw.sheets.map((k) => `sheet.${k}`), ...fw.sheets.map((k) => `contents.${k}`));
      expect(missing(wanted)).toEqual([]);
    },
  );

  it('cover every KPI, with a direction, a unit and known raw metrics', () => {
    for (const k of KPI_CATALOGUE) {
      expect(DIRECTIONS).toContain(k.direction);
      expect(FIVE_S).toContain(k.fiveS);
      for (const m of metricsOf(k)) expect(RAW_METRICS).toContain(m);
    }
    const wanted = KPI_CATALOGUE.flatMap((k) => [
      `kpi.${k.id}`,
      `unit.${k.unit}`,
      `stage.${k.race}.name`,
    ]);
    wanted.push(...RAW_METRICS.map((m) => `metric.${m}`));
    wanted.push(
      ...FIVE_S.flatMap((c) => [`fiveS.${c}.name`, `fiveS.${c}.meaning`, `fiveS.${c}.goal`]),
    );
    expect(missing(wanted)).toEqual([]);
  });

  it('have unique KPI ids, lowercase as marketers write them', () => {
    const ids = KPI_CATALOGUE.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^[a-z_]+$/.test(id))).toEqual([]);
  });

  it('fail loudly on a missing key and fill parameters', () => {
    const t = translator(LANGUAGES[0]);
    expect(() => t('no.such.key')).toThrow('missing message: no.such.key');
    expect(t('fiveS.sell.goal', { kpi: 'Revenue' })).toBe('Grow Revenue');
  });
});
