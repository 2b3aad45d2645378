/**
 * Whether a katakana word reads like an English name: both reduced to their consonants as Japanese hears
 * them (l and r one sound, v as b, th as s, f and h close, an r after a vowel silent as in ムーアヘッド),
 * then compared. Rough by design: it tells a rendering (Moorhead ↔ ムーアヘッド) from a word of another
 * sound (Moorhead ↔ モアハウス), never which of two renderings is right.
 */
import { katakanaToRomaji } from '../text';
import { editSimilarity } from '../similarity';

const VOWEL = /[aeiouy]/;

function consonants(sounds: string, rHeard = false): string {
  let key = '';
  for (let i = 0; i < sounds.length; i++) {
    const c = sounds[i] ?? '';
    if (VOWEL.test(c)) continue;
    // An r after a vowel and before a consonant or at the end is not heard (Sundar ↔ サンダー), unless read as Italian or
    // Spanish names are (Arcuri ↔ アルクーリ).
    if (!rHeard && c === 'r' && VOWEL.test(sounds[i - 1] ?? '') && !VOWEL.test(sounds[i + 1] ?? '')) continue;
    if (key.endsWith(c)) continue;
    key += c;
  }
  return key;
}

/**
 * What renderings differ in besides (used to tell a rendering from a name of like sound, not for the rough
 * similarity): silent letters, a y after a consonant, ds as ズ, a nasal before another consonant, the voicing of
 * the last consonant, ッチ for tch and ホワ for wh.
 */
function finerEnglish(word: string, hHeard = false): string {
  return (
    word
      // A final silent e after a consonant (Whitmore ↔ ウィットモア) and a final b after m (Whitcombe ↔ ウィットコム) are not heard.
      .replace(/([^aeiouy])e$/, '$1')
      .replace(/mb$/, 'm')
      .replace(/wh/g, 'w')
      // A y after a consonant is a vowel (Gregory ↔ グレゴリー, Sunnyvale ↔ サニーベール).
      .replace(/([^aeiou])y/g, '$1i')
      // An h after a vowel, at the end or before l or n, is not heard (Dahle ↔ ダーレ, John ↔ ジョン; Ahmad ↔ アフマド keeps it).
      // Heard before n in names of Arabic (Tahnoon ↔ タフヌーン, タハヌーン): soundsAsRendered tries it both ways.
      .replace(hHeard ? /([aeiou])h(?=l|$)/g : /([aeiou])h(?=[ln]|$)/g, '$1')
      // ds is ズ (Edwards ↔ エドワーズ, Lordstown ↔ ローズタウン).
      .replace(/ds/g, 's')
  );
}

/** The consonants of an English word as Japanese would write them (finer: see finerEnglish). */
export function englishSoundKey(word: string, finer = false, rHeard = false, hHeard = false): string {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '');
  const sounds = (finer ? finerEnglish(letters, hHeard) : letters)
    .replace(/sch/g, 's')
    .replace(/ch/g, 'C')
    .replace(/ph/g, 'f')
    .replace(/th/g, 's')
    .replace(/sh/g, 's')
    .replace(/gh/g, '')
    .replace(/ck/g, 'k')
    .replace(/qu/g, 'k')
    // A q without u is a k too, as Arabic names write it (Tareq ↔ タレク, Qatar ↔ カタール, Iraq ↔ イラク).
    .replace(/q/g, 'k')
    .replace(/[tds]z|ts/g, 't')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/j/g, 'g')
    .replace(/[wy]/g, '')
    // An l is heard (Gelsinger ↔ ゲルシンガー) where an r after a vowel is not: told apart until the r is dropped.
    .replace(/l/g, 'L')
    .replace(/v/g, 'b')
    .replace(/f/g, 'h')
    .replace(/z/g, 's');
  if (!finer) return consonants(consonants(sounds, rHeard).replace(/L/g, 'r'), rHeard);
  return devoicedLast(consonants(consonants(withoutNasals(sounds), rHeard).replace(/L/g, 'r'), rHeard));
}

/** A nasal before another consonant (Denmark ↔ デンマーク, Memphis ↔ メンフィス): renderings differ in it, so neither finer key keeps it. */
function withoutNasals(sounds: string): string {
  return sounds.replace(/[nm](?=[^aeiouyLr])/g, '');
}

/** The voicing of the last consonant, which renderings differ in too (Townsend ↔ タウンゼント, Freiburg ↔ フライブルク). */
function devoicedLast(key: string): string {
  const devoiced: Record<string, string> = { d: 't', g: 'k', b: 'p' };
  const last = key.slice(-1);
  return key.slice(0, -1) + (devoiced[last] ?? last);
}

/** The consonants of a katakana word, in the same terms. */
export function katakanaSoundKey(katakana: string, finer = false): string {
  const romaji = katakanaToRomaji(katakana);
  // ッチ is a ch as tch is (Richland ↔ リッチランド); ホワ writes the wh of White as ウィ writes that of Whitmore.
  const sounds = (finer ? romaji.replace(/tch/g, 'ch').replace(/howa/g, 'wa') : romaji)
    .replace(/tsu?/g, 't')
    .replace(/sh/g, 's')
    .replace(/ch/g, 'C')
    .replace(/j/g, 'g')
    .replace(/n(?=[bpm])/g, 'm')
    .replace(/dz|z/g, 's')
    .replace(/[wy]/g, '')
    .replace(/l/g, 'r')
    .replace(/v/g, 'b')
    .replace(/f/g, 'h');
  return finer ? devoicedLast(consonants(withoutNasals(sounds))) : consonants(sounds);
}

/** Whether a katakana word has the consonants of the English one, as renderings of it do (Whitmore ↔ ウィットモア, not ホイットマン). */
export function soundsAsRendered(english: string, katakana: string): boolean {
  const a = englishSoundKey(english, true);
  const written = katakanaSoundKey(katakana, true);
  // A name read with every r heard, as Italian and Spanish names are (Arcuri ↔ アルクーリ, Ferrari ↔ フェラーリ).
  if (a === '') return false;
  if (a === written || englishSoundKey(english, true, true) === written) return true;
  // An h after a vowel before n, silent in English names (John ↔ ジョン), heard in Arabic ones (Tahnoon ↔ タフヌーン).
  return /[aeiou]hn/i.test(english) && englishSoundKey(english, true, false, true) === written;
}

/** 0..1: how well a katakana word reads as the English one (rHeard: with every r heard, as Italian and Malay names have it). */
export function transliterationSimilarity(english: string, katakana: string, rHeard = false): number {
  const a = englishSoundKey(english, false, rHeard);
  const b = katakanaSoundKey(katakana);
  if (a === '' || b === '') return 0;
  return editSimilarity(a, b);
}
