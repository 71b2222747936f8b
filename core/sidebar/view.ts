/**
 * The sidebar: one form for the Sheets sidebar, the Excel task pane and the web playground.
 * Validation is validatePlan's, on submit and as the user leaves a field; nothing reaches the
 * host while the input is invalid; a running generation cannot be started twice. This file
 * wires the parts: the state (store.ts), the form (form.ts), the errors (errors.ts), the status
 * line (status.ts) and submitting (submit.ts).
 */
import { isRightToLeft, type Translate } from '../i18n';
import type { FormStorage, HostBridge } from './bridge';
import { showErrors } from './errors';
import { formNode } from './form';
import type { FormContext } from './sections';
import type { FormState } from './state';
import { statusLine } from './status';
import { createStore } from './store';
import { submitForm } from './submit';

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

export function mountSidebar(root: HTMLElement, options: SidebarOptions): Sidebar {
  const store = createStore(options);
  const status = statusLine(store.t);
  const submit = () => submitForm(root, store, status, options.bridge);
  const form: FormContext = {
    state: store.state,
    update: store.update,
    render: () => render(),
    leave: (id) => {
      store.touched.add(id);
      showErrors(root, store.errors(), store.state(), store.touched);
    },
  };

  function render(): void {
    const state = store.state();
    const tr = store.t();
    root.dir = isRightToLeft(state.language) ? 'rtl' : 'ltr';
    root.lang = state.language;
    root.replaceChildren(formNode(form, tr, () => void submit(), status.node));
    const button = root.querySelector<HTMLButtonElement>('#generate');
    if (button) button.disabled = store.busy;
    // A new language or a new objective row keeps the messages the user has already seen.
    if (store.submitted || store.touched.size > 0) {
      showErrors(root, store.errors(), state, store.submitted ? undefined : store.touched);
    }
    options.onChange?.(state, tr);
  }

  render();
  return { state: store.state, submit };
}
