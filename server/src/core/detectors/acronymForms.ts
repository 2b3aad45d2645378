/**
 * How an acronym may be written and misheard, for the misheard-acronym check: acronyms spelled out in
 * katakana letter names (エイチビーエム for HBM), and the listed acronyms a written one becomes when one or
 * two of its letters are swapped for letters whose spoken names sound alike (B/V/P/D/T, M/N, S/F…), and the
 * listed names of capitals and a word a mixed spelling may be (MVリンク for NVLink).
 */
import type { AcronymRule } from '../knowledge/rules';
import { consonantSkeleton, latinSoundKey, soundKey } from '../soundKey';

/** A listed acronym a written one may be, and how many letters were swapped to reach it. */
export interface AcronymReading {
  readonly rule: AcronymRule;
  readonly swapped: number;
}

/** Capitals, with digits, a hyphen and lower-case letters among them (CoVoS, SVE-bench), at most ten letters. */
export function looksLikeAcronym(word: string): boolean {
  const head = word.split('-')[0] ?? '';
  return word.length <= 10 && /^[A-Z0-9][A-Za-z0-9]*$/.test(head) && (head.match(/[A-Z]/g)?.length ?? 0) >= 2 && !/^[A-Z][a-z]+$/.test(head);
}

/**
 * The letters a katakana word spells when it is letter names only (エイチビーエム → HBM; エヌ・ブイ → NV), or
 * undefined. At least two letters; the longest reading wins where two readings fit.
 */
export function lettersOfKatakana(word: string, letterNames: ReadonlyMap<string, readonly string[]>): string | undefined {
  // The same katakana words come back in every chunk: each is read once per table of letter names.
  let known = lettersRead.get(letterNames);
  if (!known) lettersRead.set(letterNames, (known = new Map()));
  if (known.has(word)) return known.get(word);
  const letters = readLetters(word, letterNames);
  if (known.size >= LETTERS_READ_LIMIT) known.clear();
  known.set(word, letters);
  return letters;
}

const lettersRead = new WeakMap<ReadonlyMap<string, readonly string[]>, Map<string, string | undefined>>();
const LETTERS_READ_LIMIT = 50_000;

function readLetters(word: string, letterNames: ReadonlyMap<string, readonly string[]>): string | undefined {
  const text = word.replace(/・/g, '');
  // best[i]: the fewest letters that spell text[0, i), with those letters.
  const best: (string | undefined)[] = [''];
  for (let end = 1; end <= text.length; end++) {
    for (const [letter, names] of letterNames) {
      for (const name of names) {
        const start = end - name.length;
        if (start < 0 || best[start] === undefined || !text.startsWith(name, start)) continue;
        const candidate = `${best[start]}${letter}`;
        const current = best[end];
        if (current === undefined || candidate.length < current.length) best[end] = candidate;
      }
    }
  }
  const letters = best[text.length];
  return letters !== undefined && letters.length >= 2 ? letters : undefined;
}

/**
 * Listed acronyms with contexts that differ from `written` in up to `maxSwaps` letters, each for one of the
 * same sound group, or (with `moveDoubling`) by a doubled letter moved onto its neighbour; nearest first.
 */
export function readingsOf(
  written: string,
  acronyms: ReadonlyMap<string, AcronymRule>,
  groups: readonly string[],
  maxSwaps: number,
  moveDoubling = false,
  writtenElsewhere: (acronym: string) => boolean = () => false,
): AcronymReading[] {
  const upper = written.toUpperCase();
  const readings = new Map<string, AcronymReading>();
  const visit = (spelled: string, from: number, swapped: number): void => {
    if (swapped > 0) {
      const rule = acronyms.get(spelled.toLowerCase());
      const key = rule?.acronym.toLowerCase() ?? '';
      if (rule?.contexts && rule.contexts.length > 0 && key !== upper.toLowerCase() && !readings.has(key)) readings.set(key, { rule, swapped });
    }
    if (swapped >= maxSwaps) return;
    for (let i = from; i < spelled.length; i++) {
      const letter = spelled[i] ?? '';
      for (const group of groups) {
        if (!group.includes(letter)) continue;
        for (const other of group) if (other !== letter) visit(spelled.slice(0, i) + other + spelled.slice(i + 1), i + 1, swapped + 1);
      }
    }
  };
  visit(upper, 0, 0);
  // A doubled letter heard on its neighbour (IIT written ITT, LLM written LMM): as sure as two letters swapped.
  // Two neighbouring letters heard in the wrong order (AIP for API, GUP for GPU): as sure as two letters swapped.
  if (moveDoubling) {
    // A swap turns real acronyms into others (SMCI → SMIC, CPC → CCP): read only when the right one is written elsewhere.
    for (const moved of [...doublingMoved(upper), ...neighboursSwapped(upper).filter(writtenElsewhere)]) {
      const rule = acronyms.get(moved.toLowerCase());
      const key = moved.toLowerCase();
      if (rule?.contexts && rule.contexts.length > 0 && !readings.has(key)) readings.set(key, { rule, swapped: 2 });
    }
  }
  return [...readings.values()].sort((a, b) => a.swapped - b.swapped);
}

