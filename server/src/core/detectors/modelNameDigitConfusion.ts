/**
 * Model names with a letter heard or typed as a digit: "01" for o1, "GPT-40" for GPT-4o. Only where the
 * model's maker is part of the story and the words around speak of a model.
 */
import { displayName, type DetectorContext } from '../context';
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import { nameIndexOf } from '../nameIndex';
import { isLatinWordChar } from '../text';
import type { Finding } from '../types';
import type { Detector } from './detector';
import { t } from '../l10n';

const CODE = 'model-name-digit-confusion';
// Letters a recogniser or a typist confuses with digits.
const CONFUSABLE: Record<string, string> = { o: '0', O: '0', l: '1', I: '1' };
const MODEL_WORDS = /モデル|model|リリース|公開|発表|推論|バージョン|version/i;
const NEARBY = 40;
// "01回", "03番": a number with a counter is a number.
const COUNTERS = /[回番号年月日時分秒位章条項部巻話期次週歳人件個枚台本冊％%]/;

interface ConfusedForm {
  readonly written: string;
  readonly name: string;
  readonly entityId: string;
}

const cache = new WeakMap<DetectorContext['kb'], readonly ConfusedForm[]>();

export const modelNameDigitConfusion: Detector = {
  code: CODE,
  description: 'Model names with a letter written as a digit (01 → o1, GPT-40 → GPT-4o), where the maker is in the story.',
  detect(doc, context) {
    const text = doc.flow.text;
    const findings: Finding[] = [];
    for (const form of confusedForms(context)) {
      const entity = context.kb.get(form.entityId);
      if (!entity) continue;
      const makerNamed = [...context.kb.relatedTo(entity.id)].some((id) => context.evidence.has(id));
      if (!makerNamed && !context.evidence.has(entity.id)) continue;
      for (let at = text.indexOf(form.written); at >= 0; at = text.indexOf(form.written, at + 1)) {
        const end = at + form.written.length;
        // Dates, times, versions and list numbers ("2025-01", "No.01", "1.01") are digits on purpose.
        if (/[0-9A-Za-z.\-/:：第]/.test(text[at - 1] ?? '') || isLatinWordChar(text[end] ?? '') || /[.:/]/.test(text[end] ?? '')) continue;
        if (COUNTERS.test(text[end] ?? '')) continue;
        const around = text.slice(Math.max(0, at - NEARBY), end + NEARBY);
        if (!MODEL_WORDS.test(around)) continue;
        const confidence = 0.7 + (context.evidence.has(entity.id) ? 0.1 : 0) + (makerNamed ? 0.1 : 0);
        findings.push(
          makeFinding({
            code: CODE,
            range: flowRange(doc.flow, at, end),
            message: t('「{0}」 is probably the model {1}, with a letter written as a digit', form.written, form.name),
            confidence,
            explanation: {
              problem: t('Probably {0}: {1}', displayName(entity), entity.description),
              reasons: [
                t('「{0}」 differs from 「{1}」 only by a letter written as a look-alike digit.', form.written, form.name),
                makerNamed ? t('Its maker is named in this document, and the sentence speaks of a model.') : t('The sentence speaks of a model.'),
              ],
            },
            replacements: [form.name],
            entityId: entity.id,
          }),
        );
      }
    }
    return findings;
  },
};

function confusedForms(context: DetectorContext): readonly ConfusedForm[] {
  let forms = cache.get(context.kb);
  if (!forms) {
    forms = nameIndexOf(context.kb)
      .latin.filter((name) => ['model', 'product', 'chip'].includes(context.kb.get(name.entityId)?.type ?? ''))
      .flatMap((name) => {
        // Only letters next to a digit or standing alone are confused ("o1", "4o"), not those inside words.
        const written = name.text.replace(/(?<![A-Za-z])[oOlI](?=[0-9])|(?<=[0-9])[oOlI](?![A-Za-z])/g, (ch) => CONFUSABLE[ch] ?? ch);
        return written === name.text ? [] : [{ written, name: name.text, entityId: name.entityId }];
      });
    cache.set(context.kb, forms);
  }
  return forms;
}
