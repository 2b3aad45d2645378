/**
 * prh dictionaries (the YAML correction lists used with textlint): `version`, `imports`, `rules` with
 * `expected`, `pattern`/`patterns` (strings, or /regex/), `regexpMustEmpty`, `options.wordBoundary` and
 * `specs`. Loading never throws: every problem is reported with its line and column, and the valid rules
 * are kept.
 */
import * as path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { compileLinear } from './linearRegExp';
import { DEFAULT_MAX_FILE_BYTES, readBoundedText } from '../boundedFile';
import { t } from '../l10n';

export interface DictionaryRule {
  readonly expected: string;
  readonly patterns: readonly RegExp[];
  /** The capture group ("$1") that must be empty for a match to count. */
  readonly mustBeEmpty?: number;
  /** Where the rule is written, for messages. */
  readonly source: string;
}

export interface DictionaryProblem {
  readonly file: string;
  /** 0-based, as LSP counts. */
  readonly line: number;
  readonly character: number;
  readonly message: string;
  /** A file that could not be read (refused, missing): known only from loading, not from the text. */
  readonly unreadable?: boolean;
}

export interface Dictionary {
  readonly rules: readonly DictionaryRule[];
  readonly problems: readonly DictionaryProblem[];
}

export interface LoadOptions {
  /** Leave out rules with /regex/ patterns (an untrusted workspace). */
  readonly literalOnly?: boolean;
  /** The largest file read, in bytes (DEFAULT_MAX_FILE_BYTES when not given). */
  readonly maxBytes?: number;
}

/** A dictionary with the ones it imports, each file read as boundedFile reads (regular, size-limited). */
export async function loadPrhFile(file: string, options: LoadOptions = {}): Promise<Dictionary> {
  const resolved = path.resolve(file);
  try {
    return await withImports(await readBoundedText(resolved, options.maxBytes ?? DEFAULT_MAX_FILE_BYTES), resolved, options, new Set([resolved]));
  } catch (error) {
    return {
      rules: [],
      problems: [{ file: resolved, line: 0, character: 0, message: t('Cannot read the dictionary: {0}', (error as Error).message), unreadable: true }],
    };
  }
}

/** A dictionary's rules after those of the dictionaries it imports; an import that cannot be read is a problem where it is written. */
async function withImports(text: string, file: string, options: LoadOptions, seen: Set<string>): Promise<Dictionary> {
  const own = parsePrh(text, file, options);
  const rules: DictionaryRule[] = [];
  const problems: DictionaryProblem[] = [...own.problems];
  for (const imported of own.imports) {
    if (seen.has(imported.path)) continue;
    seen.add(imported.path);
    let importedText: string;
    try {
      importedText = await readBoundedText(imported.path, options.maxBytes ?? DEFAULT_MAX_FILE_BYTES);
    } catch (error) {
      problems.push({
        file,
        line: imported.line,
        character: imported.character,
        message: t('Cannot read the imported dictionary {0}: {1}', imported.path, (error as Error).message),
        unreadable: true,
      });
      continue;
    }
    const dictionary = await withImports(importedText, imported.path, options, seen);
    rules.push(...dictionary.rules);
    problems.push(...dictionary.problems);
  }
  return { rules: [...rules, ...own.rules], problems };
}

/** An import of another dictionary, by absolute path, and where it is written. */
export interface PrhImport {
  readonly path: string;
  readonly line: number;
  readonly character: number;
}

/**
 * One dictionary's text: its rules and problems, and the dictionaries it imports (not read here). Never
 * throws: text the YAML reader cannot take (too deep, too many aliases) is a problem at the start.
 */
export function parsePrh(text: string, file: string, options: LoadOptions = {}): Dictionary & { readonly imports: readonly PrhImport[] } {
  try {
    return parsePrhDocument(text, file, options);
  } catch (error) {
    return { rules: [], imports: [], problems: [{ file, line: 0, character: 0, message: t('The dictionary cannot be read: {0}', (error as Error).message) }] };
  }
}

