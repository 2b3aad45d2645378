/**
 * prh dictionaries (the YAML correction lists used with textlint): `version`, `imports`, `rules` with
 * `expected`, `pattern`/`patterns` (strings, or /regex/), `regexpMustEmpty`, `options.wordBoundary` and
 * `specs`. Loading never throws: every problem is reported with its line and column, and the valid rules
 * are kept.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { compileLinear } from './linearRegExp';
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
}

export interface Dictionary {
  readonly rules: readonly DictionaryRule[];
  readonly problems: readonly DictionaryProblem[];
}

export interface LoadOptions {
  /** Leave out rules with /regex/ patterns (an untrusted workspace). */
  readonly literalOnly?: boolean;
}

export function loadPrhFile(file: string, options: LoadOptions = {}, seen = new Set<string>()): Dictionary {
  const resolved = path.resolve(file);
  if (seen.has(resolved)) return { rules: [], problems: [] };
  seen.add(resolved);
  let text: string;
  try {
    text = fs.readFileSync(resolved, 'utf8');
  } catch (error) {
    return { rules: [], problems: [{ file: resolved, line: 0, character: 0, message: t('Cannot read the dictionary: {0}', (error as Error).message) }] };
  }
  return parsePrh(text, resolved, options, seen);
}

export function parsePrh(text: string, file: string, options: LoadOptions = {}, seen = new Set<string>([file])): Dictionary {
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
  if (document.errors.length > 0) return { rules: [], problems };
  const root = document.contents;
  if (!isMap(root)) {
    at(root, t('A prh dictionary is a mapping with "version" and "rules".'));
    return { rules: [], problems };
  }
  const rules: DictionaryRule[] = [];
  const imports = root.get('imports', true);
  if (imports !== undefined) {
    const list = isSeq(imports) ? imports.items : [imports];
    for (const item of list) {
      const target = isScalar(item) ? item.value : isMap(item) ? item.get('path') : undefined;
      if (typeof target !== 'string') {
        at(item as Node, t('"imports" entries are file paths (or mappings with "path").'));
        continue;
      }
      const imported = loadPrhFile(path.resolve(path.dirname(file), target), options, seen);
      rules.push(...imported.rules);
      problems.push(...imported.problems);
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
  return { rules, problems };
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
  return { expected, patterns, ...(group !== undefined && !Number.isNaN(group) ? { mustBeEmpty: group } : {}), source: `${path.basename(file)}:${position.line}` };
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
