/**
 * `npm run eval`, bilingual part: the checks against an English source on our pairs in eval/pairs/<part>/
 * (NAME.en.txt|srt + NAME.txt|srt + NAME.ann.yaml). Per kind of planted error: recall and fix accuracy;
 * false alarms (warnings and errors on no annotated error) per 100 aligned segments; alignment accuracy on
 * the annotated lines (the target line paired with the annotated source line).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { analyze, type AnalysisServices } from '../server/src/core/analyze';
import { CHECKED_PAIR_CONFIDENCE } from '../server/src/core/bilingual/checks/check';
import { SOURCE_CHECKS } from '../server/src/core/bilingual';
import { documentFor, subtitleFormatOf } from '../server/src/core/formats';
import { applyEdits, preferredEdits } from '../server/src/core/fixes';
import type { KnowledgeBase } from '../server/src/core/knowledge/knowledgeBase';
import type { Finding } from '../server/src/core/types';

interface PairAnnotation {
  readonly line: number;
  readonly text: string;
  readonly fix: string | null;
  readonly kind: string;
  readonly sourceLine: number | null;
  readonly source: string | null;
}

interface Pair {
  readonly name: string;
  readonly target: string;
  readonly targetText: string;
  readonly sourcePath: string;
  readonly sourceText: string;
  readonly segments: number;
  readonly annotations: readonly PairAnnotation[];
}

/** Codes that count as finding each kind: the source check, and the translation's own detector of the same problem. */
const CODES_OF_KIND: Record<string, readonly string[]> = {
  'name-mismatch': ['name-mismatch', 'garbled-latin-name', 'garbled-katakana-name', 'split-brand-name'],
  'currency-mismatch': ['currency-mismatch', 'implausible-currency'],
  // A 億/兆 slip changes the value and its unit word at once: writers file it under either kind, the check under one.
  'unit-mismatch': ['unit-mismatch', 'number-mismatch', 'wrong-magnitude'],
  'number-mismatch': ['number-mismatch', 'unit-mismatch', 'wrong-magnitude'],
  // A term written as a word of another meaning: writers file it with the terms rendered inconsistently.
  'inconsistent-term': ['inconsistent-term', 'wrong-term'],
};

/**
 * Kinds whose fix is a translation to write (the sentence left in English, the sentence left out): the extension does no
 * machine translation, so it offers none, and their fix accuracy is not counted (shown as "needs a translator").
 */
const FIX_IS_A_TRANSLATION = new Set(['untranslated-segment', 'omitted-segment']);
const fixable = (annotation: PairAnnotation): boolean => annotation.fix !== null && !FIX_IS_A_TRANSLATION.has(annotation.kind);

export interface PairPartResult {
  readonly name: string;
  readonly files: number;
  readonly segments: number;
  readonly perKind: Map<string, { total: number; found: number; fixable: number; fixedRight: number }>;
  readonly loudFalse: number;
  readonly loudFalseFromSource: number;
  readonly alignment: { total: number; right: number; checked: number };
  readonly misses: string[];
  readonly wrongFixes: string[];
  readonly falseAlarms: string[];
}

export function loadPairs(dir: string): Pair[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.ann\.ya?ml$/.test(f))
    .sort()
    .map((annotationFile) => {
      const name = annotationFile.replace(/\.ann\.ya?ml$/, '');
      const target = ['.txt', '.srt', '.vtt', '.md'].map((e) => path.join(dir, `${name}${e}`)).find((f) => fs.existsSync(f));
      const sourcePath = ['.txt', '.srt', '.vtt', '.md'].map((e) => path.join(dir, `${name}.en${e}`)).find((f) => fs.existsSync(f));
      if (!target || !sourcePath) throw new Error(`${annotationFile}: no ${name}.txt|srt or no ${name}.en.txt|srt beside it.`);
      const parsed = parseYaml(fs.readFileSync(path.join(dir, annotationFile), 'utf8')) as { segments?: number; errors?: PairAnnotation[] };
      return {
        name,
        target,
        targetText: fs.readFileSync(target, 'utf8'),
        sourcePath,
        sourceText: fs.readFileSync(sourcePath, 'utf8'),
        segments: parsed.segments ?? 0,
        annotations: parsed.errors ?? [],
      };
    });
}

