/**
 * The task pane: the core sidebar with the Excel bridge, mounted once Office is ready. It runs
 * in the add-in's shared runtime, beside the KPI.* custom functions (functions.ts). Without
 * Office.js (its CDN unreachable) the pane says so instead of staying blank.
 */
import { serialOfDate } from '../../core/dates/serial';
import { browserStorage } from '../../core/sidebar/store';
import { mountSidebar } from '../../core/sidebar/view';
import { excelBridge } from './bridge';

if (typeof Office === 'undefined') {
  document.getElementById('office-missing')?.removeAttribute('hidden');
} else {
  Office.onReady(() => {
    const root = document.getElementById('sidebar');
    if (root) {
      mountSidebar(root, {
        bridge: excelBridge(),
        today: serialOfDate(new Date()),
        storage: browserStorage(),
      });
    }
  });
}
