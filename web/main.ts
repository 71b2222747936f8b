/** The playground page: what planbook is, the sidebar, and a preview of the chosen workbook. */
import { framework } from '../core/frameworks';
import { isRightToLeft, type Translate } from '../core/i18n';
import { serialOfDate } from '../core/dates/serial';
import { plannedSheets } from '../core/sheets/titles';
import { el } from '../core/sidebar/dom';
import type { FormState } from '../core/sidebar/state';
import { browserStorage } from '../core/sidebar/store';
import { mountSidebar } from '../core/sidebar/view';
import { download, fileBridge } from './file-bridge';

function showPage(state: FormState, t: Translate): void {
  document.documentElement.lang = state.language;
  document.title = t('web.title');
  const about = document.getElementById('about');
  about?.replaceChildren(
    el('h2', {}, t('web.title')),
    el('p', {}, t('web.intro')),
    el('p', { attrs: { class: 'note' } }, t('web.privacy')),
  );
  const preview = document.getElementById('preview');
  preview?.replaceChildren(
    el('h2', {}, t('web.preview')),
    el('ol', {}, ...plannedSheets(framework(state.framework), t).map((s) => el('li', {}, s.title))),
  );
  const page = document.getElementById('page');
  if (page) page.dir = isRightToLeft(state.language) ? 'rtl' : 'ltr';
}

const root = document.getElementById('sidebar');
if (root) {
  mountSidebar(root, {
    bridge: fileBridge(download),
    today: serialOfDate(new Date()),
    storage: browserStorage(),
    onChange: showPage,
  });
}