/** The word with two neighbouring letters (never the first two) in the other order: AIP → API, HMB → HBM. */
function neighboursSwapped(word: string): string[] {
  const swapped: string[] = [];
  for (let i = 1; i + 1 < word.length; i++) {
    const [a, b] = [word[i], word[i + 1]];
    if (a === undefined || b === undefined || a === b || !/[A-Z]/.test(a) || !/[A-Z]/.test(b)) continue;
    swapped.push(word.slice(0, i) + b + a + word.slice(i + 2));
  }
  return swapped;
}

/** The word with a doubled letter moved onto its neighbour: ITT → IIT, IIT → ITT. */
function doublingMoved(word: string): string[] {
  const moved: string[] = [];
  for (let i = 0; i + 2 < word.length + 1; i++) {
    const [a, b, c] = [word[i], word[i + 1], word[i + 2]];
    if (a === undefined || b === undefined || !/[A-Z]/.test(a) || !/[A-Z]/.test(b)) continue;
    // XXY → XYY, and XYY → XXY.
    if (a === b && c !== undefined && c !== a && /[A-Z]/.test(c)) moved.push(word.slice(0, i + 1) + c + word.slice(i + 2));
    if (a !== b && b === c) moved.push(word.slice(0, i + 1) + a + word.slice(i + 2));
  }
  return moved;
}

/** Two acronyms of one field (GPU and CPU share 半導体): a listener could mean either, so context cannot tell them apart. */
export function shareAField(a: AcronymRule, b: AcronymRule): boolean {
  return (a.contexts ?? []).some((word) => (b.contexts ?? []).includes(word));
}

/**
 * Listed acronyms with an expansion whose letters differ from `written`'s in at most half of them, at
 * least one (CFL and CFO, SFIUS and CFIUS, LNM and LLM): any letters, since the expansion beside the
 * written one is what tells which acronym was meant.
 */
export function spelledOutReadings(written: string, acronyms: ReadonlyMap<string, AcronymRule>): AcronymRule[] {
  const upper = written.toUpperCase();
  const found: AcronymRule[] = [];
  for (const rule of acronyms.values()) {
    if (!rule.expansions || rule.expansions.length === 0) continue;
    const other = rule.acronym.toUpperCase();
    if (other.length !== upper.length || other === upper) continue;
    let differing = 0;
    for (let i = 0; i < other.length; i++) if (other[i] !== upper[i]) differing++;
    if (differing * 2 <= other.length) found.push(rule);
  }
  return found;
}

/** A listed name of capitals and a word (NVLink, MLPerf): its capitals, and the word's consonants as heard (nk for Link). */
interface CapitalsAndWord {
  readonly rule: AcronymRule;
  readonly capitals: string;
  readonly heard: string;
}

const CAPITALS_AND_WORD = /^([A-Z]{2,4}?)([A-Z][a-z]{2,})$/;
const capitalsCache = new WeakMap<ReadonlyMap<string, AcronymRule>, readonly CapitalsAndWord[]>();

/** The consonants of a word as Japanese ears keep them: r and l (one sound, often silent after a vowel) dropped. */
export function heardConsonants(key: string): string {
  return consonantSkeleton(key).replace(/[rl]/g, '');
}

/**
 * Listed names of capitals and a word that a mixed spelling (MVリンク: capitals, then the word in katakana)
 * may stand for, with one capital swapped for a letter of the same sound group: NVLink for MVリンク. The
 * katakana must carry the word's consonants (リンク: nk, as Link); the capitals as written must differ, unless
 * `sameToo` (letters heard as katakana letter names, エヌブイリンク, are the name spelled out as heard whatever they are).
 */
export function mixedReadings(
  capitals: string,
  katakana: string,
  acronyms: ReadonlyMap<string, AcronymRule>,
  groups: readonly string[],
  sameToo = false,
): AcronymRule[] {
  let named = capitalsCache.get(acronyms);
  if (!named) {
    const built: CapitalsAndWord[] = [];
    for (const rule of acronyms.values()) {
      const parts = CAPITALS_AND_WORD.exec(rule.acronym);
      if (parts && rule.contexts && rule.contexts.length > 0)
        built.push({ rule, capitals: parts[1] ?? '', heard: heardConsonants(latinSoundKey(parts[2] ?? '')) });
    }
    capitalsCache.set(acronyms, (named = built));
  }
  const heard = heardConsonants(soundKey(katakana));
  if (heard.length < 2) return [];
  return named
    .filter(
      (n) => n.heard === heard && n.capitals.length === capitals.length && ((sameToo && n.capitals === capitals) || oneSwapApart(n.capitals, capitals, groups)),
    )
    .map((n) => n.rule);
}

/** Two spellings of as many capitals that differ in one letter, the two letters of one sound group. */
function oneSwapApart(a: string, b: string, groups: readonly string[]): boolean {
  let differ = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (differ >= 0) return false;
    differ = i;
  }
  if (differ < 0) return false;
  const [x, y] = [a[differ] ?? '', b[differ] ?? ''];
  return groups.some((group) => group.includes(x) && group.includes(y));
}
