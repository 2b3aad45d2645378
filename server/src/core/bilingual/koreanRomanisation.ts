/**
 * Korean given names romanised a syllable at a time (Revised Romanisation, and the older spellings still in use: Yong-su,
 * Kyung-hoon, Jae-yong), read as the katakana Japanese media write them (ヨンス, キョンフン, ジェヨン). English spelling
 * rules read these wrong (Yong-su is no ヨングス), so a syllable is rendered by its own table. Where a spelling stands
 * for two sounds (Jung is 정 チョン or 중 チュン), every reading is kept; the first is the one proposed as a fix.
 */

/** Initial consonants, longest first, with the kana row each starts. */
const INITIALS: readonly (readonly [string, string])[] = [
  ['kk', 'k'],
  ['tt', 't'],
  ['pp', 'p'],
  ['ss', 's'],
  ['jj', 'j'],
  ['ch', 'ch'],
  ['sh', 's'],
  ['g', 'g'],
  ['k', 'k'],
  ['n', 'n'],
  ['d', 'd'],
  ['t', 't'],
  ['r', 'r'],
  ['l', 'r'],
  ['m', 'm'],
  ['b', 'b'],
  ['p', 'p'],
  ['s', 's'],
  ['j', 'j'],
  ['h', 'h'],
];

/** Vowels, longest first, with the vowels of their kana (a glide written y or w before them); some spellings read two ways. */
const VOWELS: readonly (readonly [string, readonly string[]])[] = [
  ['eui', ['wi', 'i']],
  ['you', ['yo']],
  ['yoo', ['yu']],
  ['woo', ['u']],
  ['yeo', ['yo']],
  ['yae', ['ye']],
  ['wae', ['we']],
  ['eo', ['o']],
  ['eu', ['u']],
  ['ae', ['e']],
  ['oe', ['we']],
  ['wi', ['wi']],
  ['ui', ['wi', 'i']],
  ['ee', ['i']],
  ['oo', ['u']],
  // Irregular (no Revised or McCune–Reischauer spelling): oung is eong or yeong (Kim Yeon-koung is 김연경, キム・ヨンギョン).
  ['ou', ['o', 'u', 'yo']],
  ['ya', ['ya']],
  ['yo', ['yo']],
  ['yu', ['yu', 'yo']],
  ['ye', ['ye']],
  ['wa', ['wa']],
  ['wo', ['wo']],
  ['we', ['we']],
  ['a', ['a']],
  ['e', ['e']],
  ['i', ['i']],
  ['o', ['o']],
  ['u', ['u', 'o']],
];

/** Vowel spellings of neither the Revised nor the McCune–Reischauer romanisation nor their common variants (oo, ee, yoo). */
const IRREGULAR_VOWELS: ReadonlySet<string> = new Set(['ou']);

/** Whether a syllable is spelled irregularly (koung): its readings are guesses, to accept a name by, never to propose. */
export function irregularSyllable(syllable: string): boolean {
  const lower = syllable.toLowerCase();
  const [spelled] = INITIALS.find(([s]) => lower.startsWith(s)) ?? [''];
  const vowel = VOWELS.find(([v]) => lower.slice(spelled.length).startsWith(v));
  return vowel !== undefined && IRREGULAR_VOWELS.has(vowel[0]);
}

/** Final consonants and their kana (a final t, rare in names, is left unwritten). */
const FINALS: readonly (readonly [string, string])[] = [
  ['ng', 'ン'],
  ['ck', 'ク'],
  ['n', 'ン'],
  ['m', 'ム'],
  ['k', 'ク'],
  ['g', 'ク'],
  ['l', 'ル'],
  ['p', 'プ'],
  ['b', 'プ'],
  ['t', ''],
];