interface Located extends PairAnnotation {
  readonly start: number;
  readonly end: number;
}

const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

function locate(text: string, annotation: PairAnnotation): Located {
  if (annotation.text === '') {
    const lines = text.split('\n');
    const start = lines.slice(0, annotation.line - 1).join('\n').length + (annotation.line > 1 ? 1 : 0);
    return { ...annotation, start, end: start + (lines[annotation.line - 1]?.length ?? 0) };
  }
  let best: Located | undefined;
  for (let at = text.indexOf(annotation.text); at >= 0; at = text.indexOf(annotation.text, at + 1)) {
    if (!best || Math.abs(lineOf(text, at) - annotation.line) < Math.abs(lineOf(text, best.start) - annotation.line)) {
      best = { ...annotation, start: at, end: at + annotation.text.length };
    }
  }
  if (!best) throw new Error(`Annotated text 「${annotation.text}」 (line ${annotation.line}) is not in the translation.`);
  return best;
}

const overlaps = (f: Finding, a: Located): boolean => f.range.start < a.end && a.start < f.range.end;
const isLoud = (f: Finding): boolean => f.severity === 'error' || f.severity === 'warning';

function matches(finding: Finding, annotation: Located, text: string): boolean {
  const codes = CODES_OF_KIND[annotation.kind] ?? [annotation.kind];
  if (!codes.includes(finding.code)) return false;
  if (annotation.kind === 'omitted-segment') {
    // Placed on a neighbouring sentence: the source line must be the omitted one, the place near the annotated line.
    return (
      finding.source?.line === (annotation.sourceLine ?? 0) - 1 &&
      [finding.range.start, finding.range.end].some((offset) => onlyBlankLinesBetween(text, lineOf(text, offset), annotation.line))
    );
  }
  return overlaps(finding, annotation);
}

/** Whether lines `a` and `b` (1-based) are neighbours but for lines without text (blank, or a subtitle's cue number and timing): a gap left where a sentence was omitted. */
function onlyBlankLinesBetween(text: string, a: number, b: number): boolean {
  const lines = text.split('\n');
  const withoutText = (line: string): boolean => /^\s*(\d+|[\d:.,]+\s*-->\s*[\d:.,]+.*)?\s*$/.test(line);
  for (let line = Math.min(a, b) + 1; line < Math.max(a, b); line++) if (!withoutText(lines[line - 1] ?? '')) return false;
  return true;
}

/** Whether any finding on the annotation (an error may be flagged as part of a larger one) counts, for the purpose of not calling it false. */
function onAnnotation(finding: Finding, annotation: Located, text: string): boolean {
  return annotation.kind === 'omitted-segment' ? matches(finding, annotation, text) : overlaps(finding, annotation);
}

/**
 * Whether the preferred fixes of the findings on an annotated span turn it into the annotation's fix (shared with eval.ts).
 * With the knowledge base, a fix a translator would take as equally right counts too (see `equallyRight`).
 */
