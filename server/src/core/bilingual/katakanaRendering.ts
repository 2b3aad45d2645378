/**
 * An English name written in katakana the way Japanese news writes names nobody has a fixed spelling for:
 * Talbot → タルボット, Feldman → フェルドマン, Abilene → アビリーン, Dassen → ダッセン, Moorhead → ムーアヘッド.
 * A table of the usual katakana of common name words (Michael → マイケル, usual-renderings.yaml) is read first, then how
 * the pronouncing dictionary says the word (pronouncedRendering.ts), then the spelling rules for a word it lacks: the
 * letters read in groups (magic e, r after a vowel, doubled consonants, digraphs), written as morae. Checked on the people of the knowledge base
 * (test/unit/katakanaRendering.test.ts); a rendering is a proposal, never a certainty.
 */

import { editSimilarity } from '../similarity';
import { katakanaToRomaji } from '../text';
import { hasLongFirstVowel } from './longFirstVowels';
import { usualRendering } from './usualRenderings';
import { renderWordByPronunciation } from './pronouncedRendering';

/** One sound of the name: a consonant (romaji, '' for none) and a vowel ('' for none), long or after ッ. */
interface Sound {
  consonant: string;
  vowel: string;
  long?: boolean;
  geminate?: boolean;
  /** A vowel that follows another one as a glide (アイ of ai, アウ of ou). */
  second?: string;
}

const VOWELS = 'aeiouy';
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c) && c !== '';

/** Vowel groups read before single letters, longest first: [letters, vowel, long, second vowel]. */
const VOWEL_GROUPS: readonly [string, string, boolean, string?][] = [
  ['igh', 'a', false, 'i'],
  ['eau', 'o', true],
  ['ee', 'i', true],
  ['ea', 'i', true],
  ['oo', 'u', true],
  ['ai', 'e', false, 'i'],
  ['ay', 'e', false, 'i'],
  ['ei', 'e', false, 'i'],
  ['au', 'o', true],
  ['aw', 'o', true],
  ['oa', 'o', true],
  ['oi', 'o', false, 'i'],
  ['oy', 'o', false, 'i'],
  ['ew', 'yu', true],
  ['eu', 'yu', true],
  ['ou', 'a', false, 'u'],
  ['ie', 'i', true],
  ['aa', 'a', true],
];

/** Consonant groups, longest first: [letters, consonant, geminate]. */
const CONSONANT_GROUPS: readonly [string, string, boolean?][] = [
  ['tch', 'ch', true],
  ['sch', 'sh'],
  ['dge', 'j', true],
  ['ck', 'k', true],
  ['ch', 'ch'],
  ['sh', 'sh'],
  // Russian and Chinese zh (Zhavoronkov, Zhukov, Zhipu) is ジ.
  ['zh', 'j'],
  ['th', 's'],
  ['ph', 'f'],
  ['wh', 'w'],
  ['qu', 'kw'],
  ['ts', 'ts'],
  ['tz', 'ts'],
  ['kn', 'n'],
  ['wr', 'r'],
  ['gh', ''],
];

/** Doubled consonants that Japanese writes with ッ (ss → ッス, tt → ット); others are written once (ll → ル). */
const GEMINATING = new Set(['t', 'p', 'k', 'c', 's', 'd', 'g']);
/** A final consonant after one short vowel written with ッ (Talbot → タルボット, Ted → テッド). */
const FINAL_GEMINATING = new Set(['t', 'p', 'k', 'd', 'g']);

function consonantOf(letter: string, next: string | undefined, previous?: string): string {
  if (letter === 'c') return next !== undefined && 'eiy'.includes(next) ? 's' : 'k';
  // g after n stays g (Gelsinger → ゲルシンガー, Krieger aside).
  if (letter === 'g') return next !== undefined && 'eiy'.includes(next) && previous !== 'n' ? 'j' : 'g';
  if (letter === 'x') return 'ks';
  // v stays v until written: バ行 by default, ヴ for a translation that writes ヴ.
  if (letter === 'v') return 'v';
  if (letter === 'l') return 'r';
  if (letter === 'q') return 'k';
  return letter;
}

const afterNextOf = (word: string, i: number): string | undefined => word[i + 2];

