/**
 * How often each way of writing an English name's word in katakana writes what translators wrote: on the dev pairs
 * (eval/pairs/dev), each annotated slip replaced by its fix, every capitalised word of a sure pair's source and the one
 * katakana part of its translation that sounds like it (consonants alike, a test neither way of writing decides). Counts
 * each (word, katakana) once. Prints the share written exactly, and the share written but for the variants renderings
 * differ in (long vowels, ッ, ヴ/ブ, ティ/チ), for the spelling rules, the pronouncing dictionary, and what the fix uses.
 * Dev only: `node --import tsx tools/renderingAgreement.ts [--list]`.
 */
import * as path from 'node:path';
import { analyze } from '../server/src/core/analyze';
import { documentFor, subtitleFormatOf } from '../server/src/core/formats';
import { loadServices } from '../server/src/core/services';
import { checkedPairs } from '../server/src/core/bilingual/checks/check';
import { renderWordInKatakana, renderWordInKatakanaByRules, sameRendering, heardOtherwise } from '../server/src/core/bilingual/katakanaRendering';
import { renderWordByPronunciation } from '../server/src/core/bilingual/pronouncedRendering';
import { usualRendering } from '../server/src/core/bilingual/usualRenderings';
import { englishMentions } from '../server/src/core/bilingual/englishNames';
import { transliterationSimilarity } from '../server/src/core/bilingual/transliteration';
import { loadPairs } from './evalPairs';

const LIKE = 0.75;

async function main(): Promise<void> {
  const list = process.argv.includes('--list');
  const services = await loadServices();
  const pairs = loadPairs(path.join(__dirname, '..', 'eval', 'pairs', 'dev'));
  // (word, katakana) → whether the word is of a known entity's name, and whether the katakana is an annotated fix's.
  const found = new Map<string, { word: string; kana: string; known: boolean; fix: boolean }>();
  for (const pair of pairs) {
    const lines = pair.targetText.split('\n');
    const fixParts = new Set<string>();
    for (const a of pair.annotations) {
      if (a.fix === null || a.kind === 'untranslated-segment' || a.kind === 'omitted-segment') continue;
      const k = a.line - 1;
      if (lines[k]?.includes(a.text)) lines[k] = (lines[k] ?? '').replace(a.text, a.fix);
      if (a.kind === 'name-mismatch') for (const part of a.fix.match(/[ァ-ヴー]+/g) ?? []) fixParts.add(part);
    }
    const text = lines.join('\n');
    const format = subtitleFormatOf(pair.sourcePath);
    const analysis = analyze(documentFor(text, pair.target), services, {
      source: { text: pair.sourceText, uri: pair.sourcePath, ...(format ? { format } : {}) },
    });
    if (!analysis.alignment) continue;
    for (const aligned of checkedPairs(analysis.alignment)) {
      const sourceText = aligned.source.flatMap((s) => s.pieces.map((p) => p.text)).join(' ');
      const targetText = aligned.target.flatMap((s) => s.pieces.map((p) => p.text)).join(' ');
      const known = englishMentions(sourceText, services.kb).map((m) => m.range);
      const parts = [...new Set(targetText.match(/[ァ-ヴー]{2,}/g) ?? [])];
      for (const m of sourceText.matchAll(/\b[A-Z][a-z]{2,}\b/g)) {
        const word = m[0];
        const scored = parts.map((p) => ({ p, s: transliterationSimilarity(word, p) })).filter((x) => x.s >= LIKE);
        if (scored.length !== 1 || !scored[0]) continue;
        const kana = scored[0].p;
        const isKnown = known.some((r) => r.start <= m.index && m.index < r.end);
        found.set(`${word}\t${kana}`, { word, kana, known: isKnown, fix: fixParts.has(kana) });
      }
    }
  }
  const methods: [string, (w: string) => string][] = [
    ['rules', (w) => renderWordInKatakanaByRules(w)],
    ['pronunciation (rules where absent)', (w) => renderWordByPronunciation(w) ?? renderWordInKatakanaByRules(w)],
    ['usual + rules (before)', (w) => usualRendering(w) ?? renderWordInKatakanaByRules(w)],
    ['usual + pronunciation + rules', (w) => usualRendering(w) ?? renderWordByPronunciation(w) ?? renderWordInKatakanaByRules(w)],
    [
      'usual + (rules if alike, else pronunciation)',
      (w) => {
        const rules = renderWordInKatakanaByRules(w);
        const said = renderWordByPronunciation(w);
        return usualRendering(w) ?? (said === undefined || sameRendering(said, rules) ? rules : said);
      },
    ],
    ['renderWordInKatakana (now)', (w) => renderWordInKatakana(w)],
  ];
  const subsets: [string, (e: { known: boolean; fix: boolean; word: string }) => boolean][] = [
    ['all', () => true],
    ['not of a known entity', (e) => !e.known],
    ['in the dictionary, not of a known entity', (e) => !e.known && renderWordByPronunciation(e.word) !== undefined],
    ['annotated fixes', (e) => e.fix],
  ];
  const entries = [...found.values()];
  for (const [subset, keep] of subsets) {
    const chosen = entries.filter(keep);
    console.log(`\n${subset}: ${chosen.length} (word, katakana)`);
    for (const [name, render] of methods) {
      const exact = chosen.filter((e) => render(e.word) === e.kana).length;
      const variant = chosen.filter((e) => sameRendering(render(e.word), e.kana)).length;
      const pct = (n: number): string => `${((100 * n) / Math.max(1, chosen.length)).toFixed(1)}%`;
      console.log(
        `  ${name.padEnd(36)} exact ${String(exact).padStart(4)} ${pct(exact).padStart(6)}   but for variants ${String(variant).padStart(4)} ${pct(variant).padStart(6)}`,
      );
    }
  }
  // Right renderings the name check would take for another name heard (heardOtherwise): its false alarms.
  const heard = entries.filter((e) => heardOtherwise(e.word, e.kana));
  console.log(`\nright renderings taken for another name heard: ${heard.length} of ${entries.length}`);
  for (const e of heard) console.log(`  ${e.word} ${e.kana} (${renderWordInKatakanaByRules(e.word)}, ${renderWordInKatakana(e.word)})`);
  if (list)
    for (const e of entries)
      console.log(
        [
          e.known ? 'known' : 'new',
          e.fix ? 'fix' : '',
          e.word,
          e.kana,
          renderWordInKatakanaByRules(e.word),
          renderWordByPronunciation(e.word) ?? '-',
          usualRendering(e.word) ?? '',
        ].join('\t'),
      );
}

main().catch((error: unknown) => {
  console.error(`renderingAgreement failed: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
