/**
 * Submitting the form: nothing reaches the host while the input is invalid (the errors show and
 * the first invalid field takes focus), and a running generation cannot be started twice.
 */
import type { PlanError } from '../plan/types';
import type { HostBridge } from './bridge';
import { showErrors } from './errors';
import { toPlanInput } from './state';
import type { Status } from './status';
import type { SidebarStore } from './store';

export async function submitForm(
  root: HTMLElement,
  store: SidebarStore,
  status: Status,
  bridge: HostBridge,
): Promise<void> {
  if (store.busy) return;
  store.submitted = true;
  const tr = store.t();
  const refuse = (list: PlanError[]) => {
    const first = showErrors(root, list, store.state());
    status.message(tr('sidebar.fixErrors'));
    (first ?? root.querySelector<HTMLElement>('#error-form'))?.focus();
  };
  const list = store.errors();
  if (list.length > 0) return refuse(list);
  store.busy = true;
  // The form may be redrawn while the host works: always reach for the current button.
  const setButton = (disabled: boolean) => {
    const button = root.querySelector<HTMLButtonElement>('#generate');
    if (button) button.disabled = disabled;
  };
  setButton(true);
  try {
    status.step('validating');
    const result = await bridge.generate(toPlanInput(store.state()), status.step);
    // The host validates again (its today may differ): its errors show beside the fields too.
    if ('errors' in result) refuse(result.errors);
    else status.done(result, bridge.openOverview);
  } catch (error) {
    status.message(tr('sidebar.failed', { message: (error as Error)?.message ?? String(error) }));
  } finally {
    store.busy = false;
    setButton(false);
  }
}
