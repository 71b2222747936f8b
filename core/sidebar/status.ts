/** The status line under the form: a step in progress, the summary when done, or a failure. */
import type { Translate } from '../i18n';
import type { GenerationStep, GenerationSummary } from './bridge';
import { el } from './dom';

export interface Status {
  node: HTMLElement;
  step(step: GenerationStep): void;
  /** The summary, a link to the Overview where the host has one, and the host's warnings. */
  done(summary: GenerationSummary, openOverview?: () => void): void;
  message(text: string): void;
}

export function statusLine(t: () => Translate): Status {
  const node = el('div', { attrs: { class: 'status', role: 'status', 'aria-live': 'polite' } });
  const show = (text: string, progress: boolean, ...extra: Node[]) =>
    node.replaceChildren(
      ...(progress ? [el('progress', { attrs: { 'aria-hidden': 'true' } })] : []),
      el('span', {}, text),
      ...extra,
    );
  return {
    node,
    step: (step) => show(t()(`sidebar.step.${step}`), true),
    message: (text) => show(text, false),
    done({ sheets, tasks, kpis, seconds, warnings }, openOverview) {
      const tr = t();
      const link = openOverview
        ? el(
            'button',
            { attrs: { type: 'button', class: 'link' }, on: { click: () => openOverview() } },
            tr('sidebar.openOverview'),
          )
        : null;
      const notes = warnings?.length
        ? el('ul', { attrs: { class: 'warnings' } }, ...warnings.map((w) => el('li', {}, w)))
        : null;
      const text = tr('sidebar.done', { sheets, tasks, kpis, seconds: seconds.toFixed(1) });
      show(text, false, ...[link, notes].filter((n) => n !== null));
    },
  };
}
