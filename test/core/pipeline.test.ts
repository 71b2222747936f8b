/**
 * generate(), the one pipeline behind every host: the order it asks the host in, progress as it
 * goes, and on a failed render the undo, with the render's error reported (the undo's beside
 * it when that failed too), for hosts that answer at once and hosts that answer with promises.
 */
import {
  generate,
  type Added,
  type AsyncHost,
  type GenerationStep,
  type SyncHost,
} from '../../core/generate';
import type { WorkbookSpec } from '../../core/workbook/spec';
import { TODAY } from '../helpers';

/** A host that records what it is asked and may fail its render or its undo. */
function recordingHost(fail: { render?: string; remove?: string } = {}) {
  const calls: string[] = [];
  const removed: Added[] = [];
  const host: SyncHost = {
    async: false,
    today: () => (calls.push('today'), TODAY),
    existing: () => (calls.push('existing'), { titles: ['Control'], names: ['MyName'] }),
    render: (spec: WorkbookSpec) => {
      calls.push(`render ${spec.sheets.length} sheets`);
      if (fail.render) throw new Error(fail.render);
    },
    remove: (added) => {
      calls.push('remove');
      removed.push(added);
      if (fail.remove) throw new Error(fail.remove);
    },
  };
  return { host, calls, removed };
}

/** The same host answering with promises. */
function later(host: SyncHost): AsyncHost {
  return {
    async: true,
    today: host.today,
    existing: async () => host.existing(),
    render: async (spec) => host.render(spec),
    remove: async (added) => host.remove(added),
  };
}

describe('generate', () => {
  it('validates, reads what exists, builds beside it, writes; progress in that order', () => {
    const { host, calls } = recordingHost();
    const steps: GenerationStep[] = [];
    const result = generate({ framework: 'sostac' }, host, { onProgress: (s) => steps.push(s) });
    if (!result.ok) throw new Error('expected a plan');
    expect(calls).toEqual(['today', 'existing', `render ${result.spec.sheets.length} sheets`]);
    expect(steps).toEqual(['validating', 'building', 'writing']);
    expect(result.summary.sheets).toContain('Control (2)');
  });

  it('asks nothing more of the host for bad input', () => {
    const { host, calls } = recordingHost();
    const result = generate({ framework: 'race', period: { weeks: 0 } }, host);
    expect(result).toEqual({
      ok: false,
      errors: [expect.objectContaining({ path: 'period.weeks' })],
    });
    expect(calls).toEqual(['today']);
  });

  it('removes what a failed render added and reports the render’s error', async () => {
    for (const make of [(h: SyncHost) => h, later]) {
      const { host, calls, removed } = recordingHost({ render: 'the sheet limit was reached' });
      const run = async () => {
        const h = make(host);
        return h.async ? generate({ framework: 'race' }, h) : generate({ framework: 'race' }, h);
      };
      await expect(run()).rejects.toThrow(/^the sheet limit was reached$/);
      expect(calls.at(-1)).toBe('remove');
      expect(removed[0].titles).toContain('Overview');
      expect(removed[0].names).toContain('ReportDate');
    }
  });

  it('says beside the render’s error that the undo failed too', async () => {
    const { host } = recordingHost({ render: 'quota exceeded', remove: 'the sheet is protected' });
    expect(() => generate({ framework: 'race' }, host)).toThrow(
      /^quota exceeded \(Removing what was added failed too: the sheet is protected\./,
    );
    await expect(generate({ framework: 'race' }, later(host))).rejects.toThrow(
      /^quota exceeded \(Removing/,
    );
  });

  it('refuses a workbook holding one of the plan’s names before writing, in the plan’s language', () => {
    const { host, calls } = recordingHost();
    host.existing = () => ({ titles: [], names: ['reportdate'] });
    expect(() => generate({ framework: 'race', language: 'vi' }, host)).toThrow(
      /^bảng tính này đã có các tên của một kế hoạch \(ReportDate…\)/,
    );
    expect(calls.some((c) => c.startsWith('render'))).toBe(false);
  });
});
