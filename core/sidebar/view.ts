/**
 * The sidebar: one form for the Sheets sidebar, the Excel task pane and the web playground.
 * Validation is validatePlan's, on submit and as the user leaves a field; nothing reaches the
 * host while the input is invalid; a running generation cannot be started twice.
 */
import { LANGUAGES, isRightToLeft, translator, type Translate } from '../i18n';
import { TIMELINES, formatPlanError, type PlanError } from '../plan/types';
import { validatePlan } from '../plan/validate';
import type { FormStorage, GenerationStep, HostBridge } from './bridge';
import { el } from './dom';
import { currencySelect, field, frameworkCards, select, textInput } from './fields';
import { channelsSection, objectivesSection, type FormContext } from './sections';
import { defaultState, fieldOfError, restoreState, toPlanInput, type FormState } from './state';

const STORAGE_KEY = 'planbook.sidebar';

export interface SidebarOptions {
  bridge: HostBridge;
  today: number;
  storage?: FormStorage;
  /** Told of every change, e.g. for the playground's preview of the sheets. */
  onChange?: (state: FormState, t: Translate) => void;
}

export interface Sidebar {
  state(): FormState;
  /** Validates and, when the input is good, generates through the host. */
  submit(): Promise<void>;
}

function restore(storage: FormStorage | undefined, fallback: FormState): FormState {
  try {
    return restoreState(JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null'), fallback);
  } catch {
    return fallback;
  }
}

export function mountSidebar(root: HTMLElement, options: SidebarOptions): Sidebar {
  let state = restore(options.storage, defaultState(options.today));
  let busy = false;
  let submitted = false;
  const touched = new Set<string>();
  const t = () => translator(state.language);

  const save = () => {
    try {
      options.storage?.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch {
      // Storage full or refused by the host: the form still works, it just will not remember.
    }
    options.onChange?.(state, t());
  };
  const update = (patch: Partial<FormState>) => {
    state = { ...state, ...patch };
    save();
  };

  function errors(): PlanError[] {
    const result = validatePlan(toPlanInput(state), { today: options.today });
    return result.ok ? [] : result.errors;
  }

  /** Shows the errors of the given fields (all when `only` is undefined); returns the first. */
  function showErrors(list: PlanError[], only?: Set<string>): HTMLElement | null {
    let first: HTMLElement | null = null;
    for (const slot of root.querySelectorAll<HTMLElement>('.error[id^="error-"]')) {
      const id = slot.id.slice('error-'.length);
      if (only && !only.has(id)) continue;
      const mine = list.filter((e) => fieldOfError(e, state) === id);
      slot.textContent = mine.map((e) => e.message).join(' ');
      const control = root.querySelector<HTMLElement>(`[id="${id}"]`);
      // A group (the framework cards) takes focus through its first control.
      const focusable = control?.matches('fieldset')
        ? control.querySelector<HTMLElement>('input')
        : control;
      if (mine.length > 0) control?.setAttribute('aria-invalid', 'true');
      else control?.removeAttribute('aria-invalid');
      if (mine.length > 0 && !first) first = focusable ?? null;
    }
    const rest = list.filter((e) => fieldOfError(e, state) === 'form');
    const formError = root.querySelector<HTMLElement>('#error-form');
    if (formError && !only) formError.textContent = rest.map(formatPlanError).join(' ');
    return first;
  }

  const status = el('div', { attrs: { class: 'status', role: 'status', 'aria-live': 'polite' } });
  const setStatus = (text: string, progress: boolean, ...extra: Node[]) => {
    status.replaceChildren(
      ...(progress ? [el('progress', { attrs: { 'aria-hidden': 'true' } })] : []),
      el('span', {}, text),
      ...extra,
    );
  };

  async function submit(): Promise<void> {
    if (busy) return;
    submitted = true;
    const tr = t();
    const list = errors();
    const first = showErrors(list);
    if (list.length > 0) {
      setStatus(tr('sidebar.fixErrors'), false);
      (first ?? root.querySelector<HTMLElement>('#error-form'))?.focus();
      return;
    }
    busy = true;
    // The form may be redrawn while the host works: always reach for the current button.
    const setButton = (disabled: boolean) => {
      const button = root.querySelector<HTMLButtonElement>('#generate');
      if (button) button.disabled = disabled;
    };
    setButton(true);
    const onProgress = (step: GenerationStep) => setStatus(tr(`sidebar.step.${step}`), true);
    try {
      onProgress('validating');
      const s = await options.bridge.generate(toPlanInput(state), onProgress);
      const link = options.bridge.openOverview
        ? el(
            'button',
            {
              attrs: { type: 'button', class: 'link' },
              on: { click: () => options.bridge.openOverview?.() },
            },
            tr('sidebar.openOverview'),
          )
        : null;
      const seconds = s.seconds.toFixed(1);
      const { sheets, tasks, kpis, warnings } = s;
      const notes = warnings?.length
        ? [el('ul', { attrs: { class: 'warnings' } }, ...warnings.map((w) => el('li', {}, w)))]
        : [];
      const done = tr('sidebar.done', { sheets, tasks, kpis, seconds });
      setStatus(done, false, ...(link ? [link] : []), ...notes);
    } catch (error) {
      setStatus(
        tr('sidebar.failed', { message: (error as Error)?.message ?? String(error) }),
        false,
      );
    } finally {
      busy = false;
      setButton(false);
    }
  }

  const form: FormContext = {
    state: () => state,
    update,
    render: () => render(),
    leave: (id) => (touched.add(id), showErrors(errors(), touched)),
  };

  function render(): void {
    const tr = t();
    root.dir = isRightToLeft(state.language) ? 'rtl' : 'ltr';
    root.lang = state.language;
    const leave = (id: string) => () => form.leave(id);
    const bind = (
      id: keyof FormState,
      control: HTMLInputElement | HTMLSelectElement,
      rerender = false,
    ) => {
      control.addEventListener(rerender ? 'change' : 'input', () => {
        update({ [id]: control.value } as Partial<FormState>);
        if (rerender) render();
      });
      control.addEventListener('blur', leave(id));
      return control;
    };
    const languages = LANGUAGES.map((l): [string, string] => [l, tr(`language.${l}`)]);
    const timelines = TIMELINES.map((s): [string, string] => [s, tr(`timeline.${s}`)]);
    const date = (v: string) =>
      textInput(v, {
        placeholder: tr('sidebar.datePlaceholder'),
        inputmode: 'numeric',
        autocomplete: 'off',
      });
    const node = el(
      'form',
      {
        attrs: { class: 'sidebar', novalidate: '' },
        on: { submit: (e) => (e.preventDefault(), void submit()) },
      },
      el('h1', {}, tr('sidebar.title')),
      frameworkCards(tr, state.framework, (id) => update({ framework: id })),
      field(
        'business',
        tr('sidebar.business'),
        bind('business', textInput(state.business, { autocomplete: 'organization' })),
      ),
      field(
        'currency',
        tr('sidebar.currency'),
        bind('currency', currencySelect(tr, state.currency)),
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
      field(
        'timeline',
        tr('sidebar.timeline'),
        bind('timeline', select(timelines, state.timeline)),
      ),
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
    root.replaceChildren(node);
    const button = root.querySelector<HTMLButtonElement>('#generate');
    if (button) button.disabled = busy;
    // A new language or a new objective row keeps the messages the user has already seen.
    if (submitted || touched.size > 0) showErrors(errors(), submitted ? undefined : touched);
    options.onChange?.(state, tr);
  }

  render();
  return { state: () => state, submit };
}
