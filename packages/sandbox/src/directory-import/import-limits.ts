// How much an import reads. A roster is a few hundred kilobytes (Jining's
// 1,604 lawyers: about 200 KB of CSV); a file far beyond that is a mistake or
// an attack, and an XLSX workbook is a ZIP archive whose parts could expand a
// thousandfold (a "zip bomb"). Both are refused with a problem before they are
// read into memory: the file by its size on disk, the workbook by the sizes
// its archive declares for the parts that are read (which are never expanded
// beyond what they declare: read-tables.ts).
import { unzipSync } from 'fflate';

export interface ImportLimits {
  /** Largest file read, in bytes. */
  fileBytes: number;
  /** Largest total a workbook's XML parts may expand to, in bytes. */
  unzippedBytes: number;
}

export const IMPORT_LIMITS: ImportLimits = { fileBytes: 32 * 1024 * 1024, unzippedBytes: 256 * 1024 * 1024 };

/** The parts of a workbook the reader reads (read-excel-file reads these only). */
const isReadPart = (name: string): boolean => name.endsWith('.xml') || name.endsWith('.xml.rels');

/** What the workbook's read parts declare they expand to, from its central directory, without expanding any. */
export function declaredUnzippedBytes(workbook: Uint8Array): number {
  let total = 0;
  unzipSync(workbook, {
    filter: (part) => {
      if (isReadPart(part.name)) total += part.originalSize;
      return false;
    },
  });
  return total;
}