/** The kana of each consonant with a, i, u, e, o (the t and d rows write ti, tu, di, du with two kana each). */
const PLAIN: Readonly<Record<string, readonly string[]>> = {
  '': ['ア', 'イ', 'ウ', 'エ', 'オ'],
  k: ['カ', 'キ', 'ク', 'ケ', 'コ'],
  g: ['ガ', 'ギ', 'グ', 'ゲ', 'ゴ'],
  s: ['サ', 'シ', 'ス', 'セ', 'ソ'],
  t: ['タ', 'ティ', 'トゥ', 'テ', 'ト'],
  d: ['ダ', 'ディ', 'ドゥ', 'デ', 'ド'],
  n: ['ナ', 'ニ', 'ヌ', 'ネ', 'ノ'],
  h: ['ハ', 'ヒ', 'フ', 'ヘ', 'ホ'],
  m: ['マ', 'ミ', 'ム', 'メ', 'モ'],
  r: ['ラ', 'リ', 'ル', 'レ', 'ロ'],
  b: ['バ', 'ビ', 'ブ', 'ベ', 'ボ'],
  p: ['パ', 'ピ', 'プ', 'ペ', 'ポ'],
};
/** The kana before a small ャュョ/ェ for a y glide, and the one for j and ch, which have no row of their own. */
const Y_STEM: Readonly<Record<string, string>> = {
  k: 'キ',
  g: 'ギ',
  s: 'シ',
  t: 'チ',
  d: 'ジ',
  n: 'ニ',
  h: 'ヒ',
  m: 'ミ',
  r: 'リ',
  b: 'ビ',
  p: 'ピ',
  j: 'ジ',
  ch: 'チ',
};
/** The kana before a small ァィェォ for a w glide. */
const W_STEM: Readonly<Record<string, string>> = {
  k: 'ク',
  g: 'グ',
  s: 'ス',
  t: 'トゥ',
  d: 'ドゥ',
  n: 'ヌ',
  h: 'フ',
  m: 'ム',
  r: 'ル',
  b: 'ブ',
  p: 'プ',
  j: 'ジュ',
  ch: 'チュ',
};
const SMALL_Y: Readonly<Record<string, string>> = { a: 'ャ', u: 'ュ', o: 'ョ', e: 'ェ' };
const SMALL_W: Readonly<Record<string, string>> = { a: 'ァ', i: 'ィ', e: 'ェ', o: 'ォ' };
const ALONE_Y: Readonly<Record<string, string>> = { ya: 'ヤ', yu: 'ユ', yo: 'ヨ', ye: 'イェ' };
const ALONE_W: Readonly<Record<string, string>> = { wa: 'ワ', wi: 'ウィ', we: 'ウェ', wo: 'ウォ' };

/** The kana of an initial and a vowel (j and ch, which have no row of their own, with small kana: ジャ, チョ). */
function kanaOf(initial: string, vowel: string): string {
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

/** The katakana readings of one romanised syllable (yong → ヨン; jung → ジュン, ジョン), or none for what is no syllable. */
export function syllableReadings(syllable: string): string[] {
  const lower = syllable.toLowerCase();
  const [spelled, initial] = INITIALS.find(([s]) => lower.startsWith(s)) ?? ['', ''];
  const rest = lower.slice(spelled.length);
  const vowel = VOWELS.find(([v]) => rest.startsWith(v));
  if (!vowel) return [];
  const tail = rest.slice(vowel[0].length);
  const final = tail === '' ? '' : FINALS.find(([f]) => f === tail)?.[1];
  if (final === undefined) return [];
  // Kye, hye: after a consonant Japanese writes the glide away (ゲ, ヘ).
  const vowels = initial !== '' && vowel[1].includes('ye') ? [...vowel[1], 'e'] : vowel[1];
  return vowels.map((v) => kanaOf(initial, v) + final);
}

/** The syllables of a hyphenated given name (Yong-su → yong, su), each one a syllable the table reads; else none. */
export function koreanGivenName(word: string): string[][] | undefined {
  if (!/^[A-Z][a-z]+-[a-z]+$/.test(word)) return undefined;
  const readings = word.split('-').map((syllable, k) => {
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