/** The sounds of a word of Latin letters. */
function soundsOf(word: string, longFirst = false): Sound[] {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  const sounds: Sound[] = [];
  let consonant = '';
  let geminate = false;
  const push = (vowel: string, long = false, second?: string): void => {
    sounds.push({ consonant, vowel, ...(long ? { long } : {}), ...(geminate ? { geminate } : {}), ...(second ? { second } : {}) });
    consonant = '';
    geminate = false;
  };
  const flush = (): void => {
    if (consonant !== '') push('');
  };
  let i = 0;
  while (i < w.length) {
    const rest = w.slice(i);
    const c = w[i] ?? '';
    const atEnd = (n: number): boolean => i + n >= w.length;
    // A final silent e (Blake, Stone, Abilene): the vowel before it is long; nothing is written for it.
    // After hl it is heard, as German and Scandinavian names have it (Dahle → ダーレ, Kahle → カーレ).
    if (c === 'e' && (atEnd(1) || rest === 'es') && i > 1 && !isVowel(w[i - 1]) && sounds.length > 0 && w.slice(i - 2, i) !== 'hl') {
      // James → ジェームズ, Gates → ゲイツ.
      if (rest === 'es') {
        if (consonant === 't') consonant = 'ts';
        else {
          flush();
          consonant = 'z';
        }
      }
      i = w.length;
      continue;
    }
    if (isVowel(c) && !(c === 'y' && isVowel(w[i + 1]) && consonant === '' && i === 0)) {
      const next = w[i + 1];
      // A first vowel the pronouncing dictionary says long, before one consonant: エイ, イー, アイ (David → デイビッド,
      // Peter → ピーター, Nigel → ナイジェル), where the rules would write it short (Daniel → ダニエル).
      if (longFirst && 'aeiy'.includes(c) && next !== undefined && !isVowel(next) && next !== 'r' && !/[aeiouy]/.test(w.slice(0, i))) {
        if (c === 'a') push('e', false, 'i');
        else if (c === 'e') push('i', true);
        else push('a', false, 'i');
        i += 1;
        continue;
      }
      // An h between a vowel and l lengthens the vowel (Dahl → ダール, Kohli → コーリ, Pohl → ポール).
      if ('aou'.includes(c) && next === 'h' && afterNextOf(w, i) === 'l' && i > 0) {
        push(c, true);
        i += 2;
        continue;
      }
      // r after a vowel and before a consonant or at the end: a long vowel (Albert → アルバート, Ford → フォード).
      // ie is イー only at the end (Cathie), i and e apart inside (Daniel); ow is オー at the end (Fellow), アウ inside (Brown).
      // ey and all at the end: イー (Luckey), オール (Kendall).
      if (rest === 'ey' && i > 0) {
        push('i', true);
        i += 2;
        continue;
      }
      if (rest === 'all' && i > 0) {
        push('o', true);
        consonant = 'r';
        i = w.length;
        continue;
      }
      if (rest.startsWith('ow')) {
        if (atEnd(2) || rest === 'ows') push('o', true);
        else push('a', false, 'u');
        i += 2;
        continue;
      }
      // i or y before a final an after r at the start is アイ (Brian, Bryan → ブライアン; Ryan → ライアン).
      if ((rest === 'ian' || rest === 'yan') && w[i - 1] === 'r' && i <= 2) {
        push('a', false, 'i');
        i += 1;
        continue;
      }
      // The first vowel, an a before one consonant and a final y, ey or ie, is long: エイ (Amy → エイミー, Casey → ケイシー, Grady → グレイディ).
      if (
        c === 'a' &&
        !/[aeiouy]/.test(w.slice(0, i)) &&
        next !== undefined &&
        !isVowel(next) &&
        next !== 'r' &&
        next !== 'y' &&
        /^(?:y|ey|ie)$/.test(w.slice(i + 2))
      ) {
        push('e', false, 'i');
        i += 1;
        continue;
      }
      // An a before -tion is エー (Innovation → イノベーション); an o before ld in the first syllable is long (Goldman → ゴールドマン).
      if (c === 'a' && w.slice(i + 1) === 'tion') {
        push('e', true);
        i += 1;
        continue;
      }
      if (c === 'o' && w.slice(i + 1, i + 3) === 'ld' && !/[aeiouy]/.test(w.slice(0, i))) {
        push('o', true);
        i += 1;
        continue;
      }
      // head, bread: a short e (Moorhead → ムーアヘッド).
      if (rest === 'ead' && i > 0) {
        push('e');
        consonant = 'd';
        geminate = true;
        i = w.length;
        continue;
      }
      // oo before k or d is short, the consonant doubled (Hood → フッド, Brooks → ブルックス, Woodward → ウッドワード).
      if (/^oo[kd]/.test(rest)) {
        push('u');
        consonant = w[i + 2] ?? '';
        geminate = true;
        i += 3;
        continue;
      }
      // A final ai is アイ, as no English word ends so and the names that do read it (Dubai, Mumbai, Kulai → クライ, Shanghai).
      if (rest === 'ai' && i > 0) {
        push('a', false, 'i');
        i += 2;
        continue;
      }
      // A final ue after one consonant that follows a vowel (or a vowel's r) is ユー (value → バリュー, Purdue → パーデュー, venue →
      // ベニュー), as in a word of one syllable after c, d, h (Cue → キュー); not after g or q (Prague, unique), nor after two
      // consonants, nor Sue, Lue, Rue (ウー: Blue → ブルー).
      if (rest === 'ue' && (/[aeiou]r?[bcdfhklmnptvxz]$/.test(w.slice(0, i)) || /^[cdh]$/.test(w.slice(0, i)))) {
        push('yu', true);
        i += 2;
        continue;
      }
      const group = VOWEL_GROUPS.find(([letters]) => rest.startsWith(letters) && !(letters === 'ie' && (i === 0 || /^ie[ln]$/.test(rest))));
      // A w or y that ends a group before a vowel begins the next syllable (Hathaway → ハサウェイ, not ハソーエイ).
      if (group && !(/[wy]$/.test(group[0]) && isVowel(w[i + group[0].length]))) {
        const [letters, vowel, long, second] = group;
        const afterGroup = w[i + letters.length];
        if (afterGroup === 'r' && (!isVowel(w[i + letters.length + 1]) || w.slice(i + letters.length) === 're')) {
          // oor, ear, air, our: Moore → ムーア, Pearson → ピアソン.
          const rVowel = letters === 'oo' ? 'u' : letters === 'ea' || letters === 'ee' ? 'i' : letters === 'ai' ? 'e' : letters === 'ou' ? 'a' : vowel;
          push(rVowel, letters === 'oo' || letters === 'ou', undefined);
          consonant = '';
          push('a');
          i += letters.length + 1;
          continue;
        }
        push(vowel, long, second);
        i += letters.length;
        continue;
      }
      const afterNext = w[i + 2];
      if (next === 'r' && c !== 'y' && afterNext !== 'r' && (!isVowel(afterNext) || (afterNext === 'e' && i + 3 === w.length))) {
        // ore, are, ire at the end: モア, エア, アイア; ar, or, er, ir, ur before a consonant: アー, オー.
        if (afterNext === 'e' && i + 3 === w.length) {
          if (c === 'o') push('o', false, 'a');
          else if (c === 'a') push('e', false, 'a');
          else if (c === 'i') push('a', false, 'i');
          else push('a', true);
          i += 3;
          continue;
        }
        // A final or after an earlier vowel is unstressed: Taylor → テイラー, Victor → ビクター.
        const unstressedOr = c === 'o' && atEnd(2) && /[aeiouy]/.test(w.slice(0, i - 1));
        push(c === 'o' && !unstressedOr ? 'o' : 'a', true);
        i += 2;
        continue;
      }
      // Magic e: a vowel, one consonant and a final e (Blake, Mike, Stone, Abilene).
      const magic = next !== undefined && !isVowel(next) && afterNext === 'e' && (i + 3 === w.length || w.slice(i + 3) === 's');
      if (magic && next !== 'r') {
        if (c === 'a') push('e', false, 'i');
        else if (c === 'i' || c === 'y') push('a', false, 'i');
        else if (c === 'o') push('o', true);
        else if (c === 'u') push('yu', true);
        else push('i', true);
        i += 1;
        continue;
      }
      if (c === 'y') {
        // -ify at the end is アイ (Shopify → ショッピファイ, Spotify → スポティファイ).
        if (atEnd(1) && consonant === 'f' && w[i - 2] === 'i') {
          push('a', false, 'i');
          i += 1;
          continue;
        }
        // A final y after a consonant: イー (Gregory, Murphy), short after t and d (Andy → アンディ, Stability → スタビリティ); elsewhere イ (Lynn).
        push('i', atEnd(1) && sounds.length > 0 && consonant !== 't' && consonant !== 'd');
        i += 1;
        continue;
      }
      // A short u between consonants is ア (Duncan, Hudson); before one consonant and a vowel, ウ (Lugano).
      if (c === 'u' && next !== undefined && !isVowel(next) && !isVowel(afterNext) && i > 0) push('a');
      else push(c);
      i += 1;
      continue;
    }
    if (c === 'y') {
      consonant = consonant === '' ? 'y' : consonant;
      i += 1;
      continue;
    }
    // An h at the end or before a consonant is not heard (John, Sarah), nor after a first k, g or r (Khan, Ghodsi, Rhodes).
    if (c === 'h' && (atEnd(1) || !isVowel(w[i + 1]) || (i === 1 && /[kgr]/.test(w[0] ?? '')))) {
      i += 1;
      continue;
    }
    // -tion at the end is ション (Intuition → インチュイション; Innovation → イノベーション with its a long).
    if (rest === 'tion' && i > 0) {
      flush();
      consonant = 'sh';
      push('o');
      consonant = 'n';
      i = w.length;
      continue;
    }
    // -tian at the end is チャン (Christian → クリスチャン, Sebastian → セバスチャン).
    if (rest === 'tian' && i > 0) {
      flush();
      consonant = 'ch';
      push('a');
      consonant = 'n';
      i = w.length;
      continue;
    }
    // A German final tsch or tzsch is チュ (Koitzsch → コイチュ, Deutsch → ドイチュ).
    if ((rest === 'tsch' || rest === 'tzsch') && i > 0) {
      flush();
      consonant = 'ch';
      push('u');
      i = w.length;
      continue;
    }
    if (rest === 'que') {
      flush();
      consonant = 'k';
      i = w.length;
      continue;
    }
    // th at the start of Thom- and Thie- is t (Thomas → トーマス, Thompson → トンプソン, Thierry → ティエリー; Thornton keeps ソ).
    if (i === 0 && /^th(?:om|ie)/.test(rest)) {
      consonant = 't';
      i += 2;
      continue;
    }
    // ch after a short i and before l or m closes the syllable, as tch does: ッチ (Richland → リッチランド, Richmond → リッチモンド).
    if (/^ch[lm]/.test(rest) && i >= 2 && w[i - 1] === 'i' && !isVowel(w[i - 2])) {
      flush();
      consonant = 'ch';
      geminate = true;
      push('i');
      i += 2;
      continue;
    }
    // ch before r, l or n is k (Chris, Christophe, Technology); kh and gh at the start are k and g.
    if (/^ch[rln]/.test(rest)) {
      flush();
      consonant = 'k';
      i += 2;
      continue;
    }
    // The aspirates of Indian names are written without their h (Bhavish → バビッシュ, Raghavan → ラガバン, Sridhar → スリダール),
    // and gh before a vowel is a hard g (Draghi → ドラギ); a dh only between vowels, not across the parts of an English name
    // (Woodhouse, Oldham), nor kh (Ekholm).
    if ((/^gh[aeiou]/.test(rest) && i > 0) || /^bh[aeiou]/.test(rest) || (/^dh[aeiou]/.test(rest) && /[ai]/.test(w[i - 1] ?? ''))) {
      flush();
      consonant = c;
      i += 2;
      continue;
    }
    if (/^[kg]h/.test(rest) && i === 0) {
      consonant = c;
      i += 2;
      continue;
    }
    // A final s after a voiced sound is ズ (Jobs, Jones, Williams, Edwards); after n, ス (Hastings, Hopkins, Evans, Robbins).
    if (c === 's' && atEnd(1) && i > 0 && /[bdgmlrv]/.test(w[i - 1] ?? '') && !w.slice(0, i).endsWith('ng')) {
      if (consonant === 'd') consonant = '';
      flush();
      consonant = 'z';
      i += 1;
      continue;
    }
    const group = CONSONANT_GROUPS.find(([letters]) => rest.startsWith(letters));
    if (group) {
      const [letters, sound, doubles] = group;
      // gh before t or at the end is silent (Wright); dge ends a syllable (Hodge → ホッジ).
      flush();
      if (sound !== '') {
        consonant = sound;
        geminate = doubles === true && sounds.length > 0 && sounds[sounds.length - 1]?.vowel !== '' && !sounds[sounds.length - 1]?.long;
        // A final sh after a single short o or u ending a longer word is ッシュ (McIntosh → マッキントッシュ, Wedbush → ウェドブッシュ);
        // not in one syllable (Josh → ジョシュ), nor in Indian names' -esh, -ish, -ash, -yush (Ramesh → ラメシュ, Piyush).
        if (letters === 'sh' && atEnd(2) && /[^aeiouy][ou]$/.test(w.slice(0, i)) && /[aeiouy]/.test(w.slice(0, i - 2))) geminate = true;
        // ck before a final -son is ク, the son of a patronymic (Jackson → ジャクソン, Dickson → ディクソン, Erickson → エリクソン).
        if (letters === 'ck' && rest === 'ckson') geminate = false;
      }
      i += letters.length;
      if (letters === 'dge') push('');
      continue;
    }
    const next = w[i + 1];
    // cc before e, i or y is k and s (Accel → アクセル, like accent → アクセント), never a doubled s.
    if (c === 'c' && next === 'c' && w[i + 2] !== undefined && 'eiy'.includes(w[i + 2] ?? '')) {
      flush();
      consonant = 'k';
      push('');
      consonant = 's';
      i += 2;
      continue;
    }
    if (next === c) {
      // A doubled consonant: ッ for the voiceless and d, g (Dassen → ダッセン, Todd → トッド); once otherwise.
      flush();
      consonant = consonantOf(c, w[i + 2]);
      const previous = sounds[sounds.length - 1];
      // A final ss is written once (Ross → ロス, Kress → クレス).
      geminate =
        GEMINATING.has(c) && previous !== undefined && previous.vowel !== '' && !previous.long && !previous.second && !(c === 's' && i + 2 >= w.length);
      i += 2;
      continue;
    }
    // A short word ending in ang or eng is a Chinese name, its ng ン (Wang → ワン, Huang → フアン, Weng → ウェン).
    if (c === 'n' && next === 'g' && i + 2 === w.length && w.length <= 6 && /[ae]ng$/.test(w) && i > 1) {
      flush();
      consonant = 'n';
      push('');
      i += 2;
      continue;
    }
    if (c === 'n' && next === 'g' && !isVowel(w[i + 2])) {
      flush();
      consonant = 'n';
      push('');
      consonant = 'g';
      i += 2;
      continue;
    }
    // A final mb or mbe is ム, its b not heard (Whitcombe → ウィトコム, Lamb → ラム).
    if (rest === 'mb' || rest === 'mbe') {
      flush();
      consonant = 'm';
      push('');
      i = w.length;
      continue;
    }
    if (c === 'm' && (next === 'b' || next === 'p')) {
      flush();
      consonant = 'n';
      push('');
      i += 1;
      continue;
    }
    flush();
    consonant = consonantOf(c, next, w[i - 1]);
    // One final t, p, k, d, g, c or x after a single short vowel: ッ (Talbot → タルボット, Ted → テッド, Alex → アレックス, Eric → エリック).
    const previous = sounds[sounds.length - 1];
    if (
      atEnd(1) &&
      (FINAL_GEMINATING.has(c) || c === 'x' || c === 'c') &&
      previous &&
      previous.vowel !== '' &&
      !previous.long &&
      !previous.second &&
      w.length >= 3
    ) {
      const vowelLetters = w.slice(0, i).match(/[aeiouy]+$/)?.[0] ?? '';
      if (vowelLetters.length === 1) geminate = true;
    }
    // A final z is ス after e (Gomez → ゴメス) and ツ after l or r (Holz → ホルツ).
    if (atEnd(1) && c === 'z') consonant = w[i - 1] === 'e' ? 's' : /[lr]/.test(w[i - 1] ?? '') ? 'ts' : consonant;
    i += 1;
  }
  flush();
  return sounds;
}

