/**
 * How the same-sound-kanji check does on words it was not tuned on (issue 16, task e16s). For each blind dev
 * batch, the check runs twice on the batch's texts: with today's data, and with the domain lexicon and the
 * collocations as they stood in git just before the batch was committed (today's code both times). The
 * second is a leave-one-batch-out estimate: the data had never seen the batch's words. Every annotated
 * same-sound error is then sorted: found (warning or information), or missed with its fix missing from the
 * lexicon, or missed with its fix in the lexicon (the word judged unfit for its sentence), split by whether
 * the missed word is one dictionary word (it needs a collocation) or a compound.
 *
 * Dev texts only (eval/corpus/dev); never the held-out parts.
 * Usage: node --import tsx tools/sameSoundLook.ts [--batches a,b,c] [--list]
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { analyze, type AnalysisServices } from '../server/src/core/analyze';
import { TranscriptDocument } from '../server/src/core/document';
import { domainLexicon } from '../server/src/core/domainLexicon';
import type { SameSoundCollocation } from '../server/src/core/knowledge/rules';
import { loadServices } from '../server/src/core/services';

const ROOT = path.resolve(__dirname, '..');
const DEV = path.join(ROOT, 'eval', 'corpus', 'dev');
const BATCHES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'k', 'm', 'w', 't', 'v', 'ra', 'za', 'ha'];
const CODE = 'same-sound-kanji';

interface Annotation {
  readonly line: number;
  readonly text: string;
  readonly fix: string | null;
  readonly kind: string;
}

interface Sample {
  readonly name: string;
  readonly text: string;
  readonly annotations: readonly Annotation[];
}

type Outcome = 'loud' | 'info' | 'missing' | 'unfit-single' | 'unfit-compound';

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function samplesOf(prefix: string): Sample[] {
  return fs
    .readdirSync(DEV)
    .filter((file) => file.endsWith('.txt') && (file.startsWith(`${prefix}-`) || file.startsWith(`clean-${prefix}-`)))
    .sort()
    .map((file) => {
      const { errors } = parseYaml(fs.readFileSync(path.join(DEV, file.replace(/\.txt$/, '.ann.yaml')), 'utf8')) as { errors: Annotation[] };
      return { name: file, text: fs.readFileSync(path.join(DEV, file), 'utf8'), annotations: errors };
    });
}

/** The commit that first added the batch's texts, and its parent: the data as it stood before the batch was seen. */
function commitBefore(prefix: string): string {
  const added = git('log', '--diff-filter=A', '--format=%H', '--', `eval/corpus/dev/${prefix}-*.txt`).trim().split('\n').pop() ?? '';
  return `${added}^`;
}

/** The same-sound data at a commit; the files as they were, or empty lists where they did not exist yet. */
function rulesAt(commit: string, today: AnalysisServices['rules']): AnalysisServices['rules'] {
  const read = (file: string): unknown => {
    try {
      return parseYaml(git('show', `${commit}:server/data/rules/${file}`));
    } catch {
      return undefined;
    }
  };
  const terms = read('domain-terms.yaml') as { domains?: Record<string, string[]> } | undefined;
  const collocations = read('same-sound-collocations.yaml') as { rules?: SameSoundCollocation[]; offField?: string[]; wordSuffixes?: string[] } | undefined;
  return {
    ...today,
    domainTerms: new Map(Object.entries(terms?.domains ?? {})),
    sameSoundCollocations: collocations?.rules ?? [],
    sameSoundOffField: new Set(collocations?.offField ?? []),
    // The suffixes that make words of any stem are a fact of the language, not learnt from a batch: today's where the file had none yet.
    sameSoundWordSuffixes: collocations?.wordSuffixes ? new Set(collocations.wordSuffixes) : today.sameSoundWordSuffixes,
  };
}

function locate(text: string, annotation: Annotation): { start: number; end: number } {
  let best: { start: number; end: number; line: number } | undefined;
  for (let at = text.indexOf(annotation.text); at >= 0; at = text.indexOf(annotation.text, at + 1)) {
    const line = text.slice(0, at).split('\n').length;
    if (!best || Math.abs(line - annotation.line) < Math.abs(best.line - annotation.line)) best = { start: at, end: at + annotation.text.length, line };
  }
  if (!best) throw new Error(`「${annotation.text}」 (line ${annotation.line}) is not in its text: fix the annotation.`);
  return best;
}

interface Result {
  readonly outcomes: Map<Outcome, string[]>;
  readonly falseLoud: string[];
  /** Information findings on no annotated error: quiet, but still a word wrongly doubted. */
  readonly falseQuiet: string[];
}

