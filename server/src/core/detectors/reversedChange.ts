/**
 * A change said the wrong way round: 「3倍に下落」 (a fall to three times), 「3分の1に増加」 (a rise to a third).
 * A multiple above one goes with a rise and a fraction with a fall; machine translation and speech
 * recognition swap 上昇/下落, 増加/減少 (an English "rose"/"fell" heard or rendered wrong), and the number
 * beside the verb says which way the figure went.
 *
 * Contract: 「N倍に」 (N above one) right before a verb or noun of falling (下落, 減少, 低下, 縮小, 減った…), or
 * 「N分の1に」 right before one of rising (上昇, 増加, 拡大, 増えた…): the verb is flagged, with its opposite as
 * the fix, in the same inflected form; a warning, since the number may be what slipped. A noun of change that heads a compound
 * (減少幅, 下落率: the size of a fall, which can be three times another) is not a verb of it.
 * Two cues of the sentence itself, each information (the cue may be about another figure than the change):
 * - 「前年同期比78%減」 in a sentence, or right after one, that calls the quarter or the sales a record (記録的な四半期,
 *   売上高は過去最高; right after one only when it speaks of no part, 部門 or 向け, whose figure the whole's record
 *   does not bind): a record is above every earlier period, so the 減 is flagged with 増 as the fix; never in a
 *   sentence about profit or loss (利益, 赤字) or that turns (一方, しかし), where a record and a fall are two figures;
 * - 「過去最低の数字であり、…赤字からの転換」: a turnaround from losses is a record high, not a low (過去最高 as the fix);
 * - 「需要は…供給能力を下回っており、…制約が続いている」: demand below supply leaves nothing short, so 下回っ is flagged
 *   with 上回っ as the fix when the sentence says supply is constrained or short (制約, 不足, 逼迫, 追いつかない);
 * - 「8ドル前後だったのが、今は2ドル前後まで上がって」: a figure that goes from one value to another in the same unit
 *   (から, だったのが … まで, へ, に) right before a verb of change that says the other way: the verb is flagged with its
 *   opposite, information (it reads the numbers, not the source). A sign is part of the figure (マイナス2%から1%に上昇);
 *   spans of time (2023年から2024年に), ranks (10位から3位に上昇) and exchange rates (1ドル150円から140円に上昇, 円相場)
 *   are left alone. The size of the change may stand between (「100億ドルから80億ドルとなり、20%増」, 「…に3割増加」). A from/to of multiples (PERは30倍から20倍に低下) is no 「N倍に下落」 either;
 * - 「輸出は過去最低を記録した。AI向けメモリーがけん引した」: a record low of a figure that is good when high (sales,
 *   exports, shipments, demand) in a sentence, or before the next one, that says it rose or was driven up (けん引, 好調,
 *   急増, 前年比N%増), before any turn (しかし, 一方, …が、): 過去最高 as the fix;
 * - 「出荷は130万台で、前年の150万台を上回った」: a comparison its two figures of one unit contradict (statedComparison.ts):
 *   上回/下回 flagged with its opposite, information.
 */
import { flowRange } from '../document';
import { makeFinding } from '../finding';
import type { Finding } from '../types';
import type { Detector } from './detector';
import { t } from '../l10n';
import { JA_DIGITS, readJapaneseNumber } from '../bilingual/japaneseNumerals';
import { wrongComparisons } from '../statedComparison';

const CODE = 'reversed-change';
/**
 * Words of falling and of rising, each keyed by its whole inflected form (stem and ending) with its
 * opposite in the same form, so the fix is grammatical (減った → 増えた, not 増えっ).
 */
const FALLING: Readonly<Record<string, string>> = {
  下落: '上昇',
  減少: '増加',
  低下: '上昇',
  縮小: '拡大',
  減った: '増えた',
  減って: '増えて',
  減る: '増える',
  減り: '増え',
  下がった: '上がった',
  下がって: '上がって',
  下がる: '上がる',
  下がり: '上がり',
  落ち込んだ: '伸びた',
  落ち込んで: '伸びて',
  落ち込む: '伸びる',
  落ち込み: '伸び',
};
const RISING: Readonly<Record<string, string>> = {
  上昇: '下落',
  増加: '減少',
  拡大: '縮小',
  増えた: '減った',
  増えて: '減って',
  増える: '減る',
  増え: '減り',
  上がった: '下がった',
  上がって: '下がって',
  上がる: '下がる',
  上がり: '下がり',
  伸びた: '落ち込んだ',
  伸びて: '落ち込んで',
  伸びる: '落ち込む',
  伸び: '落ち込み',
};
/** The forms of a table, longest first, so a whole form (増えた) wins over a shorter one (増え). */
const words = (table: Readonly<Record<string, string>>): string =>
  Object.keys(table)
    .sort((a, b) => b.length - a.length)
    .join('|');