const KANA: Record<string, string> = {
  a: 'ア',
  i: 'イ',
  u: 'ウ',
  e: 'エ',
  o: 'オ',
  ka: 'カ',
  ki: 'キ',
  ku: 'ク',
  ke: 'ケ',
  ko: 'コ',
  ga: 'ガ',
  gi: 'ギ',
  gu: 'グ',
  ge: 'ゲ',
  go: 'ゴ',
  sa: 'サ',
  si: 'シ',
  su: 'ス',
  se: 'セ',
  so: 'ソ',
  za: 'ザ',
  zi: 'ジ',
  zu: 'ズ',
  ze: 'ゼ',
  zo: 'ゾ',
  ta: 'タ',
  ti: 'ティ',
  tu: 'トゥ',
  te: 'テ',
  to: 'ト',
  da: 'ダ',
  di: 'ディ',
  du: 'ドゥ',
  de: 'デ',
  do: 'ド',
  na: 'ナ',
  ni: 'ニ',
  nu: 'ヌ',
  ne: 'ネ',
  no: 'ノ',
  ha: 'ハ',
  hi: 'ヒ',
  hu: 'フ',
  he: 'ヘ',
  ho: 'ホ',
  ba: 'バ',
  bi: 'ビ',
  bu: 'ブ',
  be: 'ベ',
  bo: 'ボ',
  pa: 'パ',
  pi: 'ピ',
  pu: 'プ',
  pe: 'ペ',
  po: 'ポ',
  ma: 'マ',
  mi: 'ミ',
  mu: 'ム',
  me: 'メ',
  mo: 'モ',
  ya: 'ヤ',
  yi: 'イ',
  yu: 'ユ',
  ye: 'イエ',
  yo: 'ヨ',
  ra: 'ラ',
  ri: 'リ',
  ru: 'ル',
  re: 'レ',
  ro: 'ロ',
  wa: 'ワ',
  wi: 'ウィ',
  wu: 'ウ',
  we: 'ウェ',
  wo: 'ウォ',
  fa: 'ファ',
  fi: 'フィ',
  fu: 'フ',
  fe: 'フェ',
  fo: 'フォ',
  sha: 'シャ',
  shi: 'シ',
  shu: 'シュ',
  she: 'シェ',
  sho: 'ショ',
  cha: 'チャ',
  chi: 'チ',
  chu: 'チュ',
  che: 'チェ',
  cho: 'チョ',
  ja: 'ジャ',
  ji: 'ジ',
  ju: 'ジュ',
  je: 'ジェ',
  jo: 'ジョ',
  tsa: 'ツァ',
  tsi: 'ツィ',
  tsu: 'ツ',
  tse: 'ツェ',
  tso: 'ツォ',
  kwa: 'クア',
  kwi: 'クイ',
  kwe: 'クエ',
  kwo: 'クオ',
  kwu: 'ク',
  ksa: 'クサ',
  ksi: 'クシ',
  ksu: 'クス',
  kse: 'クセ',
  kso: 'クソ',
  va: 'ヴァ',
  vi: 'ヴィ',
  vu: 'ヴ',
  ve: 'ヴェ',
  vo: 'ヴォ',
};

