/**
 * @jest-environment jsdom
 */
/**
 * The sidebar in every language: every text and accessible name in the form's language (the
 * language list shows each language by its own name), right to left in Persian, errors in the
 * form's language, and the market's currency when the language changes.
 */
import { LANGUAGES } from '../../core/i18n';
import type { HostBridge } from '../../core/sidebar/bridge';
import { mountSidebar } from '../../core/sidebar/view';
import { englishWords } from '../core/i18n/english-words';
import { serial } from '../helpers';

const bridge: HostBridge = { generate: () => new Promise(() => undefined) };

function mount(language: string) {
  document.body.replaceChildren();
  const root = document.createElement('section');
  document.body.append(root);
  const sidebar = mountSidebar(root, { bridge, today: serial('2027-01-01') });
  const select = root.querySelector<HTMLSelectElement>('#language')!;
  select.value = language;
  select.dispatchEvent(new Event('change'));
  return { root, sidebar };
}

/** What the marketer reads: texts, labels, placeholders and the options they choose from. */
function readable(root: HTMLElement): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    // Each language is listed by its own name.
    if (n.parentElement?.closest('#language')) continue;
    // A currency shows its ISO code before its name; the names of the long list are the
    // browser's own (Intl), not planbook's.
    const group = n.parentElement?.closest('optgroup');
    if (group && group !== group.parentElement?.firstElementChild) continue;
    const text = (group ? n.textContent?.split(' — ')[1] : n.textContent)?.trim();
    if (text) out.push(text);
  }
  for (const el of root.querySelectorAll('*')) {
    for (const attr of ['aria-label', 'placeholder', 'title', 'label']) {
      const value = el.getAttribute(attr);
      if (value) out.push(value);
    }
  }
  return out;
}

describe.each(LANGUAGES.filter((l) => l !== 'en').map((l) => [l]))('the sidebar in %s', (l) => {
  it('shows no English', () => {
    const { root } = mount(l);
    const english = readable(root).flatMap((t) => englishWords(t).map((w) => `${t}: ${w}`));
    expect(english).toEqual([]);
  });

  it('is right to left exactly in Persian, and offers the market’s currency', () => {
    const { root } = mount(l);
    expect(root.closest('[dir="rtl"]') !== null || root.getAttribute('dir') === 'rtl').toBe(
      l === 'fa',
    );
    const currency = root.querySelector<HTMLSelectElement>('#currency')!.value;
    expect(currency).toBe({ vi: 'VND', fa: 'IRR', zh: 'CNY' }[l]);
    // And the market's country: its working week and holidays.
    expect(root.querySelector<HTMLSelectElement>('#country')!.value).toBe(
      { vi: 'VN', fa: 'IR', zh: 'CN' }[l],
    );
  });

  it('names the fields’ problems in its language', async () => {
    const { root, sidebar } = mount(l);
    const business = root.querySelector<HTMLInputElement>('#business')!;
    business.value = '';
    business.dispatchEvent(new Event('input'));
    await sidebar.submit();
    const message = root.querySelector('#error-business')?.textContent ?? '';
    expect(message).not.toBe('');
    expect(englishWords(message)).toEqual([]);
  });
});

describe('the sidebar in English', () => {
  it('is what the check finds English in (the check can fail)', () => {
    const { root } = mount('en');
    expect(readable(root).flatMap((t) => englishWords(t)).length).toBeGreaterThan(20);
  });

  it('keeps a currency the marketer chose when the language changes', () => {
    const { root } = mount('en');
    const currency = root.querySelector<HTMLSelectElement>('#currency')!;
    currency.value = 'EUR';
    currency.dispatchEvent(new Event('input'));
    const language = root.querySelector<HTMLSelectElement>('#language')!;
    language.value = 'vi';
    language.dispatchEvent(new Event('change'));
    expect(root.querySelector<HTMLSelectElement>('#currency')!.value).toBe('EUR');
  });
});