/** A noun of change (two kanji) ends its word here: before する, a particle or punctuation (not 減少幅, 下落率). */
const NOUN_ENDS = /^(?:し|す|さ|、|。|と|で|が|を|に|も|\s|$)/;
const NOUN_OF_CHANGE = /^[\u4e00-\u9fff]{2}$/;
const TIMES_FALLING = new RegExp(`([0-9]+(?:\\.[0-9]+)?)倍に(?:まで)?(${words(FALLING)})`, 'g');
const FRACTION_RISING = new RegExp(`[0-9一二三四五六七八九十]+分の[1一]に(?:まで)?(${words(RISING)})`, 'g');

/** A record quarter or record sales (the subject a change of the next clause is usually about). */
export const RECORD = /記録的な(?:四半期|決算|一年|年)|過去最高の(?:四半期|決算|売上高?|収益|業績)|(?:売上高?|収益)[^。]{0,15}過去最高/;
/** A fall against an earlier period, in percent: the 減 is what is flagged. */
export const PERCENT_FALL = /前(?:年|年同期|期|四半期)比(?:で|では)?(?:約)?[0-9０-９.．]+[%％](減)/g;
/** A sentence where a record and a fall may be two figures: profit or loss, or a turn. */
export const OTHER_FIGURE = /利益|益|赤字|一方|しかし|ただ|除く|除いた/;
/** A part of the company (a division, a market): the record of the sentence before is the whole's, not this part's. */
export const PART_OF_WHOLE = /部門|事業|セグメント|向け|地域|製品/;
/** A record low said of a turnaround from losses: the record is a high. */
const LOW_TURNAROUND =
  /(過去最低)(?:の(?:数字|水準|業績|売上高?|利益|収益))?(?:で|であり|となり|を記録し)[^。]*?(?:赤字|低迷|不振|落ち込み)から(?:の)?[^。]{0,6}(?:転換|回復|改善|黒字化|脱却)/g;

/** A figure that is good when high (sales, exports, shipments), the subject of a record low said beside a rise. */
export const GOOD_WHEN_HIGH = /(?:売上高?|売り上げ|収益|輸出|出荷|販売|受注|生産|需要|時価総額)(?:額|量|高|台数|件数|数)?(?:は|が|も)[^。！？]{0,20}?過去最低/g;
/** Words that say the figure rose or was driven up. */
export const RISE_CUE = /けん引|牽引|好調|急増|急伸|押し上げ|増加し|増えた|伸びた|前(?:年|年同期|期)比(?:で)?(?:約)?[0-9０-９.．]+[%％]増/;
/** Words that turn to another figure or another time: what follows may be about a fall. */
export const TURN = /しかし|一方|ものの|だが|ですが|けれど|けど|ところが|ただ|[^だでし]が、/;

/** Demand said to be below supply in a sentence that says supply falls short: the 下回 is flagged. */
const DEMAND_BELOW_SHORT_SUPPLY =
  /需要[^。]{0,20}?(?:供給|供給能力|生産能力|供給量)を(下回)[^。]*?(?:制約|不足|逼迫|ひっ迫|追いつかない|追い付かない|足りない)/g;

/** A minus sign read as part of the figure (マイナス2%, −2%, ▲2%); a hyphen only where no word runs into it (not GPT-4). */
const SIGN = `(?:マイナス|(?<![A-Za-zＡ-Ｚａ-ｚ${JA_DIGITS}])[−\\-－▲△])`;
/** A figure as written: digits with 兆/億/万 (「1兆2000億」, 「2.5」, 「550万」). */
const FIGURE = `[${JA_DIGITS}][${JA_DIGITS},，]*(?:[.．][${JA_DIGITS}]+)?(?:[兆億万][${JA_DIGITS},，]*)*`;
/** What follows a figure's digits: its unit and a word of roughness (ドル前後, %程度), no digits and no clause break. */
const UNIT = `[^${JA_DIGITS}。！？、\\n]{0,6}?`;
/** The size of the change between the figures and the verb: 「、約20%」, 「3割」 (then a bare 増/減 is a verb too). */
const CHANGE_SIZE = `(?:[、，]?(?:約)?[${JA_DIGITS}]+(?:[.．][${JA_DIGITS}]+)?(?:[%％]|割)(?:の|も)?)?`;
/** A bare 増/減 after a size of change, with its opposite. */
const BARE_CHANGE: Readonly<Record<string, string>> = { 増: '減', 減: '増' };
/**
 * From one figure to another (「8ドル前後だったのが、今は2ドル前後まで上がって」, 「26兆ウォンから33兆ウォンに拡大」) right
 * before a verb of change, an adverb at most between.
 */