/** A consonant with no vowel after it. */
const BARE: Record<string, string> = {
  k: 'ク',
  g: 'グ',
  s: 'ス',
  z: 'ズ',
  t: 'ト',
  d: 'ド',
  n: 'ン',
  h: 'フ',
  f: 'フ',
  b: 'ブ',
  v: 'ヴ',
  p: 'プ',
  m: 'ム',
  r: 'ル',
  w: 'ウ',
  y: 'イ',
  sh: 'シュ',
  ch: 'チ',
  j: 'ジ',
  ts: 'ツ',
  ks: 'クス',
  kw: 'ク',
};

function moraOf(consonant: string, vowel: string): string {
  if (vowel === 'yu') {
    if (consonant === '') return 'ユ';
    // テュ, デュ: ティュ is no spelling of Japanese (Purdue → パーデュー).
    if (consonant === 't' || consonant === 'd') return `${KANA[`${consonant}e`] ?? ''}ュ`;
    const head = KANA[`${consonant}i`] ?? '';
    return consonant === 'sh' || consonant === 'ch' || consonant === 'j' ? (KANA[`${consonant}u`] ?? '') : `${head}ュ`;
  }
  return KANA[`${consonant}${vowel}`] ?? `${BARE[consonant] ?? ''}${KANA[vowel] ?? ''}`;
}

