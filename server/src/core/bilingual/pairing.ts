/**
 * Which file is a translation's English source, by convention: `name.en.txt`, `name.en.srt`,
 * `name.en.vtt` or `name.en.md` beside `name.txt` (or `name.ja.txt`, `name.ja.srt`…). Pure: paths in, paths out.
 */
const SOURCE_EXTENSIONS = ['.txt', '.srt', '.vtt', '.md'];

/** The paths that would be this file's source, in order of preference (the same kind of file first). */
export function sourceCandidates(targetPath: string): string[] {
  const slash = Math.max(targetPath.lastIndexOf('/'), targetPath.lastIndexOf('\\'));
  const dir = targetPath.slice(0, slash + 1);
  const file = targetPath.slice(slash + 1);
  const dot = file.lastIndexOf('.');
  if (dot <= 0) return [];
  const extension = file.slice(dot);
  let stem = file.slice(0, dot);
  if (isSourceName(file)) return [];
  if (/\.ja$/i.test(stem)) stem = stem.slice(0, -3);
  const ordered = [extension.toLowerCase(), ...SOURCE_EXTENSIONS.filter((e) => e !== extension.toLowerCase())];
  return ordered.map((e) => `${dir}${stem}.en${e}`);
}

/** Whether a file name is that of an English source by the convention (`*.en.txt`…): such a file is no translation. */
export function isSourceName(fileName: string): boolean {
  return /\.en\.(txt|srt|vtt|md)$/i.test(fileName);
}
