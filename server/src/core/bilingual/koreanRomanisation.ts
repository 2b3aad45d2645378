/**
 * Korean given names romanised a syllable at a time (Revised Romanisation, and the older spellings still in use: Yong-su,
 * Kyung-hoon, Jae-yong), read as the katakana Japanese media write them (ヨンス, キョンフン, ジェヨン). English spelling
 * rules read these wrong (Yong-su is no ヨングス), so a syllable is rendered by its own table. Where a spelling stands
 * for two sounds (Jung is 정 チョン or 중 チュン), every reading is kept; the first is the one proposed as a fix. The tables
 * are data: server/data/rules/korean-romanisation.yaml.
 */
import { loadRules } from '../knowledge/rules';
import type { KoreanRomanisationTables } from '../knowledge/compiled';

let loaded: KoreanRomanisationTables | undefined;
const tables = (): KoreanRomanisationTables => (loaded ??= loadRules().koreanRomanisation);

/** The kana of an initial and a vowel (j and ch, which have no row of their own, with small kana: ジャ, チョ). */
function kanaOf(initial: string, vowel: string): string {
  const { plain: PLAIN, yStem: Y_STEM, wStem: W_STEM, smallY: SMALL_Y, smallW: SMALL_W, aloneY: ALONE_Y, aloneW: ALONE_W } = tables();
  const plain = 'aiueo'.indexOf(vowel);
  if (initial === 'j' || initial === 'ch') {
    const stem = initial === 'j' ? 'ジ' : 'チ';
    if (vowel === 'i') return stem;
    if (plain >= 0) return stem + (SMALL_Y[vowel] ?? '');
    if (vowel.startsWith('y')) return stem + (SMALL_Y[vowel.slice(1)] ?? '');
    return (W_STEM[initial] ?? '') + (SMALL_W[vowel.slice(1)] ?? '');
  }
  if (plain >= 0) return PLAIN[initial]?.[plain] ?? '';
  if (vowel.startsWith('y')) return initial === '' ? (ALONE_Y[vowel] ?? '') : (Y_STEM[initial] ?? '') + (SMALL_Y[vowel.slice(1)] ?? '');
  return initial === '' ? (ALONE_W[vowel] ?? '') : (W_STEM[initial] ?? '') + (SMALL_W[vowel.slice(1)] ?? '');
}

/** A syllable's initial (its spelling and kana row) and vowel, by the tables' longest spellings first; no vowel for what is no syllable. */
function syllableParts(lower: string): { initial: string; vowel: KoreanRomanisationTables['vowels'][number] | undefined; rest: string } {
  const { initials, vowels } = tables();
  const [spelled, initial] = initials.find(([s]) => lower.startsWith(s)) ?? ['', ''];
  const rest = lower.slice(spelled.length);
  return { initial, vowel: vowels.find((v) => rest.startsWith(v.spelling)), rest };
}

/** The katakana readings of one romanised syllable (yong → ヨン; jung → ジュン, ジョン), or none for what is no syllable. */
export function syllableReadings(syllable: string): string[] {
  const { initial, vowel, rest } = syllableParts(syllable.toLowerCase());
  if (!vowel) return [];
  const tail = rest.slice(vowel.spelling.length);
  const final = tail === '' ? '' : tables().finals.find(([f]) => f === tail)?.[1];
  if (final === undefined) return [];
  // Kye, hye: after a consonant Japanese writes the glide away (ゲ, ヘ).
  const vowels = initial !== '' && vowel.readings.includes('ye') ? [...vowel.readings, 'e'] : vowel.readings;
  return vowels.map((v) => kanaOf(initial, v) + final);
}

/** Whether a syllable is spelled irregularly (koung): its readings are guesses, to accept a name by, never to propose. */
export function irregularSyllable(syllable: string): boolean {
  return syllableParts(syllable.toLowerCase()).vowel?.irregular === true;
}

/** The syllables of a hyphenated given name (Yong-su → yong, su), each one a syllable the table reads; else none. */
export function koreanGivenName(word: string): string[][] | undefined {
  if (!/^[A-Z][a-z]+-[a-z]+$/.test(word)) return undefined;
  return givenNameReadings(word.split('-'));
}

/**
 * A given name written without its hyphen (Yongsu, Minjun), read as the hyphenated one where it cuts into two syllables the
 * table reads; of several cuts the one with the longer first syllable (Hyun-woo, not Hyu-nwoo; Dong-won, not Don-gwon), as a
 * final n or ng before the next syllable's letter is written. Else none. Jason and Susan cut too: the caller wants a Korean
 * surname beside the word and no English pronunciation of it.
 */