export interface RenderingStyle {
  /** Write v as ヴ (ヴェラ) rather than as バ行 (ベラ), as a translation that writes ヴ elsewhere does. */
  readonly vu?: boolean;
}

/**
 * Elements English builds names from, read as a whole before the rules (the rest of the word after them by the rules):
 * [letters, katakana, katakana before a k sound (Mc of McCarthy is マッ)].
 */
const PREFIXES: readonly [string, string, string?][] = [
  ['micro', 'マイクロ'],
  ['cyber', 'サイバー'],
  ['super', 'スーパー'],
  ['open', 'オープン'],
  // The Greek iso- before its roots or a consonant cluster (Isomorphic → アイソモーフィック, isotope, isometric, isolate);
  // not in Isolde or Isobel, nor in a Japanese name written in Latin (Isomura → イソムラ): see GREEK_ISO.
  ['iso', 'アイソ'],
  ['mc', 'マク', 'マッ'],
];

/**
 * Words that begin with the Greek iso-: before a cluster of consonants (isotropic) or a root English builds with it. A
 * consonant and a vowel alone (Isomura, Isobe, Isoda) read as Japanese romanisation, イソ.
 */
const GREEK_ISO = /^iso(?:[bcdfghjklmnpqrstvwxz]{2}|morph|top|metr|therm|bar|gon|lat|mer|chron|ton|form|prene|pod)/i;

