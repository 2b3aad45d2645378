/**
 * Compares our prh dictionary loading and matching with the prh library itself (the reference): for each
 * dictionary, the rules each side loads, and for each text every change prh makes (offset, length,
 * replacement) against every change our dictionary-rule check makes, chunk by chunk as the analysis does.
 *
 *   node --import tsx tools/prhCompat.ts DICTIONARY.yml… -- TEXT…
 *
 * Used by test/unit/prhCompat.test.ts on the dictionaries shipped in the prh package and our texts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as prh from 'prh';
import { dictionaryMatches, loadPrhFile } from '../server/src/core/dictionary/prh';
import { TranscriptDocument } from '../server/src/core/document';

export interface Change {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

export interface Difference {
  readonly text: string;
  readonly prh?: Change;
  readonly ours?: Change;
}

export interface Comparison {
  readonly dictionary: string;
  /** Rules after imports, as prh loads them, or prh's error if it refuses the dictionary. */
  readonly prhRules: number | string;
  readonly ourRules: number;
  readonly ourProblems: readonly string[];
  readonly engines: Readonly<Record<string, number>>;
  /** Changes both make alike. */
  readonly same: number;
  readonly differences: readonly Difference[];
}

/** prh's changes to a text: its ChangeSet, less those that replace a text by itself (which we do not report). */
export function prhChanges(engine: prh.Engine, name: string, text: string): Change[] {
  return engine
    .makeChangeSet(name, text)
    .diffs.map((diff) => ({ start: diff.index, end: diff.tailIndex, replacement: diff.newText ?? '' }))
    .filter((change) => change.replacement !== text.slice(change.start, change.end));
}

/** Our changes to a text, chunk by chunk as the dictionary-rule check sees it. */
export function ourChanges(rules: Parameters<typeof dictionaryMatches>[0], text: string): Change[] {
  return new TranscriptDocument(text).chunks.flatMap((chunk) =>
    dictionaryMatches(rules, chunk.text)
      .map((match) => ({ start: chunk.start + match.start, end: chunk.start + match.end, replacement: match.replacement }))
      .filter((change) => change.replacement !== text.slice(change.start, change.end)),
  );
}

export async function compare(dictionary: string, texts: readonly { readonly name: string; readonly text: string }[]): Promise<Comparison> {
  const ours = await loadPrhFile(dictionary);
  const engines: Record<string, number> = {};
  for (const rule of ours.rules) engines[rule.pattern.engine] = (engines[rule.pattern.engine] ?? 0) + 1;
  let engine: prh.Engine | undefined;
  let prhRules: number | string;
  try {
    engine = prh.fromYAMLFilePath(dictionary);
    prhRules = engine.rules.length;
  } catch (error) {
    prhRules = (error as Error).message.split('\n')[0] ?? 'error';
  }
  let same = 0;
  const differences: Difference[] = [];
  const key = (change: Change): string => `${change.start}:${change.end}:${change.replacement}`;
  for (const { name, text } of texts) {
    const theirs = engine ? prhChanges(engine, name, text) : [];
    const mine = ourChanges(ours.rules, text);
    const mineKeys = new Set(mine.map(key));
    const theirKeys = new Set(theirs.map(key));
    for (const change of theirs) {
      if (mineKeys.has(key(change))) same++;
      else differences.push({ text: name, prh: change });
    }
    for (const change of mine) if (!theirKeys.has(key(change))) differences.push({ text: name, ours: change });
  }
  return {
    dictionary,
    prhRules,
    ourRules: ours.rules.length,
    ourProblems: ours.problems.map((problem) => `${path.basename(problem.file)}:${problem.line + 1}: ${problem.message}`),
    engines,
    same,
    differences,
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const split = args.indexOf('--');
  const dictionaries = split === -1 ? args : args.slice(0, split);
  const texts = (split === -1 ? [] : args.slice(split + 1)).map((file) => ({ name: file, text: fs.readFileSync(file, 'utf8') }));
  for (const dictionary of dictionaries) {
    const result = await compare(dictionary, texts);
    console.log(
      `${path.basename(dictionary)}: prh ${result.prhRules} rules, ours ${result.ourRules} (${JSON.stringify(result.engines)}), ${result.ourProblems.length} problems; ${result.same} changes alike, ${result.differences.length} different`,
    );
    for (const problem of result.ourProblems) console.log(`  problem ${problem}`);
    for (const difference of result.differences.slice(0, 20)) {
      const text = texts.find((t) => t.name === difference.text)?.text ?? '';
      const change = difference.prh ?? difference.ours;
      if (!change) continue;
      console.log(
        `  ${difference.prh ? 'only prh' : 'only ours'} ${path.basename(difference.text)}@${change.start}: 「${text.slice(change.start, change.end)}」 → 「${change.replacement}」`,
      );
    }
  }
}

if (require.main === module) void main();
