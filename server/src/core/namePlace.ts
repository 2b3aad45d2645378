/**
 * Whether a word stands where a name stands, read from the text around it: before a title (ドゥデ氏), before
 * a name's type (…社, …の創業者), quoted after a kind of name (モデル「…」), in a list beside a known name
 * (コアウィーや、…といった), as the subject of an action companies and people take (…が建設, …は調達), as
 * the object of a deal (…を買収, …に出資し, …と提携), as a person somewhere (…がいて), or before 「っていう会社」. The answer is the cue seen (for the finding's reasons), or undefined.
 */

/** What follows an organisation's name and says so. */
const ORGANISATION_AFTER = /^(?:社(?![会員内長])|グループ|研究所|財団|っていう会社|という会社|っていうスタートアップ|というスタートアップ)/;
/** What follows a name and says it names someone's company or post. */
const TYPE_AFTER = /^(?:創業者|共同創業者|の創業者|の共同創業者|のCEO|の社長|の会長)/;
/** A kind of name right before an opening quote. */
const KIND_BEFORE_QUOTE = /(?:モデル|チップ|製品|サービス|シリーズ|ブランド|会社|企業|スタートアップ|プロジェクト|計画|施設|拠点)[「『]$/;
/** Separators of a list of names. */
const LIST_BEFORE = /(?:、|や|と|,\s?)+$/;
const LIST_AFTER = /^(?:、|や|と|,\s?|といった|などの|など|のような)/;
/** Actions a company or person takes, read in the rest of the sentence after は/が. */
const ACTION = /調達|買収|発表|開発|提携|設立|創業|出資|投資|上場|建設|採用|提供|率い|手掛け|手がけ|運営|披露|公開|締結|受注|供給|製造|量産|出荷|受託/;
const SENTENCE_END = /[。！？!?\n]/;
/** Taking part with someone in what is done, right after the partner's name (…と一緒に, …と共同で, …と組んで). */
const PARTNER_AFTER = /^と(?:一緒に|いっしょに|共同で|組んで|協力して|ともに|共に|提携して)/;
/** What is done to a company, right after its name: bought, invested in, allied with (…を買収, …に出資, …と提携). */
const OBJECT_OF_DEAL = /^(?:を(?:買収|買った|買い取|傘下に)|に(?:出資|投資)し|と(?:提携|合併))/;
/**
 * China's provinces: a word ending in 省 is more often a ministry (経済産業省, 国防総省), which is no place.
 */
const PROVINCES = [
  ...['広東', '福建', '浙江', '江蘇', '山東', '河北', '河南', '湖北', '湖南', '安徽', '江西', '四川', '雲南', '貴州', '海南'],
  ...['遼寧', '吉林', '黒竜江', '黒龍江', '陝西', '山西', '甘粛', '青海', '台湾'],
];
/**
 * A country, state or province right before with の (韓国の…, テキサス州の…, 広東省の…): what follows is of that place,
 * often its company or town. Not the whole country or every country (全国の, 各国の, 諸国の), nor a ministry (経済産業省の).
 */
const PLACE_BEFORE = new RegExp(
  String.raw`(?:[\u4e00-\u9fff]{1,3}(?<![全各諸])国|[\u30A1-\u30FC\u4e00-\u9fff]{1,8}州|(?:${PROVINCES.join('|')})省|台湾|日本|欧州|香港)の$`,
);
/** A katakana or capitalised Latin word right before の: a name's owner when it is a known name (エヌビディアの…). */
const OWNER_BEFORE = /([\u30A1-\u30FA\u30FC]+|[A-Z][A-Za-z0-9]+)の$/;
/** A person being somewhere (…には…がいて): only a person or an animal いる. */
const PERSON_THERE = /^が(?:いて|いる|います|いた|おり)/;

export interface NamePlaceInput {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly titles: readonly string[];
  /** Whether a word beside a list separator is a known name (or a capitalised Latin word). */
  readonly isKnownName: (word: string) => boolean;
}

export interface NamePlace {
  /** The words that say so, for the finding's reasons. */
  readonly cue: string;
  /** An organisation's place (…社, …っていう会社): no person's name stands there. */
  readonly organisation: boolean;
}

export function namePlaceOf(input: NamePlaceInput): NamePlace | undefined {
  const organisation = ORGANISATION_AFTER.exec(input.text.slice(input.end, input.end + 12));
  if (organisation) return { cue: organisation[0], organisation: true };
  const cue = namePlaceCue(input);
  return cue === undefined ? undefined : { cue, organisation: false };
}

export function namePlaceCue({ text, start, end, titles, isKnownName }: NamePlaceInput): string | undefined {
  const after = text.slice(end, end + 40);
  const before = text.slice(Math.max(0, start - 24), start);
  const title = titles.find((candidate) => after.startsWith(candidate));
  if (title) return title;
  const type = TYPE_AFTER.exec(after) ?? ORGANISATION_AFTER.exec(after);
  if (type) return type[0];
  if (KIND_BEFORE_QUOTE.test(before) && /^[」』]/.test(after)) return `${before.slice(-3)}…${after[0] ?? ''}`;
  const listAfter = LIST_AFTER.exec(after);
  if (listAfter) {
    const next = /^[\u30A1-\u30FA\u30FC・]+|^[A-Z][A-Za-z0-9]+/.exec(after.slice(listAfter[0].length).replace(/^、/, ''));
    if (next && isKnownName(next[0])) return `${listAfter[0]}${next[0]}`;
  }
  const listBefore = LIST_BEFORE.exec(before);
  if (listBefore) {
    const previous = /(?:[\u30A1-\u30FA\u30FC・]+|[A-Z][A-Za-z0-9]+)$/.exec(before.slice(0, before.length - listBefore[0].length));
    if (previous && isKnownName(previous[0])) return `${previous[0]}${listBefore[0]}`;
  }
  const deal = OBJECT_OF_DEAL.exec(after);
  if (deal) return deal[0];
  const there = PERSON_THERE.exec(after);
  if (there) return there[0];
  // A partner in what is done (…と一緒に建設, …と共同で開発): a company or person takes part in it.
  const partner = PARTNER_AFTER.exec(after);
  if (partner) {
    const action = ACTION.exec((after.slice(partner[0].length).split(SENTENCE_END)[0] ?? '').slice(0, 16));
    if (action) return `${partner[0]}…${action[0]}`;
  }
  const subject = /^(?:は|が)/.exec(after);
  if (subject) {
    const sentence = after.slice(1).split(SENTENCE_END)[0] ?? '';
    const action = ACTION.exec(sentence);
    if (action) return `${subject[0]}…${action[0]}`;
  }
  return undefined;
}

/**
 * A word right after a place or a known name and の (ベルギーの…, テキサス州の…, エヌビディアの…): a company or
 * town of that place, a product of that maker. Weaker than namePlaceCue's places (any word stands there, names
 * and ordinary words alike): only for a word that is no word of the dictionary and sounds like a known name.
 */
export function ownerBeforeCue({ text, start, isKnownName }: Pick<NamePlaceInput, 'text' | 'start' | 'isKnownName'>): string | undefined {
  const before = text.slice(Math.max(0, start - 24), start);
  const place = PLACE_BEFORE.exec(before);
  if (place) return place[0];
  const owner = OWNER_BEFORE.exec(before);
  return owner?.[1] && isKnownName(owner[1]) ? owner[0] : undefined;
}
