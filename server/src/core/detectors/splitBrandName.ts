/**
 * Brand names written as two words ("Open AI", "Deep Seek") or with a particle slipped into them
 * by translation ("チャットでGPT" for ChatGPT).
 */
import { displayName, type DetectorContext } from '../context';
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import { nameIndexOf } from '../nameIndex';
import { escapeRegExp, isKatakana, isLatinWordChar, scriptOf } from '../text';
import type { Finding } from '../types';
import type { Detector } from './detector';
import { t } from '../l10n';

const CODE = 'split-brand-name';
// Only particles that cannot join two nouns in a sentence: "チャットとGPT" (chat and GPT) is ordinary Japanese.
const PARTICLES = 'での';

interface SplitForm {
  readonly pattern: RegExp;
  /** What every match starts with: a text without it is not searched with the pattern. */
  readonly head: string;
  readonly entityId: string;
  readonly name: string;
  /** How the name was broken: into two words at its capitals, or by a particle inside it. */
  readonly split: 'words' | 'particle';
}

const cache = new WeakMap<DetectorContext['kb'], readonly SplitForm[]>();

export const splitBrandName: Detector = {
  code: CODE,
  description: 'Brand names split into words or with a particle inside (Open AI → OpenAI, チャットでGPT → ChatGPT).',
  detect(doc, context) {
    const text = doc.flow.text;
    const findings: Finding[] = [];
    for (const form of splitForms(context)) {
      if (!text.includes(form.head)) continue;
      for (const match of text.matchAll(form.pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        if (isLatinWordChar(text[start - 1] ?? '') || isLatinWordChar(text[end] ?? '')) continue;
        if (isKatakana(match[0][0] ?? '') && isKatakana(text[start - 1] ?? '')) continue;
        const entity = context.kb.get(form.entityId);
        if (!entity) continue;
        const affinity = context.affinity(entity.id);
        // The whole brand, never one of its short names: "R1" for a DeepSeek-R1 would drop a word.
        const replacement = context.mostUsedSpelling(entity.id, (s) => scriptOf(s) === scriptOf(form.name) && s.length >= form.name.length) ?? form.name;
        findings.push(
          makeFinding({
            code: CODE,
            range: flowRange(doc.flow, start, end),
            message:
              form.split === 'words'
                ? t('「{0}」 is the brand name 「{1}」 split into two words', match[0], replacement)
                : t('「{0}」 is the brand name 「{1}」 with a particle translated into its middle', match[0], replacement),
            confidence: 0.7 + 0.15 * affinity,
            explanation: {
              problem: t('{0} is written as one word.', displayName(entity)),
              reasons: [
                form.split === 'words'
                  ? t('「{0}」 is 「{1}」 split into two words.', match[0], form.name)
                  : t('「{0}」 is 「{1}」 with a particle translated into its middle.', match[0], form.name),
                t('Speech recognition and machine translation often split brand names at their capitals or translate half of them.'),
              ],
            },
            replacements: [replacement],
            entityId: entity.id,
          }),
        );
      }
    }
    return findings;
  },
};

function splitForms(context: DetectorContext): readonly SplitForm[] {
  let forms = cache.get(context.kb);
  if (!forms) {
    forms = buildSplitForms(context);
    cache.set(context.kb, forms);
  }
  return forms;
}

function buildSplitForms(context: DetectorContext): SplitForm[] {
  const known = new Set(context.kb.surfaces.map((s) => s.text.toLowerCase()));
  const forms: SplitForm[] = [];
  for (const name of nameIndexOf(context.kb).latin) {
    // "DeepSeek" → "Deep" + "Seek", "OpenAI" → "Open" + "AI": split where a new capitalised part begins.
    const parts = name.text.match(/^([A-Z][a-z]+)([A-Z][A-Za-z]*)$/);
    if (!parts?.[1] || !parts[2] || parts[2].length < 2) continue;
    if (known.has(`${parts[1]} ${parts[2]}`.toLowerCase())) continue;
    forms.push({
      pattern: new RegExp(`${escapeRegExp(parts[1])}[ \u3000\u30fb-]${escapeRegExp(parts[2])}`, 'g'),
      head: parts[1],
      entityId: name.entityId,
      name: name.text,
      split: 'words',
    });
  }
  for (const surface of context.kb.surfaces) {
    // "チャットGPT" → "チャットでGPT": a particle between the katakana and the Latin half. When the katakana half is
    // a name of its own, "エヌビディアのH100" is NVIDIA's H100, ordinary Japanese.
    const parts = surface.text.match(/^([\u30A0-\u30FF]{2,})([A-Za-z][A-Za-z0-9-]+)$/);
    if (!parts?.[1] || !parts[2] || known.has(parts[1].toLowerCase())) continue;
    forms.push({
      pattern: new RegExp(`${escapeRegExp(parts[1])}[${PARTICLES}]${escapeRegExp(parts[2])}`, 'g'),
      head: parts[1],
      entityId: surface.entityId,
      name: context.kb.get(surface.entityId)?.en ?? surface.text,
      split: 'particle',
    });
  }
  return forms;
}
