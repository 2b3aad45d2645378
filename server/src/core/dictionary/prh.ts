/**
 * prh dictionaries (the YAML correction lists used with textlint): `version`, `imports`, `rules` with
 * `expected`, `pattern`/`patterns` (strings, or /regex/), `regexpMustEmpty`, `options.wordBoundary` and
 * `specs`. Loading never throws: every problem is reported with its line and column, and the valid rules
 * are kept.
 */
import * as path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { compileSafePattern, type SafePattern } from './safePattern';
import { isRegexLiteral, prhPatternSource } from './prhPattern';
import { DEFAULT_MAX_FILE_BYTES, readBoundedText } from '../boundedFile';
import { t } from '../l10n';

export interface DictionaryRule {
  readonly expected: string;
  /** The rule's patterns as one expression, built as prh builds it (prhPattern.ts). */
  readonly pattern: SafePattern;
  /** That expression as prh writes it ("/…/gmu"), which "ignoreRules" of an import names. */
  readonly written: string;
  /** The rule's own message ("prh:" in the dictionary), shown with its findings as textlint-rule-prh shows it. */
  readonly note?: string;
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

/**
 * A dictionary's rules, then those of the dictionaries it imports, merged as prh merges them: an imported
 * rule whose expected text is already there is left out, an import can leave out its own imports
 * ("disableImports") and rules ("ignoreRules", by pattern as prh writes it or by expected text). An
 * import that cannot be read is a problem where it is written.
 */
async function withImports(text: string, file: string, options: LoadOptions, seen: Set<string>, importsAllowed = true): Promise<Dictionary> {
  const own = parsePrh(text, file, options);
  const rules: DictionaryRule[] = [...own.rules];
  const problems: DictionaryProblem[] = [...own.problems];
  for (const imported of importsAllowed ? own.imports : []) {
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
    const dictionary = await withImports(importedText, imported.path, options, seen, !imported.disableImports);
    const kept = dictionary.rules.filter(
      (rule) => !imported.ignoreRules.some((ignore) => ignore.pattern === rule.written || ignore.expected === rule.expected),
    );
    rules.push(...mergeRules(rules, kept));
    problems.push(...dictionary.problems);
  }
  return { rules, problems };
}

/** The rules of another dictionary that a merge adds: those whose expected text is not already there (prh's Engine.merge). */
export function mergeRules(existing: readonly DictionaryRule[], added: readonly DictionaryRule[]): DictionaryRule[] {
  const expected = new Set(existing.map((rule) => rule.expected));
  return added.filter((rule) => !expected.has(rule.expected));
}

/** An import of another dictionary, by absolute path, and where it is written. */
export interface PrhImport {
  readonly path: string;
  /** Leave out the imports of the imported dictionary. */
  readonly disableImports: boolean;
  /** Rules of the imported dictionary left out, by pattern ("/…/gmu") or expected text. */
  readonly ignoreRules: readonly { readonly pattern?: string; readonly expected?: string }[];
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
      const ignored = isMap(item) ? item.get('ignoreRules', true) : undefined;
      const ignoreRules = (isSeq(ignored) ? ignored.items : []).flatMap((entry) => {
        if (isScalar(entry) && typeof entry.value === 'string') return [{ pattern: entry.value }];
        if (!isMap(entry)) return [];
        const pattern = entry.get('pattern');
        const expected = entry.get('expected');
        return [{ ...(typeof pattern === 'string' ? { pattern } : {}), ...(typeof expected === 'string' ? { expected } : {}) }];
      });
      importList.push({
        path: path.resolve(path.dirname(file), target),
        line: position.line - 1,
        character: position.col - 1,
        disableImports: isMap(item) && item.get('disableImports') === true,
        ignoreRules,
      });
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
  // prh takes a rule written as a bare text as a rule with that expected text and no pattern.
  if (isScalar(node) && typeof node.value === 'string' && node.value !== '')
    return makeRule(node, node.value, undefined, false, undefined, file, lineCounter, at);
  if (!isMap(node)) {
    at(node, t('A rule is a mapping with at least "expected".'));
    return undefined;
  }
  const expected = node.get('expected');
  // An empty expected text is allowed, as in prh: the match is to be deleted.
  if (typeof expected !== 'string') {
    at(node, t('The rule has no "expected" text.'));
    return undefined;
  }
  // prh reads "pattern" and, only without it, "patterns".
  const raw = node.get('pattern', true) ?? node.get('patterns', true);
  const items = raw === undefined || (isScalar(raw) && raw.value === null) ? undefined : isSeq(raw) ? raw.items : [raw];
  const texts: string[] = [];
  for (const item of items ?? []) {
    const value = isScalar(item) ? item.value : undefined;
    if (typeof value !== 'string' || value === '') {
      at(item as Node, t('A pattern is a non-empty string, or /regex/flags.'));
      return undefined;
    }
    texts.push(value);
  }
  if (options.literalOnly && texts.some(isRegexLiteral)) return undefined;
  const wordBoundary = (node.getIn(['options', 'wordBoundary']) as unknown) === true;
  const mustEmpty = node.get('regexpMustEmpty', true);
  let group: number | undefined;
  if (mustEmpty !== undefined) {
    const value = isScalar(mustEmpty) ? mustEmpty.value : undefined;
    group = typeof value === 'string' && /^\$[0-9]+$/.test(value) ? Number(value.slice(1)) : Number.NaN;
    if (Number.isNaN(group)) {
      at(mustEmpty as Node, t('"regexpMustEmpty" names a group as $1, $2 …'));
      return undefined;
    }
  }
  return makeRule(node, expected, items === undefined ? undefined : texts, wordBoundary, group, file, lineCounter, at, raw as Node | undefined);
}

function makeRule(
  node: Node,
  expected: string,
  patterns: readonly string[] | undefined,
  wordBoundary: boolean,
  mustBeEmpty: number | undefined,
  file: string,
  lineCounter: LineCounter,
  at: (node: Node | null | undefined, message: string) => void,
  patternNode?: Node,
): DictionaryRule | undefined {
  let pattern: SafePattern;
  let written: string;
  try {
    const built = prhPatternSource(expected, patterns, wordBoundary);
    written = `/${built.source}/${built.flags}`;
    pattern = compileSafePattern(built.source, built.flags);
  } catch (error) {
    at(patternNode ?? node, (error as Error).message);
    return undefined;
  }
  const position = lineCounter.linePos(node.range?.[0] ?? 0);
  const note = isMap(node) ? node.get('prh') : undefined;
  return {
    expected,
    pattern,
    written,
    ...(typeof note === 'string' && note !== '' ? { note } : {}),
    ...(mustBeEmpty !== undefined ? { mustBeEmpty } : {}),
    source: `${path.basename(file)}:${position.line}`,
  };
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
  readonly rule: DictionaryRule;
}

/** Where a rule applies in a text, with the replacement of each match, as prh computes them (its Rule.applyRule and Diff.newText). */
export function matchRule(rule: DictionaryRule, text: string): RuleMatch[] {
  const matches: RuleMatch[] = [];
  for (const match of rule.pattern.matchAll(text)) {
    const groups = match.groups;
    const whole = groups[0] ?? '';
    if (rule.mustBeEmpty !== undefined && (groups[rule.mustBeEmpty] ?? '') !== '') continue;
    if (whole === rule.expected) continue;
    // "$1".."$99" are the groups; "$0" and a group the pattern does not have stay as written, as in prh.
    const replacement = rule.expected.replace(/\$([0-9]{1,2})/g, (written, n: string) => {
      const index = Number(n);
      return index === 0 || index > groups.length - 1 ? written : (groups[index] ?? '');
    });
    matches.push({ start: match.index, end: match.index + whole.length, replacement, rule });
  }
  return matches;
}

/**
 * The matches of all the rules in a text, overlaps settled as prh settles them (its ChangeSet): in order of
 * start and end; of two matches starting together the longer one; of two that overlap the earlier one
 * (compared, as prh does, with the match before it in that order, whether or not that one was kept).
 */
export function dictionaryMatches(rules: readonly DictionaryRule[], text: string): RuleMatch[] {
  const sorted = rules.flatMap((rule) => matchRule(rule, text)).sort((a, b) => a.start - b.start || a.end - b.end);
  const longest = sorted.filter((match, i) => {
    const next = sorted[i + 1];
    return !(next && match.start === next.start && match.end < next.end);
  });
  return longest.filter((match, i) => {
    const previous = longest[i - 1];
    return !(previous && match.start < previous.end);
  });
}

export function applyRule(rule: DictionaryRule, text: string): string {
  let result = '';
  let cursor = 0;
  for (const match of dictionaryMatches([rule], text)) {
    result += text.slice(cursor, match.start) + match.replacement;
    cursor = match.end;
  }
  return result + text.slice(cursor);
}
