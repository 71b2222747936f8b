/** Showing validatePlan's errors on the form: each beside its field, the rest below the form. */
import { formatPlanError, type PlanError } from '../plan/types';
import { fieldOfError, type FormState } from './state';

/**
 * Shows the errors of the given fields (all when `only` is undefined), marks their controls
 * invalid, and returns the first control with an error (to take focus), or null.
 */
export function showErrors(
  root: HTMLElement,
  list: PlanError[],
  state: FormState,
  only?: Set<string>,
): HTMLElement | null {
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
