/**
 * ExcelJS writes a link to a cell of another sheet as a `location` *and* an external
 * relationship whose target is "Sheet!A1"; LibreOffice and Google Sheets follow the
 * relationship and try to open a file of that name. This removes those relationships (and the
 * hyperlinks' r:id), leaving plain in-workbook locations as Excel itself writes them.
 */
import JSZip from 'jszip';

const RELS = /^xl\/worksheets\/_rels\/(sheet\d+\.xml)\.rels$/;
const RELATIONSHIP = /<Relationship\b[^>]*\/>/g;

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

/** A target ExcelJS made from an in-workbook location such as 'Two words'!A1. */
function isSheetLocation(target: string): boolean {
  return !target.includes('://') && /![A-Za-z]+\d+$/.test(target);
}

export async function makeSheetLinksInternal(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  for (const path of Object.keys(zip.files)) {
    const sheet = RELS.exec(path)?.[1];
    if (!sheet) continue;
    const rels = await zip.file(path)!.async('string');
    const internal = new Set<string>();
    const kept = rels.replace(RELATIONSHIP, (tag) => {
      const target = attribute(tag, 'Target') ?? '';
      if (attribute(tag, 'TargetMode') !== 'External' || !isSheetLocation(target)) return tag;
      internal.add(attribute(tag, 'Id') ?? '');
      return '';
    });
    if (internal.size === 0) continue;
    const sheetPath = `xl/worksheets/${sheet}`;
    const xml = await zip.file(sheetPath)!.async('string');
    zip.file(
      sheetPath,
      xml.replace(/ r:id="(rId\d+)"/g, (all, id: string) => (internal.has(id) ? '' : all)),
    );
    zip.file(path, kept);
    changed = true;
  }
  if (!changed) return bytes;
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
