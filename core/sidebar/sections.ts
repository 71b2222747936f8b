/** The sidebar's repeated sections: channels with budgets, and optional objectives. */
import type { Translate } from '../i18n';
import { FIVE_S, KPI_CATALOGUE } from '../kpi/catalogue';
import { el } from './dom';
import { TARGET_MEANINGS } from '../plan/types';
import { select, textInput } from './fields';
import type { FormState } from './state';

/** What a section needs of the form around it. */
export interface FormContext {
  state(): FormState;
  update(patch: Partial<FormState>): void;
  render(): void;
  /** The user left a field: show its errors. */
  leave(id: string): void;
}

export function channelsSection(form: FormContext, tr: Translate): HTMLElement {
  const state = form.state();
  const rows = state.channels.map((c, i) => {
    const set = (patch: Partial<(typeof state.channels)[number]>) =>
      form.update({
        channels: form.state().channels.map((x, j) => (j === i ? { ...x, ...patch } : x)),
      });
    const id = `channel-budget-${c.name}`;
    const box = el('input', {
      attrs: { type: 'checkbox', id: `channel-${c.name}` },
      props: { checked: c.checked },
    });
    box.addEventListener('change', () => set({ checked: box.checked }));
    const budget = textInput(c.budget, {
      inputmode: 'decimal',
      id,
      'aria-label': tr('sidebar.channelBudget', { channel: tr(`channel.${c.name}`) }),
      'aria-describedby': `error-${id}`,
    });
    budget.addEventListener('input', () => set({ budget: budget.value }));
    budget.addEventListener('blur', () => form.leave(id));
    return el(
      'div',
      { attrs: { class: 'channel' } },
      box,
      el('label', { attrs: { for: `channel-${c.name}` } }, tr(`channel.${c.name}`)),
      budget,
      el('p', { attrs: { class: 'error', id: `error-${id}` } }),
    );
  });
  return el(
    'fieldset',
    { attrs: { class: 'field', id: 'channels' } },
    el('legend', {}, tr('sidebar.channels')),
    ...rows,
    el('p', { attrs: { class: 'error', id: 'error-channels' } }),
  );
}

export function objectivesSection(form: FormContext, tr: Translate): HTMLElement {
  const state = form.state();
  // Marketers choose KPIs by name; the id is the option's value.
  const kpis = KPI_CATALOGUE.map((k): [string, string] => [k.id, tr(`kpi.${k.id}`)]);
  const rows = state.objectives.map((o, i) => {
    const n = String(i + 1);
    const set = (patch: Partial<(typeof state.objectives)[number]>) =>
      form.update({
        objectives: form.state().objectives.map((x, j) => (j === i ? { ...x, ...patch } : x)),
      });
    const control = (
      key: 'category' | 'kpi' | 'baseline' | 'target' | 'targetIs',
      node: HTMLInputElement | HTMLSelectElement,
    ) => {
      const id = `objective-${key}-${i}`;
      node.id = id;
      node.setAttribute('aria-label', tr(`sidebar.objective.${key}`, { n }));
      node.setAttribute('aria-describedby', `error-${id}`);
      node.addEventListener(node instanceof HTMLSelectElement ? 'change' : 'input', () =>
        set({ [key]: node.value }),
      );
      node.addEventListener('blur', () => form.leave(id));
      return el('span', {}, node, el('p', { attrs: { class: 'error', id: `error-${id}` } }));
    };
    const remove = el(
      'button',
      {
        attrs: { type: 'button', 'aria-label': tr('sidebar.removeObjective', { n }) },
        on: {
          click: () => (
            form.update({ objectives: form.state().objectives.filter((_, j) => j !== i) }),
            form.render()
          ),
        },
      },
      '×',
    );
    return el(
      'div',
      { attrs: { class: 'objective' } },
      control(
        'category',
        select(
          FIVE_S.map((c) => [c, tr(`fiveS.${c}.name`)]),
          o.category,
        ),
      ),
      control('kpi', select(kpis, o.kpi)),
      control('baseline', textInput(o.baseline, { inputmode: 'decimal' })),
      control('target', textInput(o.target, { inputmode: 'decimal' })),
      control(
        'targetIs',
        select(
          TARGET_MEANINGS.map((m) => [m, tr(`targetIs.${m}`)]),
          o.targetIs,
        ),
      ),
      remove,
    );
  });
  const add = el(
    'button',
    {
      attrs: { type: 'button', class: 'link' },
      on: {
        click: () => (
          form.update({
            objectives: [
              ...form.state().objectives,
              {
                category: 'sell',
                kpi: 'revenue',
                baseline: '',
                target: '',
                targetIs: 'increase',
              },
            ],
          }),
          form.render()
        ),
      },
    },
    tr('sidebar.addObjective'),
  );
  return el(
    'fieldset',
    { attrs: { class: 'field', id: 'objectives' } },
    el('legend', {}, tr('sidebar.objectives')),
    ...rows,
    add,
  );
}
