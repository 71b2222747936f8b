/**
 * Microsoft's own Excel JavaScript API (npm @microsoft/office-js, the script Excel on the web
 * loads), run in jsdom with only the far side stubbed: each request the add-in's code queues
 * is serialized by Office.js itself, and its size on the wire is measured — the message array
 * its request executor builds (RichApiMessageUtility, the same function Office.js sends
 * through), as JSON in UTF-8 bytes. The stub answers every request as Excel would for writes:
 * each object instantiated gets a reference id, so the add-in may use it after the sync.
 */
import { readFileSync } from 'fs';
import { JSDOM } from 'jsdom';

const SCRIPT = require.resolve('@microsoft/office-js/dist/excel-web-16.00.js');

interface OfficeWindow {
  Excel: typeof Excel;
  OfficeExtension: {
    RichApiMessageUtility: {
      buildMessageArrayForIRequestExecutor(
        customData: unknown,
        flags: unknown,
        message: unknown,
        sourceLib: string,
      ): unknown[];
    };
  };
}

let loaded: OfficeWindow | undefined;

/** The Excel API of Excel on the web, loaded once per test file. */
function officeWindow(): OfficeWindow {
  if (!loaded) {
    const dom = new JSDOM('<!doctype html><html><body></body></html>', {
      runScripts: 'outside-only',
      url: 'https://localhost/',
    });
    dom.window.eval(readFileSync(SCRIPT, 'utf8'));
    loaded = dom.window as unknown as OfficeWindow;
  }
  return loaded;
}

interface RichApiAction {
  Id: number;
  ActionType: number;
  ObjectPathId: number;
}

export interface WireLog {
  /** Each request's size on the wire, in UTF-8 bytes, in the order they were sent. */
  requests: number[];
}

/**
 * Runs a batch as Excel.run does, over Office.js's real request building; resolves to what the
 * batch returns and the bytes of every request it sent.
 */
export async function runOnTheWire<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<{ result: T; wire: WireLog }> {
  const w = officeWindow();
  const wire: WireLog = { requests: [] };
  const { RichApiMessageUtility } = w.OfficeExtension;
  const executor = {
    executeAsync(
      customData: unknown,
      flags: unknown,
      message: { Body: { Actions: RichApiAction[] } },
    ) {
      const array = RichApiMessageUtility.buildMessageArrayForIRequestExecutor(
        customData,
        flags,
        message,
        'officejs',
      );
      wire.requests.push(Buffer.byteLength(JSON.stringify(array), 'utf8'));
      // ActionType 1 instantiates an object path: Excel answers with a reference to it.
      const Results = message.Body.Actions.filter((a) => a.ActionType === 1).map((a) => ({
        ActionId: a.Id,
        Value: { _ReferenceId: `ref${a.ObjectPathId}` },
      }));
      return Promise.resolve({
        HttpStatusCode: 200,
        ErrorCode: '',
        ErrorMessage: '',
        Headers: {},
        Body: { Results },
      });
    },
  };
  const result = await w.Excel.run(async (context) => {
    (context as unknown as { _requestExecutor: unknown })._requestExecutor = executor;
    return batch(context);
  });
  return { result, wire };
}