const FROM_TO = new RegExp(
  `(${SIGN}?)(${FIGURE})(${UNIT})(?:から|だったのが|だったものが)[^。！？${JA_DIGITS}]{0,25}?(${SIGN}?)(${FIGURE})(${UNIT})(?:(?:まで|へ|に)と?|となり、?|になり、?)${CHANGE_SIZE}(?:大きく|大幅に|急速に|さらに)?(${words({ ...FALLING, ...RISING })}|(?<=[%％割])[増減](?=[。、し]|と|で|$))`,
  'g',
);
/** Words of roughness around a unit (前後, 約…): not part of it. */
const ROUGHLY = /前後|程度|ほど|超|弱|強|以上|以下|余り|あまり|近く|台/g;
/** Ranks (10位から3位に上昇: a smaller number is a better place), where the numbers say nothing of the direction. */
const RANK_UNIT = /^(?:位|番目|ランク|等|着)/;
const RANKING = /順位|ランキング|ランク/;
/** Exchange rates (1ドル150円から140円に上昇: the yen rose as the number fell): the number's direction depends on the quote. */
const EXCHANGE_RATE = /円相場|ドル円|ドル\/円|為替|レート|[0-9０-９]ドル(?:=|＝)?$/;
/** A from/to of multiples (PER is 30倍から20倍に低下): a ratio that falls, not a figure that became N times. */
const TIMES_FROM = /[0-9０-９]+(?:[.．][0-9０-９]+)?倍(?:から|だったのが|だったものが)[^。！？0-9０-９]{0,25}$/;
/** Units of time: 「2023年から2024年に減少」 is a span, not a change of a figure. */
const TIME_UNIT = /^(?:年|月|日|時|分|秒|歳|期|週|世代|四半期)/;

/** Each sentence of a text (ending in 。, ！ or ？) with where it starts. */
function sentences(text: string): { start: number; text: string }[] {
  const found: { start: number; text: string }[] = [];
  for (const match of text.matchAll(/[^。！？]+[。！？]?/g)) found.push({ start: match.index ?? 0, text: match[0] });
  return found;
}

