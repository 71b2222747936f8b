/** The form's controls, drawn from the state; every change goes back through the FormContext. */
import { LANGUAGE_PACKS, type Translate } from '../i18n';
import { TIMELINES } from '../plan/types';
import { el } from './dom';
import { countrySelect, currencySelect, field, frameworkCards, select, textInput } from './fields';
import { channelsSection, objectivesSection, type FormContext } from './sections';
import type { FormState } from './state';

/** The form element: every field with its label and error slot, the button, the status line. */
export function formNode(
  form: FormContext,
  tr: Translate,
  submit: () => void,
  status: HTMLElement,
): HTMLFormElement {
  const state = form.state();
  const bind = (
    id: keyof FormState,
    control: HTMLInputElement | HTMLSelectElement,
    rerender = false,
  ) => {
    control.addEventListener(rerender ? 'change' : 'input', () => {
      form.update({ [id]: control.value } as Partial<FormState>);
      if (rerender) form.render();
    });
    control.addEventListener('blur', () => form.leave(id));
    return control;
  };
  const languages = LANGUAGE_PACKS.map((p): [string, string] => [p.code, p.name]);
  const timelines = TIMELINES.map((s): [string, string] => [s, tr(`timeline.${s}`)]);
  const date = (v: string) =>
    textInput(v, {
      placeholder: tr('sidebar.datePlaceholder'),
      inputmode: 'numeric',
      autocomplete: 'off',
    });
  return el(
    'form',
    {
      attrs: { class: 'sidebar', novalidate: '' },
      on: { submit: (e) => (e.preventDefault(), submit()) },
    },
    el('h1', {}, tr('sidebar.title')),
    frameworkCards(tr, state.framework, (id) => form.update({ framework: id })),
    field(
      'business',
      tr('sidebar.business'),
      bind('business', textInput(state.business, { autocomplete: 'organization' })),
    ),
    field(
      'currency',
      tr('sidebar.currency'),
      bind('currency', currencySelect(tr, state.language, state.currency)),
    ),
    field(
      'country',
      tr('sidebar.country'),
      bind('country', countrySelect(tr, state.language, state.country)),
    ),
    field(
      'language',
      tr('sidebar.language'),
      bind('language', select(languages, state.language), true),
    ),
    field('start', tr('sidebar.start'), bind('start', date(state.start))),
    field(
      'weeks',
      tr('sidebar.weeks'),
      bind('weeks', textInput(state.weeks, { inputmode: 'numeric' })),
    ),
    field('timeline', tr('sidebar.timeline'), bind('timeline', select(timelines, state.timeline))),
    channelsSection(form, tr),
    objectivesSection(form, tr),
    field('reportDate', tr('sidebar.reportDate'), bind('reportDate', date(state.reportDate))),
    el('p', { attrs: { class: 'error', id: 'error-form', tabindex: '-1' } }),
    el(
      'button',
      {
        attrs: { type: 'submit', id: 'generate', class: 'primary' },
        // Keeping focus in the field until the click lands: leaving it shows its error, which
        // moves the button, and the click would miss it.
        on: { mousedown: (e) => e.preventDefault() },
      },
      tr('sidebar.generate'),
    ),
    status,
  );
}
