/**
 * @jest-environment jsdom
 */
/** The sidebar in jsdom: form state, validation display, and the bridge contract. */
import type { GenerationStep, HostBridge } from '../../core/sidebar/bridge';
import { mountSidebar } from '../../core/sidebar/view';
import { serial } from '../helpers';
import { memoryStorage } from './memory-storage';

const TODAY = serial('2027-01-01');

function fakeBridge(outcome: 'ok' | 'fail' = 'ok', warnings: string[] = []) {
  const calls: unknown[] = [];
  let finish: () => void = () => undefined;
  const bridge: HostBridge = {
    generate: (input, onProgress: (s: GenerationStep) => void) => {
      calls.push(input);
      onProgress('building');
      return new Promise((resolve, reject) => {
        finish = () =>
          outcome === 'ok'
            ? resolve({ sheets: 10, tasks: 12, kpis: 14, seconds: 0.42, warnings })
            : reject(new Error('the workbook is protected'));
      });
    },
  };
  return { bridge, calls, finish: () => finish() };
}

function setUp(outcome: 'ok' | 'fail' = 'ok', storage = memoryStorage(), warnings: string[] = []) {
  document.body.replaceChildren();
  const root = document.createElement('section');
  document.body.append(root);
  const host = fakeBridge(outcome, warnings);
  const sidebar = mountSidebar(root, { bridge: host.bridge, today: TODAY, storage });
  const input = (id: string) => root.querySelector<HTMLInputElement>(`[id="${id}"]`)!;
  const type = (id: string, value: string) => {
    const node = input(id);
    node.value = value;
    node.dispatchEvent(new Event('input'));
  };
  return { root, sidebar, host, input, type, storage };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the sidebar', () => {
  it('labels every control as a screen reader reads it', () => {
    const { root } = setUp();
    const labels = [...root.querySelectorAll('label[for]')].map((l) => l.textContent);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Business name',
        'Currency',
        'Language',
        'Start date',
        'Length (weeks)',
        'Timeline',
        'Report date',
      ]),
    );
    expect(root.querySelector('[role="radiogroup"]')?.getAttribute('aria-label')).toBe('Framework');
    expect(root.querySelector('button[type="submit"]')?.textContent).toBe('Generate plan');
    expect(root.querySelector('#channel-budget-SEO')?.getAttribute('aria-label')).toBe(
      'Budget for SEO',
    );
  });

  it('sends the plan to the host, shows the step, then the summary', async () => {
    const { root, sidebar, host, type } = setUp();
    type('business', 'Lotus Tea House');
    root.querySelector<HTMLInputElement>('#framework-race')!.click();
    type('channel-budget-SEO', '1200');
    const running = sidebar.submit();
    await flush();
    expect(root.querySelector<HTMLButtonElement>('#generate')!.disabled).toBe(true);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Building the plan…');
    void sidebar.submit(); // a second click while running starts nothing
    host.finish();
    await running;
    expect(host.calls).toHaveLength(1);
    expect(host.calls[0]).toMatchObject({
      framework: 'race',
      business: { name: 'Lotus Tea House', currency: 'USD' },
      period: { start: '2027-01-01', weeks: 26 },
      channels: expect.arrayContaining([{ name: 'SEO', budget: 1200 }]),
    });
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'Done: 10 sheets, 12 tasks, 14 KPIs in 0.4 s.',
    );
    expect(root.querySelector<HTMLButtonElement>('#generate')!.disabled).toBe(false);
  });

  it('shows each problem beside its field, focuses the first, and sends nothing', async () => {
    const { root, sidebar, host, type } = setUp();
    type('business', '');
    type('start', '2027-02-30');
    type('weeks', '0');
    await sidebar.submit();
    expect(host.calls).toEqual([]);
    expect(root.querySelector('#error-business')?.textContent).toBe('required');
    expect(root.querySelector('#error-start')?.textContent).toBe(
      'not a date (expected YYYY-MM-DD), got "2027-02-30"',
    );
    expect(root.querySelector('#error-weeks')?.textContent).toMatch(/at least 1/);
    expect(root.querySelector('#business')?.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement?.id).toBe('business');
  });

  it('checks a field as the user leaves it, and only that field', () => {
    const { root, type, input } = setUp();
    type('weeks', '200');
    input('weeks').dispatchEvent(new Event('blur'));
    expect(root.querySelector('#error-weeks')?.textContent).toMatch(/at most 156/);
    expect(root.querySelector('#error-business')?.textContent).toBe('');
  });

  it('shows a host failure and keeps the form as filled', async () => {
    const { root, sidebar, host, type, input } = setUp('fail');
    type('business', 'Nha');
    const running = sidebar.submit();
    await flush();
    host.finish();
    await running;
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'The plan could not be written: the workbook is protected',
    );
    expect(input('business').value).toBe('Nha');
  });

  it('follows the language, right to left for Persian', () => {
    const { root } = setUp();
    const language = root.querySelector<HTMLSelectElement>('#language')!;
    language.value = 'fa';
    language.dispatchEvent(new Event('change'));
    expect(root.dir).toBe('rtl');
    expect(root.querySelector('label[for="business"]')?.textContent).toBe('نام کسب‌وکار');
    expect(root.querySelector('button[type="submit"]')?.textContent).toBe('ساخت برنامه');
  });

  it('remembers the last input', () => {
    const storage = memoryStorage();
    setUp('ok', storage).type('business', 'Remembered Co');
    const again = setUp('ok', storage);
    expect(again.input('business').value).toBe('Remembered Co');
    storage.setItem('planbook.sidebar', '{not json');
    expect(setUp('ok', storage).input('business').value).toBe('');
  });

  it('never writes user text as HTML', () => {
    const { root, type } = setUp();
    type('business', '<img src=x onerror=alert(1)>');
    expect(root.querySelector('img')).toBeNull();
  });
});

