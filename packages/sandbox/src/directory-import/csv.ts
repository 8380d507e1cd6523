// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks.
// Spreadsheet programs in China often save CSV in GB 18030 (GBK) rather than
// UTF-8: a file that is not valid UTF-8 is read as GB 18030.

/** The text of a CSV file: UTF-8 (a BOM is dropped), else GB 18030. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * Records of the CSV text, each an array of fields. A blank line is kept as an
 * empty record, so record n is the row n a spreadsheet program shows.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRecord = (): void => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === ',') { record.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { endRecord(); i += 2; continue; }
    if (c === '\n' || c === '\r') { endRecord(); i++; continue; }
    field += c;
    i++;
  }
  if (field !== '' || record.length > 0) endRecord();
  return records;
}