export function fixedCorrectly(
  text: string,
  annotation: { readonly start: number; readonly end: number; readonly fix: string | null },
  findings: readonly Finding[],
  kb?: KnowledgeBase,
): boolean {
  const edits = preferredEdits(findings.filter((f) => f.range.start < annotation.end && annotation.start < f.range.end));
  if (edits.length === 0 || annotation.fix === null) return false;
  const start = Math.min(annotation.start, ...edits.map((e) => e.range.start));
  const end = Math.max(annotation.end, ...edits.map((e) => e.range.end));
  const before = text.slice(start, annotation.start);
  const after = text.slice(annotation.end, end);
  const local = edits.map((e) => ({ range: { start: e.range.start - start, end: e.range.end - start }, newText: e.newText }));
  const applied = applyEdits(text.slice(start, end), local);
  if (applied === before + annotation.fix + after) return true;
  // Only the annotated span may differ, and only in a way that writes the same text.
  if (!kb || !applied.startsWith(before) || !applied.endsWith(after) || applied.length < before.length + after.length) return false;
  return equallyRight(applied.slice(before.length, applied.length - after.length), annotation.fix, kb);
}

/** Commas grouping the digits of a number (1,000億 and 1000億, 1万8,000 and 1万8000 write one value; writers differ). */
const withoutDigitGroups = (text: string): string => text.replace(/(?<=\d)[,，](?=\d{3}(?!\d))/g, '');

/**
 * Whether the offered fix writes the annotated one but for long vowel marks, small ッ and separators, all of them inside a full
 * spelling of the knowledge base that the fix writes (ノロッド for ノーロッド, ルネサスエレクトロニクス for ルネサス エレクトロニクス):
 * katakana spellings of one name differ so from medium to medium, and the knowledge base's is a real one.
 */
function differsInMarksWithinASpelling(offered: string, annotated: string, kb: KnowledgeBase): boolean {
  const unmarked = (text: string): string => text.replace(/[ーッ・＝\s]/g, '');
  if (offered === annotated || unmarked(offered) !== unmarked(annotated)) return false;
  let head = 0;
  while (head < offered.length && offered[head] === annotated[head]) head++;
  let tail = 0;
  while (tail < offered.length - head && tail < annotated.length - head && offered[offered.length - 1 - tail] === annotated[annotated.length - 1 - tail])
    tail++;
  const from = head;
  const to = offered.length - tail;
  return [...kb.entities.values()].some((e) =>
    [e.ja, e.en, ...(e.aliases ?? [])].some((spelling) => {
      for (let at = offered.indexOf(spelling); at >= 0; at = offered.indexOf(spelling, at + 1)) {
        // A mark only added to the annotated fix is inside the spelling, not at its edge (日本の ルネサス… adds a space outside the name).
        const inside = from === to ? at < from && to < at + spelling.length : at <= from && to <= at + spelling.length;
        if (inside) return true;
      }
      return false;
    }),
  );
}

/**
 * Whether an offered fix writes what the annotated fix writes, as a translator would judge it: the same figure with or without
 * commas grouping its digits, or another full spelling (Japanese, English, alias) of the one entity of the knowledge base
 * that the annotated fix spells (Google DeepMind for グーグル・ディープマインド); an annotated fix that glosses one spelling
 * with another of the same entity, ユニツリー（Unitree）, is written right by either; and the knowledge base's spelling is right for
 * an annotated one that differs from it by long vowel marks, small ッ and separators only. Nothing else: a short name, a spelling the
 * knowledge base lacks or another entity's is not the same fix.
 */
export function equallyRight(offered: string, annotated: string, kb: KnowledgeBase): boolean {
  if (withoutDigitGroups(offered) === withoutDigitGroups(annotated)) return true;
  const entitiesOf = (spelling: string): string[] =>
    [...kb.entities.values()].filter((e) => e.ja === spelling || e.en === spelling || (e.aliases ?? []).includes(spelling)).map((e) => e.id);
  if (differsInMarksWithinASpelling(offered, annotated, kb)) return true;
  const offeredEntities = entitiesOf(offered);
  if (offeredEntities.length === 0) return false;
  const glossed = /^(.+?)[（(](.+)[）)]$/.exec(annotated);
  const annotatedEntities = glossed ? entitiesOf(glossed[1]!).filter((id) => entitiesOf(glossed[2]!).includes(id)) : entitiesOf(annotated);
  return annotatedEntities.some((id) => offeredEntities.includes(id));
}

