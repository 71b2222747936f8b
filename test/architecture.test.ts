/**
 * The rooms of the house, read from the imports (type-only imports included): no import
 * circle anywhere; core touches no host, Node module or other room it should not; a sheet
 * builder depends on core/workbook, the plan and the shared sheet modules and its own folder,
 * never on another sheet's folder; tests never import the bench.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'fs';
import path from 'path';

const root = path.join(__dirname, '..');
const ROOMS = ['core', 'cli', 'web', 'sheets-addon', 'excel-addin', 'test', 'bench'];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|js)$/.test(name) && !name.endsWith('.d.ts') ? [rel] : [];
  });
}

/** What a file imports: each specifier as written (static, type-only, re-export, dynamic). */
function specifiers(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const found = text.matchAll(
    /(?:^|\s)(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm,
  );
  return [...found].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** A relative specifier as a repo path, or null for a package. */
function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.normalize(path.join(path.dirname(from), spec));
  for (const candidate of [base, `${base}.ts`, `${base}.js`, path.join(base, 'index.ts')]) {
    if (existsSync(path.join(root, candidate)) && statSync(path.join(root, candidate)).isFile()) {
      return candidate;
    }
  }
  throw new Error(`${from}: cannot resolve ${spec}`);
}

const files = ROOMS.flatMap(sourceFiles);
const graph = new Map(
  files.map((f) => [f, specifiers(f).map((s) => ({ spec: s, to: resolve(f, s) }))]),
);

/** Every circle of imports, as the files along it (Tarjan's strongly connected components). */
function circles(): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const { to } of graph.get(v) ?? []) {
      if (!to || !graph.has(to)) continue;
      if (!index.has(to)) {
        visit(to);
        low.set(v, Math.min(low.get(v)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(v, Math.min(low.get(v)!, index.get(to)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return found;
}

/** Each import of a file in `room` that `allowed` refuses, as "file → import". */
function refused(
  room: RegExp,
  allowed: (to: string | null, spec: string, from: string) => boolean,
) {
  return files
    .filter((f) => room.test(f))
    .flatMap((f) =>
      graph
        .get(f)!
        .filter(({ to, spec }) => !allowed(to, spec, f))
        .map(({ spec }) => `${f} → ${spec}`),
    );
}

const NODE_MODULES = /^(node:|fs$|path$|os$|child_process$|http$|https$|net$|url$|zlib$|crypto$)/;

describe('the rooms of the house', () => {
  it('reads every file it maps', () => {
    expect(files.length).toBeGreaterThan(150);
    expect(graph.get('core/generate.ts')!.length).toBeGreaterThan(3);
  });

  it('has no import circle, type-only imports included', () => {
    expect(circles()).toEqual([]);
  });

  it('keeps core free of hosts, Node and the rooms around it', () => {
    const hostFree = /^core\/(?!xlsx\/|sidebar\/)/;
    expect(
      refused(
        hostFree,
        (to, spec) =>
          !NODE_MODULES.test(spec) &&
          !['exceljs', 'playwright-core', 'hyperformula'].includes(spec) &&
          (to === null || to.startsWith('core/')),
      ),
    ).toEqual([]);
    // Only the sidebar and the .xlsx writer may reach further, and never into a host.
    expect(refused(/^core\//, (to) => to === null || to.startsWith('core/'))).toEqual([]);
  });

  it("lets a sheet builder read the shared sheet modules and its own folder, never another sheet's", () => {
    const SHARED =
      /^core\/sheets\/(context|names|styles|titles)\.ts$|^core\/sheets\/(layouts|formulas|sections)\//;
    const builder = /^core\/sheets\/(?!layouts\/|formulas\/|sections\/)[\w-]+\//;
    expect(
      refused(builder, (to, _spec, from) => {
        if (to === null || !to.startsWith('core/sheets/')) return true;
        return SHARED.test(to) || path.dirname(to) === path.dirname(from);
      }),
    ).toEqual([]);
    // And the shared modules depend on no builder.
    expect(
      refused(SHARED, (to) => to === null || !to.startsWith('core/sheets/') || SHARED.test(to)),
    ).toEqual([]);
  });

  it('keeps the tests off the bench, and the hosts off each other', () => {
    expect(refused(/^test\//, (to) => to === null || !to.startsWith('bench/'))).toEqual([]);
    const hosts = ['cli/', 'web/', 'sheets-addon/', 'excel-addin/'];
    expect(
      refused(/^(cli|web|sheets-addon|excel-addin)\//, (to, _spec, from) => {
        const own = hosts.find((h) => from.startsWith(h));
        return to === null || !hosts.some((h) => h !== own && to.startsWith(h));
      }),
    ).toEqual([]);
  });
});
