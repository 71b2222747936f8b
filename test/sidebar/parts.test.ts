/**
 * @jest-environment jsdom
 */
/** The sidebar's parts, each alone: its state, its error display, its status line, submitting. */
import type { HostBridge } from '../../core/sidebar/bridge';
import { el } from '../../core/sidebar/dom';
import { showErrors } from '../../core/sidebar/errors';
import { defaultState } from '../../core/sidebar/state';
import { statusLine } from '../../core/sidebar/status';
import { createStore } from '../../core/sidebar/store';
import { submitForm } from '../../core/sidebar/submit';
import { translator } from '../../core/i18n';
import { serial } from '../helpers';
import { memoryStorage } from './memory-storage';

const TODAY = serial('2027-01-01');

/** A bare form: the controls and error slots showErrors and submitForm look for. */
function formWith(...ids: string[]): HTMLElement {
  const root = el('section');
  for (const id of ids) {
    root.append(
      el('input', { attrs: { id } }),
      el('p', { attrs: { class: 'error', id: `error-${id}` } }),
    );
  }
  root.append(el('p', { attrs: { class: 'error', id: 'error-form', tabindex: '-1' } }));
  root.append(el('button', { attrs: { id: 'generate' } }));
  document.body.replaceChildren(root);
  return root;
}

describe('the store', () => {
  it('remembers the form and restores it in a new sidebar', () => {
    const storage = memoryStorage();
    const changes: string[] = [];
    const store = createStore({ today: TODAY, storage, onChange: (s) => changes.push(s.business) });
    store.update({ business: 'Nha' });
    expect(changes).toEqual(['Nha']);
    expect(createStore({ today: TODAY, storage }).state().business).toBe('Nha');
  });

  it("gives validatePlan's errors for the form as it stands", () => {
    const store = createStore({ today: TODAY });
    store.update({ business: 'Nha', weeks: '0' });
    expect(store.errors().map((e) => e.path)).toEqual(['period.weeks']);
  });
});

describe('showErrors', () => {
  const state = defaultState(TODAY);
  const errors = [
    { path: 'business.name', message: 'required' },
    { path: 'period.weeks', message: 'too many' },
    { path: 'tasks[0]', message: 'odd' },
  ];

  it('puts each error beside its field, the rest under the form, and says which to focus', () => {
    const root = formWith('business', 'weeks');
    expect(showErrors(root, errors, state)?.id).toBe('business');
    expect(root.querySelector('#error-weeks')?.textContent).toBe('too many');
    expect(root.querySelector('#weeks')?.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#error-form')?.textContent).toBe('tasks[0]: odd');
  });

  it('shows only the fields asked for', () => {
    const root = formWith('business', 'weeks');
    showErrors(root, errors, state, new Set(['weeks']));
    expect(root.querySelector('#error-business')?.textContent).toBe('');
    expect(root.querySelector('#error-weeks')?.textContent).toBe('too many');
  });
});

describe('the status line', () => {
  it('shows a step, then the summary with a link and the warnings', () => {
    const status = statusLine(() => translator('en'));
    status.step('writing');
    expect(status.node.querySelector('progress')).not.toBeNull();
    const opened: string[] = [];
    status.done(
      { sheets: 10, tasks: 3, kpis: 4, seconds: 0.26, warnings: ['tasks[0]: late'] },
      () => opened.push('overview'),
    );
    expect(status.node.querySelector('span')?.textContent).toBe(
      'Done: 10 sheets, 3 tasks, 4 KPIs in 0.3 s.',
    );
    status.node.querySelector('button')?.click();
    expect(opened).toEqual(['overview']);
    expect(status.node.querySelector('.warnings li')?.textContent).toBe('tasks[0]: late');
  });
});

describe('submitForm', () => {
  function setUp(generate: HostBridge['generate']) {
    const root = formWith('business');
    const store = createStore({ today: TODAY });
    const status = statusLine(store.t);
    return { root, store, status, bridge: { generate } };
  }

  it('sends nothing while the form is invalid, and focuses the first bad field', async () => {
    const calls: unknown[] = [];
    const { root, store, status, bridge } = setUp(async (input) => {
      calls.push(input);
      return { sheets: 1, tasks: 1, kpis: 1, seconds: 0, warnings: [] };
    });
    await submitForm(root, store, status, bridge);
    expect(calls).toEqual([]);
    expect(document.activeElement?.id).toBe('business');
    expect(status.node.textContent).toBe('Please correct the highlighted fields.');
  });

  it('runs one generation at a time and shows a failure', async () => {
    let finish: (e: Error) => void = () => undefined;
    const { root, store, status, bridge } = setUp(
      () => new Promise((_, reject) => (finish = reject)),
    );
    store.update({ business: 'Nha' });
    const running = submitForm(root, store, status, bridge);
    expect(store.busy).toBe(true);
    expect(root.querySelector<HTMLButtonElement>('#generate')?.disabled).toBe(true);
    await submitForm(root, store, status, bridge); // ignored while running
    finish(new Error('the workbook is protected'));
    await running;
    expect(store.busy).toBe(false);
    expect(status.node.textContent).toBe(
      'The plan could not be written: the workbook is protected',
    );
  });
});