/** `--strict-fixes`: a fix is right only when it writes the annotated text (the judgement before `equallyRight`), for comparison. */
const STRICT_FIXES = process.argv.includes('--strict-fixes');

const SOURCE_CODES = new Set(SOURCE_CHECKS.map((c) => c.code));

export function evaluatePairs(name: string, pairs: readonly Pair[], services: AnalysisServices): PairPartResult {
  const perKind = new Map<string, { total: number; found: number; fixable: number; fixedRight: number }>();
  const result = {
    loudFalse: 0,
    loudFalseFromSource: 0,
    misses: [] as string[],
    wrongFixes: [] as string[],
    falseAlarms: [] as string[],
    alignment: { total: 0, right: 0, checked: 0 },
  };
  let segments = 0;
  for (const pair of pairs) {
    const doc = documentFor(pair.targetText, pair.target);
    const format = subtitleFormatOf(pair.sourcePath);
    const analysis = analyze(doc, services, { source: { text: pair.sourceText, uri: pair.sourcePath, ...(format ? { format } : {}) } });
    // The annotation's count of aligned segments; without one, the pairs the aligner made with text on both sides.
    segments += pair.segments || (analysis.alignment?.pairs.filter((p) => p.source.length > 0 && p.target.length > 0).length ?? 0);
    const findings = analysis.findings;
    // An annotation whose text is not in the translation counts as missed, said by name (the run goes on).
    const located: Located[] = [];
    for (const annotation of pair.annotations) {
      try {
        located.push(locate(pair.targetText, annotation));
      } catch (error) {
        const tally = perKind.get(annotation.kind) ?? { total: 0, found: 0, fixable: 0, fixedRight: 0 };
        tally.total++;
        if (fixable(annotation)) tally.fixable++;
        perKind.set(annotation.kind, tally);
        result.misses.push(`${pair.name}:${annotation.line} ${annotation.kind}: ${(error as Error).message}`);
      }
    }
    for (const annotation of located) {
      const tally = perKind.get(annotation.kind) ?? { total: 0, found: 0, fixable: 0, fixedRight: 0 };
      tally.total++;
      if (findings.some((f) => matches(f, annotation, pair.targetText))) tally.found++;
      else result.misses.push(`${pair.name}:${annotation.line} ${annotation.kind} 「${annotation.text}」`);
      if (fixable(annotation)) {
        tally.fixable++;
        if (fixedCorrectly(pair.targetText, annotation, findings, STRICT_FIXES ? undefined : services.kb)) tally.fixedRight++;
        else if (findings.some((f) => matches(f, annotation, pair.targetText))) {
          const offered = preferredEdits(findings.filter((f) => f.range.start < annotation.end && annotation.start < f.range.end)).map((e) => e.newText);
          result.wrongFixes.push(
            `${pair.name}:${annotation.line} ${annotation.kind} 「${annotation.text}」 → 「${annotation.fix}」, offered ${offered.map((t) => `「${t}」`).join(' ') || 'no fix'}`,
          );
        }
      }
      perKind.set(annotation.kind, tally);
      // Alignment: the pair holding the annotated target line also holds the annotated source line.
      if (annotation.sourceLine && annotation.kind !== 'omitted-segment' && annotation.kind !== 'added-segment' && analysis.alignment) {
        result.alignment.total++;
        const aligned = analysis.alignment.pairAt(annotation.start);
        if (aligned?.source.some((s) => s.line <= annotation.sourceLine! - 1 && annotation.sourceLine! - 1 <= s.line + (s.text.match(/\n/g)?.length ?? 0))) {
          result.alignment.right++;
          if (aligned.confidence >= CHECKED_PAIR_CONFIDENCE) result.alignment.checked++;
        }
      }
    }
    for (const finding of findings) {
      if (!isLoud(finding) || located.some((a) => onAnnotation(finding, a, pair.targetText))) continue;
      result.loudFalse++;
      if (SOURCE_CODES.has(finding.code)) result.loudFalseFromSource++;
      result.falseAlarms.push(
        `${pair.name}:${lineOf(pair.targetText, finding.range.start)} ${finding.code} 「${pair.targetText.slice(finding.range.start, finding.range.end)}」`,
      );
    }
  }
  return { name, files: pairs.length, segments, perKind, ...result };
}