/**
 * The katakana of one English word of a name (Talbot → タルボット), as a check against the source writes it: its usual
 * katakana where the table has it (Michael → マイケル), else how the pronouncing dictionary says it (pronouncedRendering.ts:
 * nearer what translators write than the spelling rules, tools/renderingAgreement.ts), else by the spelling rules. The
 * dictionary is read at the first call: the translation's own checks, which run without a source, use renderWordBySpelling.
 */
export function renderWordInKatakana(word: string, style: RenderingStyle = {}): string {
  // A word built on an element the rules read whole (McCarthy → マッカーシー, Microsoft): the rules, which render its rest so.
  const built = PREFIXES.some(([letters]) => word.length > letters.length + 1 && word.toLowerCase().startsWith(letters));
  return usualRendering(word) ?? (built ? undefined : renderWordByPronunciation(word, style)) ?? renderWordInKatakanaByRules(word, style);
}

/** The katakana of one English word by its usual katakana or the spelling rules, without the pronouncing dictionary. */
export function renderWordBySpelling(word: string, style: RenderingStyle = {}): string {
  return usualRendering(word) ?? renderWordInKatakanaByRules(word, style);
}

/** The katakana of one English word by the rules of katakana spelling alone. */
export function renderWordInKatakanaByRules(word: string, style: RenderingStyle = {}): string {
  // A word-forming element at the start is written as Japanese writes that element (Microsoft → マイクロソフト, McCarthy → マッカーシー).
  const prefix = PREFIXES.find(
    ([letters]) => word.length > letters.length + 1 && word.toLowerCase().startsWith(letters) && (letters !== 'iso' || GREEK_ISO.test(word)),
  );
  if (prefix) {
    const [letters, written, beforeK] = prefix;
    const rest = word.slice(letters.length);
    // Mc before a vowel joins it as a doubled k (McIntosh → マッキントッシュ), as before a k (McCarthy → マッカーシー).
    if (beforeK && /^[aeiou]/i.test(rest)) return beforeK + renderWordInKatakana(`k${rest}`, style);
    const restKana = renderWordInKatakana(rest, style);
    return (beforeK && /^[ckq]/i.test(rest) ? beforeK : written) + restKana;
  }
  let kana = '';
  const sounds = soundsOf(word, hasLongFirstVowel(word));
  // A word of one open syllable in i or u has its vowel long (Li → リー, Wu → ウー, Su → スー; Ha and Le stay short).
  const only = sounds.length === 1 ? sounds[0] : undefined;
  if (only && (only.vowel === 'i' || only.vowel === 'u') && !only.second && /^[a-z]{2,3}$/i.test(word)) only.long = true;
  for (const sound of sounds) {
    const consonant = sound.consonant === 'v' && !style.vu ? 'b' : sound.consonant;
    if (sound.geminate) kana += 'ッ';
    if (sound.vowel === '') {
      kana += BARE[consonant] ?? '';
      continue;
    }
    kana += moraOf(consonant, sound.vowel);
    if (sound.long) kana += 'ー';
    if (sound.second) kana += KANA[sound.second] ?? '';
  }
  return kana;
}

