/** Saves a blob as a file through a blob URL. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Saves CSV text as a file, with a UTF-8 byte-order mark so Excel and WPS
 * read the Chinese correctly.
 */
export function downloadCsv(filename: string, csv: string): void {
  downloadBlob(filename, new Blob([`\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' }));
}
