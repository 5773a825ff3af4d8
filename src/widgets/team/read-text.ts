/** An uploaded file as UTF-8, or as GB18030 when it is not (Excel's “CSV” on Chinese Windows). */
export async function readText(file: File): Promise<string> {
  const text = await file.text();
  if (!text.includes('\uFFFD')) return text;
  return new TextDecoder('gb18030').decode(await file.arrayBuffer());
}
