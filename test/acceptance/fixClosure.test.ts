/**
 * Fix closure, as a property: on every seed transcript ($TRANSCRIPT_LENS_SEEDS), every real text
 * (../shared/real-text/*.txt, read here, never copied) and 1,000 fuzzed texts of our own making, every
 * offered fix removes its problem and creates no new one at its place, and fix-all settles in one pass.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { analyze, type AnalysisServices } from '../../server/src/core/analyze';
import { TranscriptDocument } from '../../server/src/core/document';
import { applyEdits, isConfident, preferredEdits, settleFixes } from '../../server/src/core/fixes';
import type { Finding } from '../../server/src/core/types';
import { testServices } from '../support/analysis';
import { SEEDS_DIRECTORY, seedsAvailable, warnNoSeeds } from '../support/seeds';

const REAL_TEXT_DIRECTORY = path.resolve(process.env.TRANSCRIPT_LENS_REAL_TEXT ?? path.join(__dirname, '..', '..', '..', 'shared', 'real-text'));
const FUZZED_TEXTS = Number(process.env.TRANSCRIPT_LENS_FIX_FUZZ_TEXTS ?? 1000);
const FUZZ_SEED = Number(process.env.TRANSCRIPT_LENS_FUZZ_SEED ?? 20261129);

function textsIn(directory: string): string[] {
  return fs.existsSync(directory)
    ? fs
        .readdirSync(directory)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => path.join(directory, f))
    : [];
}

const realTextAvailable = fs.existsSync(REAL_TEXT_DIRECTORY);
if (!seedsAvailable()) warnNoSeeds('Fix closure on the seeds');
if (!realTextAvailable)
  process.stderr.write(
    `\n!!! Fix closure on the real texts SKIPPED: no texts at ${REAL_TEXT_DIRECTORY}. Set TRANSCRIPT_LENS_REAL_TEXT (CI has them at ../shared/real-text).\n\n`,
  );

function overlapsOrTouches(finding: Finding, start: number, end: number): boolean {
  return finding.range.start <= end && start <= finding.range.end;
}

const describeFinding = (text: string, f: Finding): string => `${f.code} 「${text.slice(f.range.start, f.range.end)}」 at ${f.range.start} (${f.severity})`;

/** Every violation of fix closure in one text: each fix of each finding applied and checked, then fix-all. */
function closureViolations(text: string, services: AnalysisServices): string[] {
  const findingsOf = (t: string): readonly Finding[] => analyze(new TranscriptDocument(t), services).findings;
  const before = findingsOf(text);
  const problems: string[] = [];
  for (const finding of before) {
    for (const fix of finding.fixes) {
      const edit = fix.edits[0];
      if (!edit || fix.edits.length !== 1) {
        problems.push(`${describeFinding(text, finding)}: a fix with ${fix.edits.length} edits`);
        continue;
      }
      const fixed = applyEdits(text, fix.edits);
      const at = { start: edit.range.start, end: edit.range.start + edit.newText.length };
      const after = findingsOf(fixed).filter((f) => overlapsOrTouches(f, at.start, at.end));
      const wasThere = before.filter((f) => overlapsOrTouches(f, edit.range.start, edit.range.end));
      for (const left of after) {
        // Its own problem stays: the same kind still flagged at the fixed span.
        if (left.code === finding.code && left.range.start < Math.max(at.end, at.start + 1) && at.start < left.range.end) {
          problems.push(`${describeFinding(text, finding)}: after 「${fix.title}」, ${describeFinding(fixed, left)} remains`);
        } else if (isConfident(left) && !wasThere.some((f) => f.code === left.code)) {
          problems.push(`${describeFinding(text, finding)}: 「${fix.title}」 creates ${describeFinding(fixed, left)}`);
        }
      }
    }
  }
  const settled = settleFixes(text, (t, round) => (round === 0 ? before : findingsOf(t)).filter(isConfident));
  if (!settled.settled) problems.push(`fix-all did not settle in ${settled.rounds} rounds`);
  if (applyEdits(text, settled.edits) !== settled.text) problems.push('fix-all edits do not give the settled text');
  const again = preferredEdits(findingsOf(settled.text).filter(isConfident)).filter((e) => settled.text.slice(e.range.start, e.range.end) !== e.newText);
  if (again.length > 0)
    problems.push(`fix-all needs a second pass: ${again.map((e) => `「${settled.text.slice(e.range.start, e.range.end)}」→「${e.newText}」`).join(', ')}`);
  return problems;
}