function run(samples: readonly Sample[], services: AnalysisServices): Result {
  const outcomes = new Map<Outcome, string[]>();
  const falseLoud: string[] = [];
  const falseQuiet: string[] = [];
  const lexicon = domainLexicon(services.rules, services.tokenizer);
  for (const sample of samples) {
    const doc = new TranscriptDocument(sample.text, sample.name);
    const findings = analyze(doc, services).findings.filter((f) => f.code === CODE);
    const located = sample.annotations.map((a) => ({ ...a, ...locate(sample.text, a) }));
    for (const finding of findings) {
      const right = located.some((a) => finding.range.start < a.end && a.start < finding.range.end);
      if (right) continue;
      const label = `${sample.name} 「${doc.slice(finding.range)}」`;
      if (finding.severity === 'warning' || finding.severity === 'error') falseLoud.push(label);
      else falseQuiet.push(label);
    }
    for (const annotation of located) {
      if (annotation.kind !== CODE) continue;
      const finding = findings.find((f) => f.range.start < annotation.end && annotation.start < f.range.end);
      const label = `${sample.name}:${annotation.line} 「${annotation.text}」→「${annotation.fix ?? ''}」`;
      let outcome: Outcome;
      if (finding) outcome = finding.severity === 'information' || finding.severity === 'hint' ? 'info' : 'loud';
      else if (!inLexicon(annotation.fix ?? '', lexicon)) outcome = 'missing';
      else outcome = isOneWord(annotation.text, services) ? 'unfit-single' : 'unfit-compound';
      outcomes.set(outcome, [...(outcomes.get(outcome) ?? []), label]);
    }
  }
  return { outcomes, falseLoud, falseQuiet };
}

/** Whether a fix is a term of the lexicon, or the kanji of one (生成 of 生成AI), or holds one it could be matched by. */
function inLexicon(fix: string, lexicon: ReturnType<typeof domainLexicon>): boolean {
  if (lexicon.has(fix)) return true;
  for (const terms of lexicon.byReading.values()) if (terms.some((term) => term.kanji === fix || term.term === fix)) return true;
  return false;
}

function isOneWord(written: string, services: AnalysisServices): boolean {
  return services.tokenizer.tokenize(written).length === 1;
}

const OUTCOMES: readonly Outcome[] = ['loud', 'info', 'missing', 'unfit-single', 'unfit-compound'];

function row(name: string, result: Result): string {
  const counts = OUTCOMES.map((o) => result.outcomes.get(o)?.length ?? 0);
  const total = counts.reduce((a, b) => a + b, 0);
  const found = (counts[0] ?? 0) + (counts[1] ?? 0);
  return `| ${name} | ${total} | ${found} (${total ? Math.round((100 * found) / total) : 0}%) | ${counts.join(' | ')} | ${result.falseLoud.length} | ${result.falseQuiet.length} |`;
}

async function main(): Promise<void> {
  const services = await loadServices();
  const at = process.argv.indexOf('--batches');
  const batches = at >= 0 ? (process.argv[at + 1] ?? '').split(',') : BATCHES;
  const list = process.argv.includes('--list');
  const header = [
    '| batch | errors | found | loud | info | fix not in lexicon | in lexicon, one word missed | in lexicon, compound missed | false loud | false information |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const today: string[] = [...header];
  const before: string[] = [...header];
  const details: string[] = [];
  const sum = {
    today: new Map<Outcome, string[]>(),
    before: new Map<Outcome, string[]>(),
    falseToday: [] as string[],
    falseBefore: [] as string[],
    quietToday: [] as string[],
    quietBefore: [] as string[],
  };
  for (const batch of batches) {
    const samples = samplesOf(batch);
    const now = run(samples, services);
    const then = run(samples, { ...services, rules: rulesAt(commitBefore(batch), services.rules) });
    today.push(row(batch, now));
    before.push(row(batch, then));
    for (const o of OUTCOMES) {
      sum.today.set(o, [...(sum.today.get(o) ?? []), ...(now.outcomes.get(o) ?? [])]);
      sum.before.set(o, [...(sum.before.get(o) ?? []), ...(then.outcomes.get(o) ?? [])]);
    }
    sum.falseToday.push(...now.falseLoud);
    sum.falseBefore.push(...then.falseLoud);
    sum.quietToday.push(...now.falseQuiet);
    sum.quietBefore.push(...then.falseQuiet);
    if (list) {
      details.push(`#### ${batch}: data before the batch`);
      for (const o of OUTCOMES.slice(2)) for (const label of then.outcomes.get(o) ?? []) details.push(`- ${o}: ${label}`);
      details.push(`#### ${batch}: today's data`);
      for (const o of OUTCOMES.slice(2)) for (const label of now.outcomes.get(o) ?? []) details.push(`- ${o}: ${label}`);
      for (const label of now.falseLoud) details.push(`- false loud: ${label}`);
      for (const label of now.falseQuiet) details.push(`- false information: ${label}`);
      for (const label of then.falseQuiet) details.push(`- false information (data before): ${label}`);
    }
  }
  today.push(row('all', { outcomes: sum.today, falseLoud: sum.falseToday, falseQuiet: sum.quietToday }));
  before.push(row('all', { outcomes: sum.before, falseLoud: sum.falseBefore, falseQuiet: sum.quietBefore }));
  console.log(
    [
      "### Same-sound kanji, today's data",
      '',
      ...today,
      '',
      '### Same-sound kanji, data as before each batch (leave-one-batch-out)',
      '',
      ...before,
      '',
      ...details,
    ].join('\n'),
  );
}

main().catch((error: Error) => {
  console.error(`sameSoundLook failed: ${error.message}`);
  process.exit(1);
});
