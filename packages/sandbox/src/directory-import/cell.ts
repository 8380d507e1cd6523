/** A cell as read: text, or a number / date / boolean an XLSX cell held as such. */
export type Cell = string | number | boolean | Date | null;