describe('the sidebar, when things go sideways', () => {
  it('reads a remembered form from an older or damaged version field by field', () => {
    const storage = memoryStorage();
    storage.setItem(
      'planbook.sidebar',
      JSON.stringify({
        weeks: 12,
        framework: 'pestle',
        channels: null,
        business: 'Old Co',
        objectives: [{ target: 5 }, 7],
      }),
    );
    const { sidebar, input, root } = setUp('ok', storage);
    expect(input('weeks').value).toBe('12');
    expect(input('business').value).toBe('Old Co');
    expect(sidebar.state().framework).toBe('sostac');
    expect(root.querySelectorAll('.channel')).toHaveLength(7);
    expect(sidebar.state().objectives).toEqual([
      { category: 'sell', kpi: 'revenue', baseline: '', target: '5', targetIs: 'increase' },
    ]);
  });

  it('keeps the button disabled and the messages shown when the form is redrawn', async () => {
    const { root, sidebar, host, type } = setUp();
    type('business', '');
    await sidebar.submit();
    const language = root.querySelector<HTMLSelectElement>('#language')!;
    language.value = 'fa';
    language.dispatchEvent(new Event('change'));
    // The errors stay, now in the form's new language.
    expect(root.querySelector('#error-business')?.textContent).toBe('الزامی است');
    type('business', 'Nha');
    const running = sidebar.submit();
    await flush();
    root.querySelector<HTMLButtonElement>('button.link')!.click(); // add an objective: redraws the form
    expect(root.querySelector<HTMLButtonElement>('#generate')!.disabled).toBe(true);
    host.finish();
    await running;
    expect(root.querySelector<HTMLButtonElement>('#generate')!.disabled).toBe(false);
  });

  it("asks what a volume objective's target counts and sends the answer", async () => {
    const { root, sidebar, host, type } = setUp();
    type('business', 'Lotus');
    root.querySelector<HTMLButtonElement>('button.link')!.click(); // add an objective
    const choose = (id: string, value: string) => {
      const node = root.querySelector<HTMLSelectElement>(`[id="${id}"]`)!;
      node.value = value;
      node.dispatchEvent(new Event('change'));
    };
    choose('objective-kpi-0', 'reviews');
    type('objective-baseline-0', '40');
    type('objective-target-0', '120');
    const counts = root.querySelector<HTMLSelectElement>('#objective-targetIs-0')!;
    expect(counts.getAttribute('aria-label')).toBe('What target 1 counts');
    expect([...counts.options].map((o) => o.text)).toEqual([
      'What the plan adds',
      'Total with the baseline',
    ]);
    choose('objective-targetIs-0', 'total');
    const running = sidebar.submit();
    await flush();
    host.finish();
    await running;
    expect(host.calls[0]).toMatchObject({
      objectives: [{ kpi: 'reviews', baseline: 40, target: 120, targetIs: 'total' }],
    });
  });

  it('reports a number it cannot read instead of dropping it', async () => {
    const { root, sidebar, host, type } = setUp();
    type('business', 'Nha');
    type('weeks', '1e');
    await sidebar.submit();
    expect(host.calls).toEqual([]);
    expect(root.querySelector('#error-weeks')?.textContent).toBe('not a number: "1e"');
  });

  it.each(['0x10', '0b11', '1e3', 'Infinity', '12,000'])(
    'takes numbers as plain decimals only: %s is named, not read as something else',
    async (typed) => {
      const { root, sidebar, host, type } = setUp();
      type('business', 'Nha');
      type('channel-budget-SEO', typed);
      await sidebar.submit();
      expect(host.calls).toEqual([]);
      expect(root.querySelector('#error-channel-budget-SEO')?.textContent).toBe(
        `not a number: "${typed}"`,
      );
    },
  );

  it("shows the host's warnings under the summary", async () => {
    const warning = 'tasks[2]: T3 ends on 2027-08-02, after the plan ends (2027-07-04)';
    const { root, sidebar, host, type } = setUp('ok', memoryStorage(), [warning]);
    type('business', 'Nha');
    const running = sidebar.submit();
    await flush();
    host.finish();
    await running;
    expect([...root.querySelectorAll('.status .warnings li')].map((li) => li.textContent)).toEqual([
      warning,
    ]);
  });

  it('refuses a character that would corrupt the workbook, beside its field', async () => {
    const { root, sidebar, host, type } = setUp();
    type('business', 'Lotus\uFFFE');
    await sidebar.submit();
    expect(host.calls).toEqual([]);
    expect(root.querySelector('#error-business')?.textContent).toBe(
      'contains U+FFFE at character 6, which is not a character and would corrupt the workbook',
    );
  });
});
