/**
 * Reading a glossary file by its extension: .tbx (or .xml) TBX, .csv CSV, .yml/.yaml a prh dictionary
 * (each rule whose patterns are texts is an entry: expected the preferred term, the patterns forbidden;
 * rules with /regex/ patterns belong in transcriptLens.dictionaries and are said to). Each file is read
 * as every workspace file is (regular, bounded size); loading never throws.
 */
import * as path from 'node:path';
import { DEFAULT_MAX_FILE_BYTES, readBoundedText } from '../boundedFile';
import { isRegexLiteral } from '../dictionary/prhPattern';
import { t } from '../l10n';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { parseCsvGlossary } from './csv';
import type { Glossary, GlossaryEntry } from './model';
import { parseTbx } from './tbx';
import type { DictionaryProblem } from '../dictionary/prh';

export async function loadGlossaryFile(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<Glossary> {
  const resolved = path.resolve(file);
  let text: string;
  try {
    text = await readBoundedText(resolved, maxBytes);
  } catch (error) {
    return {
      entries: [],
      problems: [{ file: resolved, line: 0, character: 0, message: t('Cannot read the glossary: {0}', (error as Error).message), unreadable: true }],
    };
  }
  return parseGlossary(text, resolved);
}

export function parseGlossary(text: string, file: string): Glossary {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.csv') return parseCsvGlossary(text, file);
  if (extension === '.yml' || extension === '.yaml') return parsePrhGlossary(text, file);
  return parseTbx(text, file);
}

function parsePrhGlossary(text: string, file: string): Glossary {
  const lineCounter = new LineCounter();
  const problems: DictionaryProblem[] = [];
  const entries: GlossaryEntry[] = [];
  let document;
  try {
    document = parseDocument(text, { lineCounter, prettyErrors: false });
  } catch (error) {
    return { entries, problems: [{ file, line: 0, character: 0, message: t('The dictionary cannot be read: {0}', (error as Error).message) }] };
  }
  for (const error of document.errors) {
    const position = lineCounter.linePos(error.pos[0]);
    problems.push({ file, line: position.line - 1, character: position.col - 1, message: t('Not valid YAML: {0}', error.message.split('\n')[0] ?? '') });
  }
  if (document.errors.length > 0 || !isMap(document.contents)) return { entries, problems };
  const rules = document.contents.get('rules', true);
  for (const rule of isSeq(rules) ? rules.items : []) {
    if (!isMap(rule)) continue;
    const position = lineCounter.linePos(rule.range?.[0] ?? 0);
    const expected = rule.get('expected');
    const raw = rule.get('pattern', true) ?? rule.get('patterns', true);
    const patterns = (isSeq(raw) ? raw.items : raw === undefined ? [] : [raw]).map((item) => (isScalar(item) ? item.value : undefined));
    if (typeof expected !== 'string' || expected === '') continue;
    if (patterns.some((pattern) => typeof pattern !== 'string' || isRegexLiteral(pattern))) {
      problems.push({
        file,
        line: position.line - 1,
        character: position.col - 1,
        message: t(
          'A glossary takes rules whose patterns are texts; give a dictionary with /regex/ patterns in transcriptLens.dictionaries (or --dictionary).',
        ),
      });
      continue;
    }
    entries.push({
      preferred: expected,
      admitted: [],
      forbidden: (patterns as string[]).filter((pattern) => pattern !== expected).map((term) => ({ term, instead: expected })),
      ...(typeof rule.get('prh') === 'string' ? { note: rule.get('prh') as string } : {}),
      source: `${path.basename(file)}:${position.line}`,
    });
  }
  return { entries, problems };
}