function parsePrhDocument(text: string, file: string, options: LoadOptions): Dictionary & { readonly imports: readonly PrhImport[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems: DictionaryProblem[] = [];
  const at = (node: Node | null | undefined, message: string): void => {
    const position = lineCounter.linePos(node?.range?.[0] ?? 0);
    problems.push({ file, line: position.line - 1, character: position.col - 1, message });
  };
  for (const error of document.errors) {
    const position = lineCounter.linePos(error.pos[0]);
    problems.push({ file, line: position.line - 1, character: position.col - 1, message: t('Not valid YAML: {0}', error.message.split('\n')[0] ?? '') });
  }
  if (document.errors.length > 0) return { rules: [], problems, imports: [] };
  const root = document.contents;
  if (!isMap(root)) {
    at(root, t('A prh dictionary is a mapping with "version" and "rules".'));
    return { rules: [], problems, imports: [] };
  }
  const rules: DictionaryRule[] = [];
  const importList: PrhImport[] = [];
  const imports = root.get('imports', true);
  if (imports !== undefined) {
    const list = isSeq(imports) ? imports.items : [imports];
    for (const item of list) {
      const target = isScalar(item) ? item.value : isMap(item) ? item.get('path') : undefined;
      if (typeof target !== 'string') {
        at(item as Node, t('"imports" entries are file paths (or mappings with "path").'));
        continue;
      }
      const position = lineCounter.linePos((item as Node | null)?.range?.[0] ?? 0);
      importList.push({ path: path.resolve(path.dirname(file), target), line: position.line - 1, character: position.col - 1 });
    }
  }
  const ruleList = root.get('rules', true);
  if (ruleList !== undefined && !isSeq(ruleList)) at(ruleList as Node, t('"rules" must be a list.'));
  for (const item of isSeq(ruleList) ? ruleList.items : []) {
    const rule = readRule(item as Node, file, lineCounter, options, at);
    if (!rule) continue;
    rules.push(rule);
    checkSpecs(item as Node, rule, at);
  }
  return { rules, problems, imports: importList };
}

function readRule(
  node: Node,
  file: string,
  lineCounter: LineCounter,
  options: LoadOptions,
  at: (node: Node | null | undefined, message: string) => void,
): DictionaryRule | undefined {
  if (!isMap(node)) {
    at(node, t('A rule is a mapping with at least "expected".'));
    return undefined;
  }
  const expected = node.get('expected');
  if (typeof expected !== 'string' || expected === '') {
    at(node, t('The rule has no "expected" text.'));
    return undefined;
  }
  const raw = node.get('patterns', true) ?? node.get('pattern', true);
  const sources = raw === undefined ? [] : isSeq(raw) ? raw.items : [raw];
  const wordBoundary = (node.getIn(['options', 'wordBoundary']) as unknown) === true;
  const patterns: RegExp[] = [];
  for (const source of sources) {
    const value = isScalar(source) ? source.value : undefined;
    if (typeof value !== 'string' || value === '') {
      at(source as Node, t('A pattern is a non-empty string, or /regex/flags.'));
      continue;
    }
    const regex = /^\/(.+)\/([a-z]*)$/s.exec(value);
    if (regex && options.literalOnly) continue;
    try {
      patterns.push(regex ? compileLinear(regex[1] ?? '', regex[2] ?? '') : literalPattern(value, wordBoundary));
    } catch (error) {
      at(source as Node, (error as Error).message);
    }
  }
  // Without patterns, prh matches the expected text in other widths and cases, and flags those variants.
  if (sources.length === 0) patterns.push(literalPattern(expected, wordBoundary, 'i'));
  if (patterns.length === 0) return undefined;
  const mustEmpty = node.get('regexpMustEmpty');
  const group = typeof mustEmpty === 'string' ? Number(/^\$(\d+)$/.exec(mustEmpty)?.[1]) : undefined;
  const position = lineCounter.linePos(node.range?.[0] ?? 0);
  return {
    expected,
    patterns,
    ...(group !== undefined && !Number.isNaN(group) ? { mustBeEmpty: group } : {}),
    source: `${path.basename(file)}:${position.line}`,
  };
}

/** A literal text as a pattern: escaped, it cannot backtrack, so the ordinary engine is safe for it. */
function literalPattern(text: string, wordBoundary: boolean, flags = ''): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(wordBoundary ? `\\b${escaped}\\b` : escaped, `${flags}g`);
}

/** Runs the rule's `specs` (from → to) as self-checks; a failing spec is a problem at its line. */
function checkSpecs(node: Node, rule: DictionaryRule, at: (node: Node | null | undefined, message: string) => void): void {
  if (!isMap(node)) return;
  const specs = node.get('specs', true);
  for (const spec of isSeq(specs) ? specs.items : []) {
    if (!isMap(spec)) continue;
    const from = spec.get('from');
    const to = spec.get('to');
    if (typeof from !== 'string' || typeof to !== 'string') {
      at(spec as Node, t('A spec needs "from" and "to" texts.'));
      continue;
    }
    const actual = applyRule(rule, from);
    if (actual !== to) at(spec as Node, t('Spec failed: 「{0}」 becomes 「{1}」, expected 「{2}」.', from, actual, to));
  }
}

export interface RuleMatch {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

/** Where a rule applies in a text, with the replacement of each match (capture groups in "expected" filled in). */
export function matchRule(rule: DictionaryRule, text: string): RuleMatch[] {
  const matches: RuleMatch[] = [];
  for (const pattern of rule.patterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0] === '') {
        pattern.lastIndex++;
        continue;
      }
      if (rule.mustBeEmpty !== undefined && (match[rule.mustBeEmpty] ?? '') !== '') continue;
      const replacement = rule.expected.replace(/\$(\d)/g, (_, n: string) => match?.[Number(n)] ?? '');
      if (replacement !== match[0]) matches.push({ start: match.index, end: match.index + match[0].length, replacement });
    }
  }
  return matches;
}

export function applyRule(rule: DictionaryRule, text: string): string {
  let result = '';
  let cursor = 0;
  for (const match of matchRule(rule, text).sort((a, b) => a.start - b.start)) {
    if (match.start < cursor) continue;
    result += text.slice(cursor, match.start) + match.replacement;
    cursor = match.end;
  }
  return result + text.slice(cursor);
}
