/** Spellings of known names prepared for fuzzy comparison, built once per knowledge base. */
import type { KnowledgeBase } from './knowledge/knowledgeBase';
import { isKatakana, katakanaToRomaji, NAME_SEPARATORS, scriptOf } from './text';

export interface LatinName {
  readonly entityId: string;
  readonly text: string;
  /** Lower case, letters and digits only: "Open AI" and "OpenAI" compare alike. */
  readonly squashed: string;
  /** As it is spoken: acronyms spelled out letter by letter ("openayeye" for OpenAI). */
  readonly spoken: string;
}

export interface KatakanaName {
  readonly entityId: string;
  readonly text: string;
  readonly romaji: string;
  /** For a person written "サム・アルトマン": the parts, so a garbled surname can be matched on its own. */
  readonly parts: readonly { readonly text: string; readonly romaji: string }[];
}

export interface NameIndex {
  readonly latin: readonly LatinName[];
  /** Latin names by their first letter: a garble keeps the onset of the name it garbles. */
  readonly latinByInitial: ReadonlyMap<string, readonly LatinName[]>;
  readonly latinSquashed: ReadonlySet<string>;
  /** Each word of a known name of several words, lower case: "brian" of Brian Chesky is spelled right. */
  readonly latinWords: ReadonlySet<string>;
  readonly katakana: readonly KatakanaName[];
}

// How each letter is said when an acronym is read aloud: "AI" sounds like "ay eye".
const LETTER_NAMES: Record<string, string> = {
  a: 'ay',
  b: 'bee',
  c: 'see',
  d: 'dee',
  e: 'ee',
  f: 'ef',
  g: 'gee',
  h: 'aitch',
  i: 'eye',
  j: 'jay',
  k: 'kay',
  l: 'el',
  m: 'em',
  n: 'en',
  o: 'oh',
  p: 'pee',
  q: 'cue',
  r: 'ar',
  s: 'es',
  t: 'tee',
  u: 'you',
  v: 'vee',
  w: 'doubleyou',
  x: 'ex',
  y: 'why',
  z: 'zee',
};

export function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Spoken form of a written name: runs of capitals (AI, GPT) are spelled out, words are kept. */
export function spokenForm(text: string): string {
  return text
    .replace(/[A-Z]{2,}(?![a-z])/g, (acronym) => [...acronym.toLowerCase()].map((ch) => LETTER_NAMES[ch] ?? ch).join(''))
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const cache = new WeakMap<KnowledgeBase, NameIndex>();

export function nameIndexOf(kb: KnowledgeBase): NameIndex {
  let index = cache.get(kb);
  if (!index) {
    index = buildNameIndex(kb);
    cache.set(kb, index);
  }
  return index;
}

function buildNameIndex(kb: KnowledgeBase): NameIndex {
  const latin: LatinName[] = [];
  const katakana: KatakanaName[] = [];
  for (const surface of kb.surfaces) {
    const script = scriptOf(surface.text);
    if (script === 'latin') {
      latin.push({ entityId: surface.entityId, text: surface.text, squashed: squash(surface.text), spoken: spokenForm(surface.text) });
    } else if (script === 'katakana' && [...surface.text].some(isKatakana)) {
      const parts = splitNameParts(surface.text).map((part) => ({ text: part, romaji: katakanaToRomaji(part) }));
      katakana.push({ entityId: surface.entityId, text: surface.text, romaji: katakanaToRomaji(surface.text), parts });
    }
  }
  return indexOfNames({ latin, katakana });
}

/** The names of an index, what the rest of it is made from: what the build keeps of it (derivedData.ts). */
export interface IndexedNames {
  readonly latin: readonly LatinName[];
  readonly katakana: readonly KatakanaName[];
}

/** The index of names prepared already (see buildNameIndex). */
function indexOfNames({ latin, katakana }: IndexedNames): NameIndex {
  const latinByInitial = new Map<string, LatinName[]>();
  for (const name of latin) {
    const initial = name.squashed[0] ?? '';
    const group = latinByInitial.get(initial);
    if (group) group.push(name);
    else latinByInitial.set(initial, [name]);
  }
  const latinWords = new Set(
    latin.flatMap((n) =>
      n.text
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((word, _, words) => words.length > 1 && word.length > 0),
    ),
  );
  return { latin, latinByInitial, latinSquashed: new Set(latin.map((n) => n.squashed)), latinWords, katakana };
}

/**
 * Takes a knowledge base's names prepared at build time (derivedData.ts) instead of preparing them at first
 * use (their romaji and parts, ~80 ms of a cold start); they are what buildNameIndex prepares for it.
 */
export function useNameIndex(kb: KnowledgeBase, names: IndexedNames): void {
  if (!cache.has(kb)) cache.set(kb, indexOfNames(names));
}

export function splitNameParts(text: string): string[] {
  return [...text]
    .reduce<string[]>(
      (parts, ch) => {
        if (NAME_SEPARATORS.has(ch)) parts.push('');
        else parts[parts.length - 1] += ch;
        return parts;
      },
      [''],
    )
    .filter((part) => part.length > 0);
}

const knownWords = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

/** Every katakana spelling of a name in the knowledge base, and each part of a dotted one (フェイフェイ). */
export function knownKatakanaWords(kb: KnowledgeBase): ReadonlySet<string> {
  let words = knownWords.get(kb);
  if (!words) {
    words = new Set(nameIndexOf(kb).katakana.flatMap((name) => [name.text, ...name.parts.map((p) => p.text)]));
    knownWords.set(kb, words);
  }
  return words;
}