export const reversedChange: Detector = {
  code: CODE,
  description: 'A change said the wrong way round: a fall to three times (3倍に下落), a rise to a third (3分の1に増加).',
  detect(doc) {
    const text = doc.flow.text;
    const findings: Finding[] = [];
    const flag = (match: RegExpMatchArray, verb: string, opposite: string, why: string, confidence = 0.7, caveat?: string): void => {
      const start = (match.index ?? 0) + match[0].length - verb.length;
      if (NOUN_OF_CHANGE.test(verb) && !NOUN_ENDS.test(text.slice(start + verb.length, start + verb.length + 1))) return;
      findings.push(
        makeFinding({
          code: CODE,
          range: flowRange(doc.flow, start, start + verb.length),
          message: t('「{0}」 contradicts 「{1}」 before it: probably 「{2}」', verb, match[0].slice(0, -verb.length), opposite),
          confidence,
          explanation: {
            problem: t('The change is said the wrong way round.'),
            reasons: [
              why,
              t('Translation and speech recognition swap words of rising and falling; the number may be what slipped instead.'),
              ...(caveat ? [caveat] : []),
            ],
          },
          replacements: [opposite],
        }),
      );
    };
    // From/to reads only the numbers, not the source: some figures rise as their number falls (a rank, a quote).
    const fromTo = (match: RegExpMatchArray, verb: string, opposite: string, why: string): void =>
      flag(match, verb, opposite, why, 0.55, t('Information only: read from the numbers alone; a rank or a quoted rate rises as its number falls.'));
    for (const match of text.matchAll(TIMES_FALLING)) {
      const times = Number(match[1] ?? '');
      const verb = match[2] ?? '';
      const opposite = FALLING[verb];
      if (!(times > 1) || opposite === undefined) continue;
      if (TIMES_FROM.test(text.slice(Math.max(0, (match.index ?? 0) - 40), match.index ?? 0))) continue;
      flag(match, verb, opposite, t('A figure that becomes {0} times what it was has grown, not fallen.', String(times)));
    }
    for (const match of text.matchAll(FRACTION_RISING)) {
      const verb = match[1] ?? '';
      const opposite = RISING[verb];
      if (opposite === undefined) continue;
      flag(match, verb, opposite, t('A figure that becomes a fraction of what it was has fallen, not grown.'));
    }
    for (const match of text.matchAll(FROM_TO)) {
      const [, fromSign = '', fromDigits = '', fromUnit = '', toSign = '', toDigits = '', toUnit = '', verb = ''] = match;
      const unit = fromUnit.replace(ROUGHLY, '');
      if (unit !== toUnit.replace(ROUGHLY, '') || TIME_UNIT.test(unit) || RANK_UNIT.test(unit)) continue;
      const at = match.index ?? 0;
      const before = text.slice(Math.max(0, text.lastIndexOf('。', at) + 1, at - 40), at);
      if (RANKING.test(before) || EXCHANGE_RATE.test(before)) continue;
      const fromValue = readJapaneseNumber(fromDigits, 0)?.value;
      const toValue = readJapaneseNumber(toDigits, 0)?.value;
      if (fromValue === undefined || toValue === undefined) continue;
      const from = fromSign ? -fromValue : fromValue;
      const to = toSign ? -toValue : toValue;
      if (from === to) continue;
      const rising = RISING[verb] ?? (verb === '増' ? BARE_CHANGE[verb] : undefined);
      const falling = FALLING[verb] ?? (verb === '減' ? BARE_CHANGE[verb] : undefined);
      const fromText = fromSign + fromDigits + fromUnit;
      const toText = toSign + toDigits + toUnit;
      if (to < from && rising !== undefined) fromTo(match, verb, rising, t('The figure goes from {0} to {1}: it has fallen, not grown.', fromText, toText));
      else if (to > from && falling !== undefined)
        fromTo(match, verb, falling, t('The figure goes from {0} to {1}: it has grown, not fallen.', fromText, toText));
    }
    const cue = (start: number, word: string, opposite: string, why: string): void => {
      findings.push(
        makeFinding({
          code: CODE,
          range: flowRange(doc.flow, start, start + word.length),
          message: t('「{0}」 contradicts its sentence: probably 「{1}」', word, opposite),
          confidence: 0.55,
          explanation: {
            problem: t('The change is said the wrong way round.'),
            reasons: [why, t('Information only: the sentence may be about another figure than this one.')],
          },
          replacements: [opposite],
        }),
      );
    };
    const all = sentences(text);
    all.forEach((sentence, index) => {
      if (OTHER_FIGURE.test(sentence.text)) return;
      const previous = PART_OF_WHOLE.test(sentence.text) ? '' : (all[index - 1]?.text ?? '');
      if (!RECORD.test(sentence.text) && !RECORD.test(previous)) return;
      for (const match of sentence.text.matchAll(PERCENT_FALL)) {
        const at = sentence.start + (match.index ?? 0) + match[0].length - 1;
        cue(at, '減', '増', t('A record quarter or record sales are above every earlier period: they cannot have fallen against one.'));
      }
    });
    for (const sentence of all)
      for (const comparison of wrongComparisons(sentence.text)) {
        const why =
          comparison.verb === '上回'
            ? t('{0} is below {1}: the sentence says it is above.', comparison.subject, comparison.compared)
            : t('{0} is above {1}: the sentence says it is below.', comparison.subject, comparison.compared);
        cue(sentence.start + comparison.start, comparison.verb, comparison.opposite, why);
      }
    for (const match of text.matchAll(DEMAND_BELOW_SHORT_SUPPLY)) {
      const at = (match.index ?? 0) + match[0].indexOf('を下回') + 1;
      cue(at, '下回', '上回', t('Supply that falls short means demand is above it, not below.'));
    }
    all.forEach((sentence, index) => {
      for (const match of sentence.text.matchAll(GOOD_WHEN_HIGH)) {
        const at = (match.index ?? 0) + match[0].length - '過去最低'.length;
        // The rise must be said of the same figure: in the rest of the sentence or the next one, before any turn.
        const rest = sentence.text.slice(0, at) + sentence.text.slice(at + '過去最低'.length) + (all[index + 1]?.text ?? '');
        const beforeTurn = rest.split(TURN)[0] ?? '';
        if (TURN.test(sentence.text) || !RISE_CUE.test(beforeTurn)) continue;
        cue(sentence.start + at, '過去最低', '過去最高', t('The sentence says the figure rose or was driven up: a record of a rise is a high, not a low.'));
      }
    });
    for (const match of text.matchAll(LOW_TURNAROUND)) {
      cue(match.index ?? 0, '過去最低', '過去最高', t('A turnaround from losses makes a record high, not a record low.'));
    }
    return findings;
  },
};
