/**
 * The KPI functions' help lives once, in the registry; both wrappers' JSDoc (which the metadata
 * tools read from the source, so it stays literal there) must say exactly the same.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { KPI_FUNCTIONS, type KpiFunction } from '../../../core/kpi/registry';

const root = path.join(__dirname, '..', '..', '..');
const source = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface Doc {
  description: string;
  params: { name: string; optional: boolean; text: string }[];
  returns: string;
}

/** A JSDoc block's description, @param and @return(s) lines. */
function readDoc(block: string): Doc {
  const lines = block
    .split('\n')
    .map((l) => l.replace(/^\s*\/?\*+\/?\s?/, '').trimEnd())
    .filter((l) => l !== '' && !l.startsWith('@customfunction'));
  const description = lines.filter((l) => !l.startsWith('@')).join(' ');
  const params = lines.flatMap((l) => {
    const m = /^@param (?:\{[^}]*\} )?(\[?)(\w+)\]? (.*)$/.exec(l);
    return m ? [{ name: m[2], optional: m[1] === '[', text: m[3] }] : [];
  });
  const returns = lines.find((l) => /^@returns? /.test(l))?.replace(/^@returns? /, '') ?? '';
  return { description, params, returns };
}

/** The registry's help as the Sheets JSDoc spells it: optional parameters say "Optional: ". */
function sheetsDoc(f: KpiFunction): Doc {
  return {
    description: f.help.description,
    params: f.params.map((name, i) => ({
      name,
      optional: false,
      text: `${i >= f.required ? 'Optional: ' : ''}${f.help.params[i]}`,
    })),
    returns: f.help.returns,
  };
}

/** The registry's help as the Excel JSDoc spells it: optional parameters in [brackets]. */
function excelDoc(f: KpiFunction): Doc {
  return {
    description: f.help.description,
    params: f.params.map((name, i) => ({
      name,
      optional: i >= f.required,
      text: f.help.params[i],
    })),
    returns: f.help.returns,
  };
}

describe.each(KPI_FUNCTIONS.map((f) => [f.id, f] as const))('%s help', (id, f) => {
  it('is the registry’s, word for word, in the Sheets JSDoc', () => {
    const sheets = source('sheets-addon/src/functions.ts');
    const block = new RegExp(String.raw`(/\*\*(?:(?!\*/)[\s\S])*\*/)\nglobal\.KPI_${id} =`).exec(
      sheets,
    )?.[1];
    expect(block).toContain('@customfunction');
    expect(readDoc(block ?? '')).toEqual(sheetsDoc(f));
  });

  it('is the registry’s, word for word, in the Excel JSDoc', () => {
    const excel = source('excel-addin/src/functions.ts');
    const block = new RegExp(
      String.raw`/\*\*((?:(?!\*/)[\s\S])*@customfunction ${id}\n(?:(?!\*/)[\s\S])*)\*/`,
    ).exec(excel)?.[1];
    expect(block).toBeDefined();
    expect(readDoc(block ?? '')).toEqual(excelDoc(f));
  });
});
