/** The sidebar's form controls, each labelled with its accessible name and an error slot. */
import { FRAMEWORKS, stageKey } from '../frameworks';
import type { Translate } from '../i18n';
import { COMMON_CURRENCIES } from '../i18n/currencies';
import { COUNTRIES, countryName } from '../plan/countries';
import { el } from './dom';

/** Every ISO 4217 code the runtime knows, common ones first. */
export function currencies(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const all = intl.supportedValuesOf ? intl.supportedValuesOf('currency') : [];
  return [...COMMON_CURRENCIES, ...all.filter((c) => !COMMON_CURRENCIES.includes(c))];
}

/** A labelled control with its error message below it (the message describes the control). */
export function field(id: string, label: string, control: HTMLElement): HTMLElement {
  control.id = id;
  control.setAttribute('aria-describedby', `error-${id}`);
  return el(
    'div',
    { attrs: { class: 'field', 'data-field': id } },
    el('label', { attrs: { for: id } }, label),
    control,
    el('p', { attrs: { class: 'error', id: `error-${id}`, 'aria-live': 'polite' } }),
  );
}

export function textInput(value: string, extra: Record<string, string> = {}): HTMLInputElement {
  return el('input', { attrs: { type: 'text', ...extra }, props: { value } });
}

export function select(options: [string, string][], value: string): HTMLSelectElement {
  const node = el(
    'select',
    {},
    ...options.map(([v, text]) => el('option', { attrs: { value: v } }, text)),
  );
  node.value = value;
  return node;
}

/**
 * A currency as the marketer reads it: its code and its name in the form's language (the
 * toman, which has no ISO code, from the message table).
 */
function currencyLabel(t: Translate, language: string, code: string): string {
  if (code === 'IRT') return `${code} — ${t('currency.IRT')}`;
  try {
    const name = new Intl.DisplayNames([language], { type: 'currency' }).of(code);
    return name && name !== code ? `${code} — ${name}` : code;
  } catch {
    return code;
  }
}

export function currencySelect(t: Translate, language: string, value: string): HTMLSelectElement {
  const all = currencies();
  const group = (label: string, codes: string[]) =>
    el(
      'optgroup',
      { attrs: { label } },
      ...codes.map((c) => el('option', { attrs: { value: c } }, currencyLabel(t, language, c))),
    );
  const node = el(
    'select',
    {},
    group(t('sidebar.currency.common'), COMMON_CURRENCIES),
    group(t('sidebar.currency.all'), all.slice(COMMON_CURRENCIES.length)),
  );
  node.value = value;
  return node;
}

/** The four languages' markets first, then every other country by its name. */
const COMMON_COUNTRIES = ['VN', 'IR', 'CN', 'US', 'GB'];

export function countrySelect(t: Translate, language: string, value: string): HTMLSelectElement {
  const option = (code: string) =>
    el('option', { attrs: { value: code } }, `${countryName(code, language)} (${code})`);
  const others = COUNTRIES.filter((c) => !COMMON_COUNTRIES.includes(c))
    .map((code) => ({ code, name: countryName(code, language) }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
  const node = el(
    'select',
    {},
    el('option', { attrs: { value: '' } }, t('sidebar.country.none')),
    el(
      'optgroup',
      { attrs: { label: t('sidebar.currency.common') } },
      ...COMMON_COUNTRIES.map(option),
    ),
    el(
      'optgroup',
      { attrs: { label: t('sidebar.country.all') } },
      ...others.map((c) => option(c.code)),
    ),
  );
  node.value = value;
  return node;
}

/** Three cards, one per framework: its name, its stages' initials and when to use it. */
export function frameworkCards(
  t: Translate,
  value: string,
  onPick: (id: string) => void,
): HTMLElement {
  const cards = FRAMEWORKS.map((fw) => {
    const initials = fw.stages.map((s) => t(stageKey(fw.id, s.id, 'name')).charAt(0)).join(' · ');
    const radio = el('input', {
      attrs: { type: 'radio', name: 'framework', value: fw.id, id: `framework-${fw.id}` },
      props: { checked: fw.id === value },
      on: { change: () => onPick(fw.id) },
    });
    return el(
      'label',
      { attrs: { class: 'card', for: `framework-${fw.id}` } },
      radio,
      el('span', { attrs: { class: 'card-name' } }, t(`framework.${fw.id}.name`)),
      el('span', { attrs: { class: 'card-stages' } }, initials),
      el('span', { attrs: { class: 'card-about' } }, t(`sidebar.framework.${fw.id}`)),
    );
  });
  return el(
    'fieldset',
    {
      attrs: {
        class: 'field',
        id: 'framework',
        'data-field': 'framework',
        'aria-describedby': 'error-framework',
      },
    },
    el('legend', {}, t('sidebar.framework')),
    el(
      'div',
      { attrs: { class: 'cards', role: 'radiogroup', 'aria-label': t('sidebar.framework') } },
      ...cards,
    ),
    el('p', { attrs: { class: 'error', id: 'error-framework', 'aria-live': 'polite' } }),
  );
}