export function unhyphenatedKoreanGivenName(word: string): { hyphenated: string; syllables: string[][] } | undefined {
  if (!/^[A-Z][a-z]{3,9}$/.test(word)) return undefined;
  const cuts: string[] = [];
  for (let at = 1; at < word.length; at++) {
    const syllables = [word.slice(0, at), word.slice(at)];
    if (syllables.every((syllable) => syllableReadings(syllable).length > 0)) cuts.push(`${syllables[0]}-${syllables[1]}`);
  }
  const hyphenated = cuts.at(-1);
  if (hyphenated === undefined) return undefined;
  const syllables = givenNameReadings(hyphenated.split('-'));
  return syllables ? { hyphenated, syllables } : undefined;
}

function givenNameReadings(parts: readonly string[]): string[][] | undefined {
  const readings = parts.map((syllable, k) => {
    const read = syllableReadings(syllable);
    if (k === 0) return read;
    // After the first syllable an h joins the final before it or falls silent (Joon-ho is ジュノ, Geun-hye クネ), and a syllable
    // that starts with a vowel takes the final before it (Hyun-woo is ヒョヌ as often as ヒョンウ).
    const rest = syllable.startsWith('h') ? syllable.slice(1) : /^[aeiouwy]/.test(syllable) ? syllable : undefined;
    if (rest === undefined) return read;
    return [...read, ...['', 'n', 'm', 'r'].flatMap((initial) => syllableReadings(initial + rest))];
  });
  return readings.every((r) => r.length > 0) ? readings : undefined;
}

/**
 * Katakana as compared for a Korean name: voicing dropped (Japanese writes 재 as ジェ or チェ, 건 as ゴン or コン), long marks
 * and small ッ dropped.
 */
export function looseKana(kana: string): string {
  return kana
    .replace(/ジ/g, 'チ')
    .normalize('NFD')
    .replace(/[\u3099\u309a]/g, '')
    .normalize('NFC')
    .replace(/[ーッ]/g, '');
}

const FINAL_KANA = /[ンムクルプ]$/;
const withoutFinal = (kana: string): string => (kana.length > 1 ? kana.replace(FINAL_KANA, '') : kana);

/**
 * A piece of written katakana reads as a syllable: the same kana but for voicing, or but for the final (Seok is ソク, and ソン
 * before a nasal); after a final, a syllable that starts with a vowel may take ニ or リ before it (Suk-yeol is ソンニョル).
 */
export function readsAsSyllable(piece: string, readings: readonly string[], afterFinal: boolean): boolean {
  const written = looseKana(piece);
  return readings.some((reading) => {
    const loose = looseKana(reading);
    if (written === loose || withoutFinal(written) === withoutFinal(loose)) return true;
    return (
      afterFinal &&
      /^[ヤユヨイエアウオワ]/.test(loose) &&
      /^[ニリ]/.test(written) &&
      withoutFinal(written.slice(1).replace(/^[ャュョ]/, (s) => ({ ャ: 'ヤ', ュ: 'ユ', ョ: 'ヨ' })[s] ?? s)) === withoutFinal(loose)
    );
  });
}

/**
 * How a written given name splits into pieces that read as its syllables, at most one piece left unread: the index of that
 * piece and where it stands in the written text, 'read' when every piece reads, or nothing when no such split exists.
 */
export function givenNameSlip(written: string, syllables: readonly (readonly string[])[]): 'read' | { index: number; start: number; end: number } | undefined {
  let slip: { index: number; start: number; end: number } | undefined;
  let best: 'read' | { index: number; start: number; end: number } | undefined;
  const walk = (k: number, at: number, odd: { index: number; start: number; end: number } | undefined): void => {
    if (best === 'read') return;
    const readings = syllables[k];
    if (!readings) {
      if (at !== written.length) return;
      if (!odd) best = 'read';
      else slip ??= odd;
      return;
    }
    const afterFinal = at > 0 && FINAL_KANA.test(written.slice(0, at));
    for (let end = at + 1; end <= Math.min(written.length, at + 4); end++) {
      const piece = written.slice(at, end);
      if (readsAsSyllable(piece, readings, afterFinal)) walk(k + 1, end, odd);
      // A piece unread: one of one to three kana, a whole kana at least (not a small one alone).
      else if (!odd && end - at <= 3 && !/^[ャュョァィゥェォーン]/.test(piece)) walk(k + 1, end, { index: k, start: at, end });
    }
  };
  walk(0, 0, undefined);
  return best ?? slip;
}