describe('fix closure on the seeds', { skip: seedsAvailable() ? false : `no seeds at ${SEEDS_DIRECTORY}` }, () => {
  for (const file of textsIn(SEEDS_DIRECTORY)) {
    it(path.basename(file), async () => {
      assert.deepEqual(closureViolations(fs.readFileSync(file, 'utf8'), await testServices()), []);
    });
  }
});

describe('fix closure on the real texts', { skip: realTextAvailable ? false : `no real texts at ${REAL_TEXT_DIRECTORY}` }, () => {
  for (const file of textsIn(REAL_TEXT_DIRECTORY)) {
    it(path.basename(file), async () => {
      assert.deepEqual(closureViolations(fs.readFileSync(file, 'utf8'), await testServices()), []);
    });
  }
});

/** A small deterministic generator (xorshift), so that a failure can be replayed with its seed. */
function random(seed: number): (n: number) => number {
  let state = seed >>> 0 || 1;
  return (n) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
}

// Sentences of our own, with slots for names; the mutations below are the kinds of error the detectors find.
const TEMPLATES = [
  '{0}は新しいモデルを発表した。',
  '{0}と{1}の競争が激しくなっている。',
  '専門家によると、{0}の評価額は大きく上がった。',
  '{0}のCEOはインタビューで今後の計画を語った。',
  'この発表の後、{1}も同じような製品を出した。',
  '{0}は{1}のチップを大量に買っている。',
  '訓練にかかった費用は550万ドルだと{0}は説明した。',
  '{0}の研究者たちはオープンソースの方針を支持している。',
  'では次の話題です。{1}について見ていきましょう。',
];

function fuzzedText(next: (n: number) => number, names: readonly string[]): string {
  const pick = (): string => names[next(names.length)] ?? '';
  const sentences: string[] = [];
  const count = 2 + next(5);
  for (let i = 0; i < count; i++) {
    let sentence = (TEMPLATES[next(TEMPLATES.length)] ?? '').replace('{0}', mutate(pick(), next)).replace('{1}', mutate(pick(), next));
    if (next(6) === 0) sentence = sentence.replace(/オープン/, 'オープン'.repeat(2 + next(3)));
    sentences.push(sentence);
  }
  return sentences.join(next(3) === 0 ? '\n' : next(2) === 0 ? '\r\n' : '');
}

/** A name as written, or written wrong: stuttered, miscased, broken by a line, a sound dropped or a letter changed. */
function mutate(name: string, next: (n: number) => number): string {
  switch (next(9)) {
    case 0:
      return name.repeat(2 + next(2));
    case 1:
      return `${name}・${name}`;
    case 2:
      return /[A-Za-z]/.test(name) ? name.toLowerCase() : name;
    case 3: {
      const at = 1 + next(Math.max(1, name.length - 1));
      return `${name.slice(0, at)}\n${name.slice(at)}`;
    }
    case 4: {
      if (name.length < 5) return name;
      const at = 1 + next(name.length - 2);
      return name.slice(0, at) + name.slice(at + 1);
    }
    case 5: {
      if (name.length < 5) return name;
      const at = 1 + next(name.length - 2);
      return `${name.slice(0, at)}${name[at + 1] ?? ''}${name[at] ?? ''}${name.slice(at + 2)}`;
    }
    default:
      return name;
  }
}

describe('fix closure on fuzzed texts', () => {
  it(`${FUZZED_TEXTS} texts (replay with TRANSCRIPT_LENS_FUZZ_SEED=${FUZZ_SEED})`, async () => {
    const services = await testServices();
    const next = random(FUZZ_SEED);
    const names = [...services.kb.entities.values()]
      .filter((e) => e.type === 'company' || e.type === 'person' || e.type === 'model' || e.type === 'chip')
      .flatMap((e) => [e.ja, e.en]);
    const violations: string[] = [];
    for (let n = 0; n < FUZZED_TEXTS && violations.length < 20; n++) {
      const text = fuzzedText(next, names);
      for (const violation of closureViolations(text, services)) violations.push(`text ${n} ${JSON.stringify(text)}: ${violation}`);
    }
    assert.deepEqual(violations, []);
  });
});
