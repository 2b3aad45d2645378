/**
 * An English word of a name written in katakana by how it is said, not by how it is spelt: the pronouncing dictionary's
 * phones (pronouncingDictionary.ts) written by the table of server/data/pronunciation/arpabet-katakana.yaml, with the
 * conventions Japanese news follows for names: a stressed vowel long where English holds it (IY1 → イー, OW1 → オー), ER as
 * アー, a vowel before an r that ends its syllable long (Ford → フォード) or followed by ア (Moore → ムーア), a final stop
 * after a short vowel with ッ (Talbot → タルボット), L and R both ラ行. The schwa (AH0) and the other vowels English says
 * many ways take their quality from the letters that spell them, as katakana does (Jason → ジェイソン, Gordon → ゴードン,
 * Daniel → ダニエル): the word's vowel letters are paired with its vowel phones in order when they can be. Undefined for a
 * word the dictionary lacks: the spelling rules (katakanaRendering.ts) write it then.
 */
import { readArpabetKatakana, readCompiledData, type ArpabetKatakana } from '../knowledge/compiled';
import { dataDirectory } from '../knowledge/knowledgeBase';
import { pronunciationOf } from './pronouncingDictionary';

type Column = 'a' | 'i' | 'u' | 'e' | 'o' | 'ya' | 'yu' | 'yo' | 'bare';

/**
 * The phone table of the package's data directory, read once: like the pronouncing dictionary it is a fixed part of the
 * package (not of the knowledge a caller may load), so one process has one. The compiled data where it is current, else
 * the YAML, validated by its schema.
 */
let table: ArpabetKatakana | undefined;

function loadTable(): ArpabetKatakana {
  const directory = dataDirectory();
  return readCompiledData(directory)?.rules.arpabetKatakana ?? readArpabetKatakana(directory);
}

/**
 * Renderings made, by style and word: the name checks ask for a word's rendering many times (in sort comparators too), and
 * it depends on nothing else, the table and the dictionary being fixed. Emptied when it grows past its bound.
 */
const rendered = new Map<string, string | undefined>();
const RENDERED_BOUND = 20_000;

/** One phone: its ARPAbet symbol without stress, and the stress of a vowel (0, 1, 2; undefined for a consonant). */
interface Phone {
  readonly symbol: string;
  readonly stress?: number;
}

/** The phones of a pronunciation; an ER before a vowel is its vowel and an r that begins the next syllable (Cameron → キャメロン). */
function phonesOf(arpabet: readonly string[]): Phone[] {
  const phones: Phone[] = [];
  arpabet.forEach((p, k) => {
    const stress = /\d$/.exec(p)?.[0];
    phones.push(stress === undefined ? { symbol: p } : { symbol: p.slice(0, -1), stress: Number(stress) });
    if (p.startsWith('ER') && /\d$/.test(arpabet[k + 1] ?? '')) phones.push({ symbol: 'R' });
  });
  return phones;
}

const isVowel = (phone: Phone | undefined): boolean => phone?.stress !== undefined;

/** Short vowels: a stop after one at the end of a word is written with ッ (Talbot → タルボット, Eric → エリック). */
const SHORT = new Set(['AE', 'AH', 'EH', 'IH', 'AA', 'UH']);
/** Consonants a final ッ doubles. */
const STOPS = new Set(['T', 'K', 'P', 'D', 'G', 'CH', 'JH']);