const percent = (n: number, d: number): string => (d === 0 ? '—' : `${Math.round((100 * n) / d)}%`);

export function reportPairs(part: PairPartResult): string {
  const all = [...part.perKind.values()];
  const total = all.reduce((s, k) => s + k.total, 0);
  const found = all.reduce((s, k) => s + k.found, 0);
  const mismatchKinds = ['number-mismatch', 'currency-mismatch', 'unit-mismatch', 'name-mismatch'];
  const mismatches = mismatchKinds.map((k) => part.perKind.get(k)).filter((k) => k !== undefined);
  const mTotal = mismatches.reduce((s, k) => s + k.total, 0);
  const mFound = mismatches.reduce((s, k) => s + k.found, 0);
  const mFixable = mismatches.reduce((s, k) => s + k.fixable, 0);
  const mFixed = mismatches.reduce((s, k) => s + k.fixedRight, 0);
  const per100 = (n: number): string => (part.segments === 0 ? '—' : ((100 * n) / part.segments).toFixed(1));
  const lines = [
    `### Bilingual pairs, ${part.name} (${part.files} pairs, ${part.segments} aligned segments, ${total} planted errors)`,
    '',
    `Recall ${percent(found, total)} · number/currency/unit/name mismatches found ${percent(mFound, mTotal)} (${mFound}/${mTotal}), fixed right ${percent(mFixed, mFixable)} (${mFixed}/${mFixable}) · ` +
      `false alarms per 100 aligned segments ${per100(part.loudFalse)} (source checks ${per100(part.loudFalseFromSource)}) · ` +
      `alignment accuracy on annotated lines ${percent(part.alignment.right, part.alignment.total)} (${part.alignment.right}/${part.alignment.total}, ${part.alignment.checked} of them sure enough to check)`,
    '',
    '| kind of error | planted | found | recall | fix accuracy |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const [kind, tally] of [...part.perKind].sort()) {
    const fixAccuracy = FIX_IS_A_TRANSLATION.has(kind) ? 'needs a translator' : percent(tally.fixedRight, tally.fixable);
    lines.push(`| ${kind} | ${tally.total} | ${tally.found} | ${percent(tally.found, tally.total)} | ${fixAccuracy} |`);
  }
  if (showsDetails(part.name !== 'dev')) {
    lines.push(
      '',
      'Missed:',
      ...part.misses.map((m) => `- ${m}`),
      '',
      'Found, fixed otherwise:',
      ...part.wrongFixes.map((m) => `- ${m}`),
      '',
      'False warnings/errors:',
      ...part.falseAlarms.map((m) => `- ${m}`),
    );
  }
  return lines.join('\n');
}

/** Every part directory under eval/pairs/ (dev, test…), each evaluated on its own. */
export function pairParts(root: string): { name: string; dir: string }[] {
  const pairsRoot = path.join(root, 'eval', 'pairs');
  if (!fs.existsSync(pairsRoot)) return [];
  return fs
    .readdirSync(pairsRoot, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => ({ name: e.name, dir: path.join(pairsRoot, e.name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * `--details` lists misses and false alarms of the dev parts only: reading a held-out miss would spend the
 * held-out texts (a new one must then be written). `--details-heldout` lists them anyway, for the lead at a stop.
 */
export function showsDetails(heldOut: boolean): boolean {
  if (!process.argv.includes('--details')) return false;
  return !heldOut || process.argv.includes('--details-heldout');
}
