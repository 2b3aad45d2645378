/**
 * A Latin name written again straight after itself ("OpenAIOpenAI", "Ilya Sutskever Ilya Sutskever"): speech
 * recognition and copy-paste stutters. Only names the knowledge base knows count, so that English prose
 * quoted in the text ("that that") is never taken for a stutter.
 */
import type { KnowledgeBase } from './knowledge/knowledgeBase';
import { nameIndexOf } from './nameIndex';
import { isLatinWordChar, isLatinWordCode } from './text';

export interface LatinStutter {
  /** Where the first copy starts. */
  readonly start: number;
  readonly name: string;
  /** '' or ' ' between the copies. */
  readonly separator: string;
  readonly copies: number;
}

const byFirstWord = new WeakMap<KnowledgeBase, ReadonlyMap<string, readonly string[]>>();

/** Known Latin names of three letters or more, by their first word, longest first. */
function namesByFirstWord(kb: KnowledgeBase): ReadonlyMap<string, readonly string[]> {
  let map = byFirstWord.get(kb);
  if (!map) {
    const grouped = new Map<string, string[]>();
    for (const { text } of nameIndexOf(kb).latin) {
      if (text.length < 3) continue;
      const key = firstWord(text, 0);
      // Pushed, not copied with each name added: a first word many names share was copied once per name.
      const group = grouped.get(key);
      if (group) group.push(text);
      else grouped.set(key, [text]);
    }
    for (const names of grouped.values()) names.sort((a, b) => b.length - a.length);
    map = grouped;
    byFirstWord.set(kb, map);
  }
  return map;
}

/** The letters and digits from `at` on, lower-cased: the key names are grouped by. */
function firstWord(text: string, at: number): string {
  let end = at;
  while (end < text.length && isLatinWordChar(text[end] ?? '')) end++;
  return text.slice(at, end).toLowerCase();
}

/** Every known Latin name written two or more times in a row in `text`. */
export function latinStutters(text: string, kb: KnowledgeBase): LatinStutter[] {
  const names = namesByFirstWord(kb);
  const found: LatinStutter[] = [];
  for (let at = 0; at < text.length; at++) {
    if (!isLatinWordCode(text.charCodeAt(at)) || isLatinWordCode(text.charCodeAt(at - 1))) continue;
    const stutter = stutterAt(text, at, names);
    if (stutter) {
      found.push(stutter);
      at += stutter.copies * (stutter.name.length + stutter.separator.length) - 1;
    }
  }
  return found;
}

function stutterAt(text: string, at: number, names: ReadonlyMap<string, readonly string[]>): LatinStutter | undefined {
  const word = firstWord(text, at);
  // A name's first word may be glued to the copy before it ("SutskeverIlya"): try every prefix of the word.
  for (let length = word.length; length >= 1; length--) {
    for (const name of names.get(word.slice(0, length)) ?? []) {
      if (!text.startsWith(name, at)) continue;
      for (const separator of ['', ' ']) {
        let copies = 1;
        while (text.startsWith(separator + name, at + copies * (name.length + separator.length) - separator.length)) copies++;
        const end = at + copies * (name.length + separator.length) - separator.length;
        // The last copy ends the name: "OpenAI OpenAI Japan" may be two names, and "GPTGPT-4" is no stutter of GPT.
        const after = text[end] ?? '';
        if (copies >= 2 && !isLatinWordChar(after) && after !== '-' && !(after === ' ' && isLatinWordChar(text[end + 1] ?? ''))) {
          return { start: at, name, separator, copies };
        }
      }
    }
  }
  return undefined;
}