/** A name of one or more words, its words joined by ・ (Rachel Whitmore → レイチェル・ウィットモア). */
export function renderNameInKatakana(name: string, style: RenderingStyle = {}): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /[A-Za-z]/.test(w))
    .map((w) => renderWordInKatakana(w, style))
    .join('・');
}

/** A katakana word as its sounds, with what renderings differ in left out: long vowels, ッ, l/r, v/b, エイ/エー. */
function renderingKey(katakana: string): string {
  return katakanaToRomaji(katakana.replace(/[ーッ・＝]/g, ''))
    .replace(/l/g, 'r')
    .replace(/v/g, 'b')
    .replace(/([aeiou])\1/g, '$1')
    .replace(/ou/g, 'o')
    .replace(/ei/g, 'e');
}

/**
 * Whether two katakana renderings write one name but for the variants writers differ in (ヴ/ブ, ー or not, ッ or not,
 * ティ/チ, ディ/ジ, エイ/エー, ウィ/イ): ジェイムズ and ジェームズ, ホプキンズ and ホプキンス are one rendering; ラスキン
 * and ラスゴン are not. Exported for tools/renderingAgreement.ts and the tests, which score renderings by it; the core
 * compares by vowelDifferences and renderingLikeness.
 */
export function sameRendering(a: string, b: string): boolean {
  return a !== '' && b !== '' && tolerantKey(a) === tolerantKey(b);
}

const tolerantKey = (katakana: string): string => renderingKey(katakana).replace(/chi/g, 'ti').replace(/ji/g, 'di').replace(/wi/g, 'i').replace(/z/g, 's');

/**
 * How many vowels two katakana words of the same consonants write otherwise, the variants of sameRendering aside
 * (フェルドマン and フリードマン: 2; ジェンセン and ジェンスン: 1); undefined when their consonants or their count of
 * vowels differ.
 */
export function vowelDifferences(a: string, b: string): number | undefined {
  const x = tolerantKey(a);
  const y = tolerantKey(b);
  const consonants = (key: string): string => key.replace(/[aeiou]/g, '.');
  if (x === '' || consonants(x) !== consonants(y)) return undefined;
  let differences = 0;
  for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) differences++;
  return differences;
}

/**
 * Whether a katakana word has the consonants of an English word's renderings but writes two vowels or more otherwise than
 * each of them, the pronounced one and the spelt one (フリードマン for Feldman, フェルドマン either way): another name was heard,
 * not this one written another way (ジェンスン for Jensen differs in one). Only for a word the pronouncing dictionary says:
 * on the dev pairs, 1 of 713 right renderings is taken so (tools/renderingAgreement.ts).
 */
export function heardOtherwise(english: string, katakana: string): boolean {
  const said = renderWordByPronunciation(english);
  if (said === undefined) return false;
  return [said, renderWordBySpelling(english)].every((rendering) => (vowelDifferences(rendering, katakana) ?? 0) >= 2);
}

/**
 * 0..1: how close a katakana word is to the rendering of an English word (ウィットモア and Whitmore: 1): to the spelling rules'
 * rendering or to the pronounced one, whichever is closer (a translator may have followed either).
 */
