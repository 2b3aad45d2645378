/**
 * Places of several words that begin with a head word (data/rules/place-heads.yaml: Santa Clara, San Jose, Abu Dhabi,
 * Fort Worth). Japanese writes such a place as one katakana word (サンタクララ, アブダビ) that renders none of its words
 * alone, so a word of it is compared with the whole place; and its usual katakana is often none the spelling rules write
 * (サンノゼ, ロサンゼルス), so a place written otherwise is said without a fix.
 */
import type { Word } from '../../pairFacts';
import { renderingLikeness } from '../../katakanaRendering';
import { transliterationSimilarity } from '../../transliteration';
import { undotted } from './targetView';

const CAPITALISED = /^[A-Z][a-z]+$/;
/** Words after a place that name its kind, not the place (Santa Clara County is サンタクララ郡; Santa Clara University サンタクララ大学). */
const KIND_WORD = /^(?:County|Parish|City|Region|Valley|Bay|Area|University|College|Institute|School|Airport)$/;
/** Words of a place at most: a head and one or two words. */
const MOST_WORDS = 3;
/** As farRendering: a rendering this close to the English reads as one; one this close to the rules' rendering is one. */
const FAIR_RENDERING = 0.6;
const RENDERED = 0.8;

/** The place of several words the source word stands in, from its head on (Clara or Santa of "Santa Clara"), if any. */
export function headedPlace(name: Word, sourceText: string, heads: ReadonlySet<string>): Word | undefined {
  const run = capitalisedRun(name, sourceText);
  const at = run.findIndex((w) => w.range.start === name.range.start);
  const head = run.findIndex((w, k) => k <= at && k < run.length - 1 && heads.has(w.text));
  if (head < 0 || at - head >= MOST_WORDS) return undefined;
  const words = run.slice(head, head + MOST_WORDS);
  while (words.length > 2 && KIND_WORD.test(words[words.length - 1]?.text ?? '')) words.pop();
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last || words.length < 2 || last.range.end <= name.range.start) return undefined;
  return { text: sourceText.slice(first.range.start, last.range.end), range: { start: first.range.start, end: last.range.end } };
}

/** Whether one of the katakana words reads as the whole place (サンタクララ for "Santa Clara", サンタ・クララ too). */
export function rendersPlace(place: Word, katakana: readonly Word[]): boolean {
  const joined = place.text.replace(/ /g, '');
  return katakana.some((word) => {
    const written = undotted(word.text);
    const heard = Math.max(transliterationSimilarity(joined, written), transliterationSimilarity(joined, written, true));
    return heard >= FAIR_RENDERING || renderingLikeness(joined, written) >= RENDERED;
  });
}

/** The capitalised words in a row, one space apart, around a word of the source. */
function capitalisedRun(name: Word, sourceText: string): Word[] {
  const run: Word[] = [name];
  for (let word = wordBefore(run[0] as Word, sourceText); word && CAPITALISED.test(word.text); word = wordBefore(word, sourceText)) run.unshift(word);
  for (let word = wordAfter(run[run.length - 1] as Word, sourceText); word && CAPITALISED.test(word.text); word = wordAfter(word, sourceText)) run.push(word);
  return run;
}

function wordBefore(word: Word, sourceText: string): Word | undefined {
  const match = /([A-Za-z]+) $/.exec(sourceText.slice(Math.max(0, word.range.start - 30), word.range.start));
  if (!match?.[1]) return undefined;
  const start = word.range.start - 1 - match[1].length;
  return { text: match[1], range: { start, end: start + match[1].length } };
}

function wordAfter(word: Word, sourceText: string): Word | undefined {
  const match = /^ ([A-Za-z]+)/.exec(sourceText.slice(word.range.end, word.range.end + 30));
  if (!match?.[1]) return undefined;
  const start = word.range.end + 1;
  return { text: match[1], range: { start, end: start + match[1].length } };
}
