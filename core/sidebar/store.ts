/**
 * The sidebar's state: the form as data, remembered in the host's storage, with what the user
 * has done so far (fields left, a submit tried, a generation running) and its validation.
 */
import { translator, type Translate } from '../i18n';
import { languagePack } from '../i18n';
import type { PlanError } from '../plan/types';
import { validatePlan } from '../plan/validate';
import type { FormStorage } from './bridge';
import { defaultState, restoreState, toPlanInput, type FormState } from './state';

const STORAGE_KEY = 'planbook.sidebar';

export interface SidebarStore {
  state(): FormState;
  /** Changes fields, remembers the form and tells the listener. */
  update(patch: Partial<FormState>): void;
  /** The form's language. */
  t(): Translate;
  /** validatePlan's errors for the form as it stands. */
  errors(): PlanError[];
  /** Fields the user has left (their errors show before any submit). */
  touched: Set<string>;
  /** Whether the user has tried to submit (then every error shows). */
  submitted: boolean;
  /** Whether a generation is running. */
  busy: boolean;
}

export interface StoreOptions {
  today: number;
  storage?: FormStorage;
  onChange?: (state: FormState, t: Translate) => void;
}

/** The page's local storage, where the host allows it (a sandboxed iframe may refuse it). */
export function browserStorage(): FormStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The remembered form, or the defaults when there is none or it cannot be read. */
function restore(storage: FormStorage | undefined, fallback: FormState): FormState {
  try {
    return restoreState(JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null'), fallback);
  } catch {
    return fallback;
  }
}

/**
 * A change of language brings that language's market currency and country, unless the
 * marketer chose a currency or country of their own.
 */
function followLanguage(state: FormState, patch: Partial<FormState>): Partial<FormState> {
  const language = patch.language;
  if (language === undefined || language === state.language) return patch;
  const next = { ...patch };
  const [from, to] = [languagePack(state.language), languagePack(language)];
  if (patch.currency === undefined && state.currency === from.currency) {
    next.currency = to.currency;
  }
  if (patch.country === undefined && state.country === from.country) next.country = to.country;
  return next;
}

export function createStore(options: StoreOptions): SidebarStore {
  let state = restore(options.storage, defaultState(options.today));
  const t = () => translator(state.language);
  return {
    state: () => state,
    t,
    update(patch) {
      state = { ...state, ...followLanguage(state, patch) };
      try {
        options.storage?.setItem(STORAGE_KEY, JSON.stringify(state));
      } catch {
        // Storage full or refused by the host: the form still works, it just will not remember.
      }
      options.onChange?.(state, t());
    },
    errors() {
      const result = validatePlan(toPlanInput(state), { today: options.today });
      return result.ok ? [] : result.errors;
    },
    touched: new Set<string>(),
    submitted: false,
    busy: false,
  };
}