export function renderingLikeness(english: string, katakana: string): number {
  const spelt = spellingLikeness(english, katakana);
  return spelt === 1 ? spelt : Math.max(spelt, likenessTo(renderWordByPronunciation(english), katakana));
}

/**
 * 0..1: how close a katakana word is to the spelling rules' rendering of an English word alone, for the translation's own
 * checks, which never read the pronouncing dictionary (renderedSpelling.ts).
 */
export function spellingLikeness(english: string, katakana: string): number {
  return likenessTo(renderWordBySpelling(english), katakana);
}

function likenessTo(rendering: string | undefined, katakana: string): number {
  const written = renderingKey(katakana);
  const key = rendering === undefined ? '' : renderingKey(rendering);
  return written === '' || key === '' ? 0 : editSimilarity(key, written);
}

/**
 * English words companies and institutions build their names from, as Japanese writes them in a name (Kairos Power →
 * カイロス・パワー, not パウアー): their usual katakana, not a reading by the rules.
 */
const NAME_WORDS: ReadonlyMap<string, string> = new Map([
  ['power', 'パワー'],
  ['energy', 'エナジー'],
  ['labs', 'ラボ'],
  ['lab', 'ラボ'],
  ['systems', 'システムズ'],
  ['system', 'システム'],
  ['technologies', 'テクノロジーズ'],
  ['technology', 'テクノロジー'],
  ['robotics', 'ロボティクス'],
  ['networks', 'ネットワークス'],
  ['semiconductor', 'セミコンダクター'],
  ['capital', 'キャピタル'],
  ['ventures', 'ベンチャーズ'],
  ['partners', 'パートナーズ'],
  ['group', 'グループ'],
  ['holdings', 'ホールディングス'],
  ['cloud', 'クラウド'],
  ['computing', 'コンピューティング'],
  ['solutions', 'ソリューションズ'],
  ['software', 'ソフトウェア'],
  ['dynamics', 'ダイナミクス'],
  ['devices', 'デバイシズ'],
  ['industries', 'インダストリーズ'],
  ['materials', 'マテリアルズ'],
  ['electric', 'エレクトリック'],
  ['motors', 'モーターズ'],
  ['global', 'グローバル'],
  ['digital', 'デジタル'],
  ['research', 'リサーチ'],
  ['data', 'データ'],
  ['nuclear', 'ニュークリア'],
  ['fusion', 'フュージョン'],
  ['quantum', 'クオンタム'],
  ['manufacturing', 'マニュファクチャリング'],
]);

/**
 * The words of a company's or institution's name the source writes right after a known name (BMW Manufacturing, Microsoft
 * Research): capitalised name words, as many as follow; '' when none does.
 */
export function nameWordsAfter(text: string, end: number): string {
  const words = /^(?: [A-Z][a-z]+)+/.exec(text.slice(end))?.[0].trim().split(' ') ?? [];
  const kept: string[] = [];
  for (const word of words) {
    if (!NAME_WORDS.has(word.toLowerCase())) break;
    kept.push(word);
  }
  return kept.join(' ');
}

/**
 * A name with the name words that follow it in the source, written as the translation writes (BMW + Manufacturing →
 * BMWマニュファクチャリング in Japanese, BMW Manufacturing in Latin letters): katakana joined to Latin letters directly, to katakana by ・.
 */
export function withNameWords(name: string, words: string, inJapanese: boolean): string {
  if (words === '') return name;
  if (!inJapanese) return `${name} ${words}`;
  const kana = words
    .split(' ')
    .map((word) => NAME_WORDS.get(word.toLowerCase()) ?? renderWordInKatakana(word))
    .join('・');
  return name + (/[A-Za-z0-9]$/.test(name) ? '' : '・') + kana;
}

/**
 * A name of a company or another body in katakana, as a fix writes it for a translation that writes such names in katakana:
 * each word by the usual katakana of name words (Power → パワー) or by the rules, an acronym or code kept in Latin letters
 * (ZT Systems → ZTシステムズ). Katakana words are joined by ・, a Latin word and a katakana one without.
 */
export function renderBodyNameInKatakana(name: string, style: RenderingStyle = {}): string {
  let written = '';
  let previousLatin: boolean | undefined;
  for (const word of name.split(/\s+/).filter((w) => w !== '')) {
    const kept = /^[A-Z0-9&.-]+$/.test(word) || /\d/.test(word) || !/^[A-Za-z]+$/.test(word);
    const kana = kept ? word : (NAME_WORDS.get(word.toLowerCase()) ?? renderWordInKatakana(word, style));
    if (previousLatin === undefined) written = kana;
    else if (kept && previousLatin) written += ' ' + kana;
    else if (!kept && !previousLatin) written += '・' + kana;
    else written += kana;
    previousLatin = kept;
  }
  return written;
}