/** The letters of a word that spell one vowel phone, and where they stand. */
interface VowelSpelling {
  readonly letters: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The letters that spell each vowel phone, in order, when the word's groups of vowel letters can be paired with its vowel
 * phones one to one: a final silent e left out (Stone), a group of two letters said apart split (Lydia: y, i, a). Empty
 * when they cannot.
 */
function vowelSpellings(word: string, vowelCount: number): VowelSpelling[] {
  const w = word.toLowerCase();
  // A y before a vowel at the start is a consonant (Yates); elsewhere a vowel letter (Kay, Lydia). A w no vowel follows ends
  // a vowel's letters (New, Brown).
  const groups = [...w.replace(/^y(?=[aeiou])/, '_').matchAll(/[aeiouy]+(?:w(?![aeiouy]))?/g)].map((m) => ({
    letters: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  // A final e after a consonant, or before a final s or d, is silent (Stone, Jones, Blake).
  if (groups.length > vowelCount && /[^aeiouy]e[sd]?$/.test(w) && groups[groups.length - 1]?.letters === 'e') groups.pop();
  // Two letters said apart (ia of Lydia, eo of Leon, ue of Samuel): split from the start until the counts agree.
  const DIGRAPHS = /^(?:ee|oo|ai|ay|ea|ei|ey|ou|oi|oy|au|aw|ew|eu|ie|oa)$/;
  for (let k = 0; k < groups.length && groups.length < vowelCount; k++) {
    const group = groups[k];
    // A y between vowels ends the first (Zayed: ay, e; Hayes aside, whose e is silent).
    const y = group ? group.letters.search(/y(?=[aeiou])/) : -1;
    if (group && y > 0)
      groups.splice(
        k,
        1,
        { letters: group.letters.slice(0, y + 1), start: group.start, end: group.start + y + 1 },
        { letters: group.letters.slice(y + 1), start: group.start + y + 1, end: group.end },
      );
    else if (group && group.letters.length === 2 && !DIGRAPHS.test(group.letters))
      groups.splice(
        k,
        1,
        { letters: group.letters.charAt(0), start: group.start, end: group.start + 1 },
        { letters: group.letters.charAt(1), start: group.start + 1, end: group.end },
      );
  }
  return groups.length === vowelCount ? groups : [];
}

/** The letters English spells each vowel with (AH and ER: any); another pairing is a name of another language. */
const PLAUSIBLE: Readonly<Record<string, RegExp>> = {
  AE: /a/,
  EH: /[aei]/,
  IH: /[iyeu]/,
  IY: /[eiy]/,
  AA: /[aou]/,
  AO: /[aou]/,
  OW: /o/,
  UH: /[uo]/,
  UW: /[uoe]/,
  AY: /[iye]/,
  EY: /[aeiy]/,
  AW: /[aou]/,
  OY: /o/,
};

/** Letters that spell a consonant doubled, which katakana writes with ッ (Manhattan → マンハッタン, Hassan → ハッサン, Docklands → ドックランズ). */
const DOUBLED: Readonly<Record<string, RegExp>> = {
  T: /^tt/,
  P: /^pp/,
  K: /^(?:ck|kk|cc(?![eiy])|cq)/,
  D: /^dd/,
  G: /^gg/,
  S: /^ss/,
  CH: /^tch/,
  JH: /^dg/,
};

/** The romaji vowel a schwa or another vowel that follows its spelling takes from its letters (the last of them: Michael's ae → e). */
function spelledVowel(letters: string | undefined): string | undefined {
  const last = letters?.slice(-1);
  if (last === undefined) return undefined;
  // A u said as a schwa is ア as said stressed (Marcus → マーカス, Hudson → ハドソン).
  if (last === 'u') return 'a';
  if (last === 'y') return 'i';
  return 'aeio'.includes(last) ? last : undefined;
}

export interface PronouncedStyle {
  /** Write v as ヴ (ヴェラ) rather than as バ行 (ベラ), as a translation that writes ヴ elsewhere does. */
  readonly vu?: boolean;
}

/** The katakana of a word by how the pronouncing dictionary says it (Talbot → タルボット), or undefined when it lacks the word. */
export function renderWordByPronunciation(word: string, style: PronouncedStyle = {}): string | undefined {
  const key = `${style.vu ? 'v' : 'b'}:${word}`;
  if (rendered.has(key)) return rendered.get(key);
  if (rendered.size >= RENDERED_BOUND) rendered.clear();
  const katakana = renderUnmemoised(word, style);
  rendered.set(key, katakana);
  return katakana;
}

function renderUnmemoised(word: string, style: PronouncedStyle): string | undefined {
  // A word of one or two letters is more often read as its letters (De, Ba): the rules write it.
  if (word.length <= 2) return undefined;
  const arpabet = pronunciationOf(word);
  if (!arpabet || arpabet.length === 0) return undefined;
  // An h between a vowel and a consonant spells a name of another language (Dahle → ダーレ, Kohli → コーリ), which the
  // dictionary reads as English: the rules, which know such names, write it.
  if (/[aeiou]h[^aeiouy]/i.test(word)) return undefined;
  // A Chinese romanisation (Tseng, Hsu, Xu, Huang): the rules read pinyin and Wade–Giles as those systems spell.
  if (/^(?:ts|hs|zh|x|q(?!u))|[iu]ang$/i.test(word)) return undefined;
  // An l the dictionary does not say is written all the same (Palmer → パルマー, Salman → サルマン): the rules write it.
  if (/l/i.test(word) && !arpabet.includes('L')) return undefined;
  // A vowel said in a way none of its letters is said in English (Zayed's e said as in cat) is the dictionary's guess at a
  // name of another language: the rules, which follow its letters, write it.
  const phones = phonesOf(arpabet);
  const vowels = phones.filter(isVowel);
  const spellings = vowelSpellings(word, vowels.length);
  if (spellings.some((spelling, k) => !(PLAUSIBLE[vowels[k]?.symbol ?? ''] ?? /./).test(spelling.letters))) return undefined;
  table ??= loadTable();
  return writePhones(phones, word, table, style);
}

function writePhones(phones: readonly Phone[], word: string, kana: ArpabetKatakana, style: PronouncedStyle): string {
  const vowelCount = phones.filter(isVowel).length;
  const spellings = vowelSpellings(word, vowelCount);
  const letters = spellings.map((g) => g.letters);
  // The letters after those of the vowel before (Hassan: ssan after its a).
  const lettersAfter = (vowel: number): string => {
    const here = spellings[vowel];
    return here ? word.toLowerCase().slice(here.end) : '';
  };
  const row = (consonant: string): Readonly<Record<Column, string>> | undefined => {
    const symbol = consonant === 'V' && !style.vu ? 'B' : consonant;
    return kana.consonants[symbol];
  };
  let out = '';
  let vowelIndex = 0;
  for (let i = 0; i < phones.length; i++) {
    const phone = phones[i] as Phone;
    const next = phones[i + 1];
    if (isVowel(phone)) {
      out += vowelKana(phones, i, letters[vowelIndex], row(''), kana, word);
      vowelIndex++;
      continue;
    }
    const symbol = phone.symbol;
    // An r after a vowel that no vowel follows is written with the vowel (Ford → フォード, Moore → ムーア).
    if (symbol === 'R' && isVowel(phones[i - 1]) && !isVowel(next)) continue;
    // An h no vowel follows is not heard.
    if (symbol === 'HH' && !isVowel(next) && next?.symbol !== 'Y' && next?.symbol !== 'W') continue;
    // m before b, p or f is ン (Thompson → トンプソン, Campbell → キャンベル, Memphis → メンフィス).
    if (symbol === 'M' && (next?.symbol === 'B' || next?.symbol === 'P' || next?.symbol === 'F')) {
      out += 'ン';
      continue;
    }
    // ng before k or g is ン (Duncan → ダンカン), as is a final ng of a short word in ang or eng, a Chinese name (Chang → チャン).
    if (symbol === 'NG' && (next?.symbol === 'K' || next?.symbol === 'G' || (next === undefined && word.length <= 6 && /[ae]ng$/i.test(word)))) {
      out += 'ン';
      continue;
    }
    // ng before a vowel: ン and a g (Singer → シンガー).
    if (symbol === 'NG' && isVowel(next)) {
      out += 'ン';
      out += vowelKana(phones, i + 1, letters[vowelIndex], row('G'), kana, word);
      vowelIndex++;
      i++;
      continue;
    }
    const own = row(symbol);
    if (!own) continue;
    // A consonant with y and u or o after it: one mora (キュー of K Y UW, ヒュー of HH Y UW).
    if (next?.symbol === 'Y' && symbol !== 'Y' && isVowel(phones[i + 2])) {
      const after = phones[i + 2] as Phone;
      if (after.symbol === 'UW' || after.symbol === 'UH' || after.symbol === 'OW' || after.symbol === 'AO') {
        out += after.symbol === 'OW' || after.symbol === 'AO' ? own.yo : own.yu;
        if (longVowel(phones, i + 2, letters[vowelIndex], word)) out += 'ー';
        vowelIndex++;
        i += 2;
        continue;
      }
      // Before another vowel the y is an イ of the consonant (William → ウィリアム, Daniel → ダニエル).
      out += own.i;
      i++;
      continue;
    }
    // A stop or s spelt doubled after a short vowel, or a stop after the short u of Booker, Woodward: ッ (not the ck of -ckson: Jackson).
    const after = lettersAfter(vowelIndex - 1);
    if (
      isVowel(phones[i - 1]) &&
      next !== undefined &&
      !geminated(phones, i, word) &&
      (((DOUBLED[symbol]?.test(after) ?? false) && after !== 'ckson') || (phones[i - 1]?.symbol === 'UH' && /^[KDTP]$/.test(symbol)))
    )
      out += 'ッ';
    if (isVowel(next)) {
      out += vowelKana(phones, i + 1, letters[vowelIndex], own, kana, word);
      vowelIndex++;
      i++;
      continue;
    }
    // t and s no vowel follows are ツ (Roberts → ロバーツ, Gates → ゲイツ); d and z ズ (Edwards → エドワーズ).
    if ((symbol === 'T' && next?.symbol === 'S') || (symbol === 'D' && next?.symbol === 'Z')) {
      out += geminated(phones, i, word) ? 'ッ' : '';
      out += symbol === 'T' ? 'ツ' : 'ズ';
      i++;
      continue;
    }
    // ch after a short vowel and before a consonant closes the syllable: ッチ (Richland → リッチランド, Richmond → リッチモンド).
    if (geminated(phones, i, word) || (symbol === 'CH' && SHORT.has(phones[i - 1]?.symbol ?? '') && next !== undefined)) out += 'ッ';
    // A final z after n is ス (Hopkins → ホプキンス, Evans → エバンス).
    // A final z spelt ns or after a schwa spelt s is ス (Hopkins → ホプキンス, Lukas → ルーカス; Jones → ジョーンズ).
    const finalS = /ng?s$/i.test(word) ? /^NG?$/.test(phones[i - 1]?.symbol ?? '') : /[aiou]s$/i.test(word) && phones[i - 1]?.stress === 0;
    // A final z spelt z is ツ after l or r (Holz → ホルツ), ス after e (Gomez → ゴメス).
    if (symbol === 'Z' && next === undefined && /[lr]z$/i.test(word)) out += 'ツ';
    else if (symbol === 'Z' && next === undefined && (finalS || /ez$/i.test(word))) out += row('S')?.bare ?? '';
    else out += own.bare;
  }
  return out;
}

/** A stop no vowel follows, at the end of the word (or before a final s or z only), after a short vowel: ッ (Talbot, Alex → アレックス). */
function geminated(phones: readonly Phone[], i: number, word: string): boolean {
  const phone = phones[i];
  const previous = phones[i - 1];
  if (!phone || !STOPS.has(phone.symbol) || !previous || !isVowel(previous) || !SHORT.has(previous.symbol)) return false;
  const rest = phones.slice(i + 1).map((p) => p.symbol);
  // Not the k of -ics after an unstressed i (Logistics → ロジスティクス; Eric → エリック), nor a stop spelt with an h (Parikh → パリク).
  if (rest.length === 0 && /[kdtg]h$/i.test(word)) return false;
  if (rest.length === 1 && phone.symbol === 'K' && previous.symbol === 'IH' && previous.stress === 0) return false;
  return rest.length === 0 || (rest.length === 1 && (rest[0] === 'S' || rest[0] === 'Z'));
}

/**
 * Whether the vowel at i is written long: a stressed IY, UW, OW, AO or ER (Peter → ピーター, Moore → ムーア), an ER or a
 * final IY, UW unstressed too (Parker → パーカー, Murphy → マーフィー; not after t or d: Andy → アンディ), never before another vowel.
 */
function longVowel(phones: readonly Phone[], i: number, letters?: string, word = ''): boolean {
  const phone = phones[i] as Phone;
  const next = phones[i + 1];
  if (isVowel(next)) return false;
  // Doubled vowel letters are long whatever the stress (Haas → ハース).
  if (letters !== undefined && /^(?:aa|ee|oo)$/.test(letters) && phone.symbol !== 'UH') return true;
  const final = i === phones.length - 1;
  switch (phone.symbol) {
    case 'ER':
      return !isVowel(next) && !(next?.symbol === 'R' && isVowel(phones[i + 2]));
    case 'IY':
    case 'UW':
      // An i said ee is a reading of other languages, short in katakana (Lisa → リサ, Amin → アミン, Modi → モディ).
      if (letters === 'i') return false;
      if (final) return phone.symbol === 'UW' || !['T', 'D'].includes(phones[i - 1]?.symbol ?? '');
      return phone.stress !== 0;
    case 'OW':
    case 'AO':
      // A final o is short but where spelt ow, oe or ough (Cisco → シスコ, Idaho → アイダホ; Monroe → モンロー, Goodfellow);
      // elsewhere long only under the primary stress and before no other (Colette → コレット).
      if (final) return /(?:ow|oe|ough|eau|aw|au)$/i.test(word);
      if (phone.stress === 0 || phones.slice(i + 1).some((p) => p.stress === 1)) return false;
      // A lone o is short but before a magic e or ld (Gomez → ゴメス, Tony → トニー, Roman → ロマン; Stone → ストーン, Jones →
      // ジョーンズ, Holden → ホールデン).
      return letters !== 'o' || /o[^aeiouy]es?$|old/i.test(word);
    default:
      return false;
  }
}

/** The kana of the vowel at i with the consonant row before it (row('') for none). */
function vowelKana(
  phones: readonly Phone[],
  i: number,
  letters: string | undefined,
  consonant: Readonly<Record<Column, string>> | undefined,
  kana: ArpabetKatakana,
  word: string,
): string {
  const phone = phones[i] as Phone;
  const next = phones[i + 1];
  const stressed = (phone.stress ?? 0) > 0;
  const previous = phones[i - 1]?.symbol ?? '';
  const rBefore = next?.symbol === 'R' && !isVowel(phones[i + 2]);
  let vowels = kana.vowels[phone.symbol] ?? 'a';
  // Vowels English says many ways follow their letters: the schwa, o said ア (John → ジョン), ER before a vowel (Cameron).
  const spelled = spelledVowel(letters);
  if (spelled !== undefined) {
    // The schwa of a final consonant and le is ウ (Google → グーグル, Temple → テンプル).
    if (phone.symbol === 'AH' && next?.symbol === 'L' && phones.length - i <= 3 && /[^aeiouy]les?$/i.test(word)) vowels = 'u';
    // A final all is オール (Kendall → ケンドール).
    else if (phone.symbol === 'AH' && next?.symbol === 'L' && i + 2 === phones.length && /all$/i.test(word)) vowels = 'o';
    else if (phone.symbol === 'AH' || (phone.symbol === 'ER' && next?.symbol === 'R')) vowels = spelled;
    else if (phone.symbol === 'AA' && spelled === 'o') vowels = 'o';
    else if (((phone.symbol === 'IH' && phone.stress !== 1) || (phone.symbol === 'IY' && phone.stress === 0)) && letters === 'e') vowels = 'e';
    // EH spelt a before an r and a vowel is ア (Harris → ハリス, Sarah → サラ; Delaware → デラウェア).
    else if (phone.symbol === 'EH' && spelled === 'a' && next?.symbol === 'R' && isVowel(phones[i + 2])) vowels = 'a';
  }
  // An ar after w is ワー (Warner → ワーナー, Woodward → ウッドワード), an unstressed or before rd or rt オー (Clifford →
  // クリフォード), an ao アオ (Rao → ラオ), an EY spelt e エ (Pedro → ペドロ).
  if (phone.symbol === 'AO' && previous === 'W' && letters === 'a' && next?.symbol === 'R') vowels = 'a';
  if (phone.symbol === 'ER' && letters === 'o' && /or[dt]/i.test(word)) vowels = 'o';
  if (phone.symbol === 'AW' && letters === 'ao') vowels = 'ao';
  if (phone.symbol === 'EY' && letters === 'e') vowels = 'e';
  // An unstressed EY is エ but at the end (Estevez → エステベス; Sanjay → サンジェイ).
  if (phone.symbol === 'EY' && !stressed && i + 1 < phones.length) vowels = 'e';
  // The EY of -ation and -ator is エー (Constellation → コンステレーション, Operator → オペレーター).
  const rest = phones
    .slice(i + 1)
    .map((p) => p.symbol)
    .join(' ');
  const ationLong = phone.symbol === 'EY' && stressed && (rest === 'SH AH N' || rest === 'T ER');
  if (ationLong) vowels = 'e';
  const first = vowels.charAt(0) as 'a' | 'i' | 'u' | 'e' | 'o';
  let written = consonant?.[first] ?? '';
  // A u, ew or ue said oo after t, d or n is ユ as English once said it (New → ニュー, Institute → インスティテュート, Duke → デューク).
  if (phone.symbol === 'UW' && ['T', 'D', 'N'].includes(previous) && /^(?:u|ew|ue|eu)$/.test(letters ?? '')) written = consonant?.yu ?? written;
  // An ew after r or l is リュ (Andrew → アンドリュー, Drew → ドリュー).
  if (phone.symbol === 'UW' && ['R', 'L'].includes(previous) && letters === 'ew') written = consonant?.yu ?? written;
  const second = vowels.slice(1);
  if (second !== '') written += kana.consonants['']?.[second as Column] ?? '';
  let long = longVowel(phones, i, letters, word);
  // AO is long where its letters are not a lone o (Paul → ポール, Walker → ウォーカー; Boston → ボストン, Morris → モリス).
  if (phone.symbol === 'AO' && letters === 'o') long = false;
  if (rBefore) {
    // A final ore, oor, oar is オア (Whitmore → ウィットモア, Gore → ゴア), as is our (Moore, Gilmour).
    if (first === 'o' && i + 2 === phones.length && /(?:ore|oor|oore|oar|our|oure)$/i.test(word)) return written + 'ア';
    // A vowel before an r that ends the syllable: アー, オー; エア, イア, ウア (Claire → クレア, Moore → ムーア).
    if (first === 'a' || first === 'o') long = second === '';
    if (second === '' && (first === 'e' || first === 'i' || first === 'u')) return written + (first === 'u' ? 'ーア' : 'ア');
    if (second !== '') return written + 'ア';
  }
  if (
    (phone.symbol === 'ER' && next?.symbol !== 'R') ||
    ationLong ||
    (vowels === 'o' && phone.symbol === 'AH' && /all$/i.test(word) && i + 2 === phones.length)
  )
    long = true;
  return written + (long && second === '' ? 'ー' : '');
}
