/**
 * TBX term bases: TBX-Basic as TBX v2 (martif, termEntry, langSet, tig/ntig) and TBX v3 (tbx,
 * conceptEntry, langSec, termSec), which includes the glossary our export writes. A term's
 * administrativeStatus decides what it is: preferred, admitted (also approved), or deprecated,
 * superseded, not recommended or forbidden (to be replaced by the preferred term of its language).
 */
import * as path from 'node:path';
import * as sax from 'sax';
import { ENTITY_TYPES, type EntityType } from '../knowledge/model';
import type { DictionaryProblem } from '../dictionary/prh';
import { t } from '../l10n';
import type { Glossary, GlossaryEntry } from './model';

type Status = 'preferred' | 'admitted' | 'forbidden';

interface TermRecord {
  text: string;
  status: Status | undefined;
}

interface EntryRecord {
  id: string | undefined;
  subject: string | undefined;
  note: string | undefined;
  line: number;
  character: number;
  languages: Map<string, TermRecord[]>;
}

const ENTRY = new Set(['termentry', 'conceptentry']);
const LANGUAGE = new Set(['langset', 'langsec']);
const TERM_GROUP = new Set(['tig', 'ntig', 'termsec']);

function statusOf(value: string): Status {
  if (/deprecated|superseded|forbidden|notrecommended/i.test(value)) return 'forbidden';
  if (/preferred/i.test(value)) return 'preferred';
  return 'admitted';
}

export function parseTbx(text: string, file: string): Glossary {
  const problems: DictionaryProblem[] = [];
  const entries: GlossaryEntry[] = [];
  const parser = sax.parser(true, { lowercase: true, position: true });
  let entry: EntryRecord | undefined;
  let language: string | undefined;
  let group: TermRecord | undefined;
  let field: 'term' | 'status' | 'subject' | 'note' | undefined;
  let buffer = '';
  const languageStack: (string | undefined)[] = [];

  parser.onopentag = (tag) => {
    const name = tag.name.toLowerCase();
    const attribute = (key: string): string | undefined => {
      const value = (tag.attributes as Record<string, string | undefined>)[key];
      return typeof value === 'string' ? value : undefined;
    };
    const lang = attribute('xml:lang');
    languageStack.push(lang ?? languageStack[languageStack.length - 1]);
    if (ENTRY.has(name)) {
      entry = { id: attribute('id'), subject: undefined, note: undefined, line: parser.line, character: parser.column, languages: new Map() };
    } else if (entry && LANGUAGE.has(name)) {
      language = (lang ?? '').toLowerCase();
    } else if (entry && TERM_GROUP.has(name)) {
      group = { text: '', status: undefined };
      const terms = entry.languages.get(language ?? '') ?? [];
      terms.push(group);
      entry.languages.set(language ?? '', terms);
    } else if (entry && name === 'term') {
      // A term directly in a langSet (no tig) is a group of its own.
      if (!group) {
        group = { text: '', status: undefined };
        const terms = entry.languages.get(language ?? '') ?? [];
        terms.push(group);
        entry.languages.set(language ?? '', terms);
      }
      field = 'term';
      buffer = '';
    } else if (entry && name === 'termnote' && /administrativestatus|normativeauthorization/i.test(attribute('type') ?? '')) {
      field = 'status';
      buffer = '';
    } else if (entry && name === 'descrip' && /subjectfield/i.test(attribute('type') ?? '')) {
      field = 'subject';
      buffer = '';
    } else if (entry && (name === 'note' || (name === 'descrip' && /definition/i.test(attribute('type') ?? '')))) {
      field = 'note';
      buffer = '';
    }
  };
  parser.ontext = (value) => {
    if (field) buffer += value;
  };
  parser.oncdata = (value) => {
    if (field) buffer += value;
  };
  parser.onclosetag = (tagName) => {
    const name = tagName.toLowerCase();
    languageStack.pop();
    const value = buffer.trim();
    if (field === 'term' && name === 'term' && group) {
      group.text = value;
      field = undefined;
    } else if (field === 'status' && name === 'termnote' && group) {
      group.status = statusOf(value);
      field = undefined;
    } else if (field === 'subject' && name === 'descrip' && entry) {
      entry.subject = value;
      field = undefined;
    } else if (field === 'note' && (name === 'note' || name === 'descrip') && entry) {
      entry.note ??= value;
      field = undefined;
    } else if (TERM_GROUP.has(name)) {
      group = undefined;
    } else if (LANGUAGE.has(name)) {
      language = undefined;
      group = undefined;
    } else if (ENTRY.has(name) && entry) {
      const made = toEntry(entry, file, problems);
      if (made) entries.push(made);
      entry = undefined;
    }
  };
  parser.onerror = (error) => {
    problems.push({ file, line: parser.line, character: parser.column, message: t('Not valid XML: {0}', error.message.split('\n')[0] ?? '') });
    // Stop at the first error: what follows an XML error cannot be trusted.
    throw error;
  };
  try {
    parser.write(text).close();
  } catch {
    // Reported by onerror; the entries read before the error are kept.
  }
  if (problems.length === 0 && entries.length === 0 && !/<(martif|tbx)\b/i.test(text)) {
    problems.push({ file, line: 0, character: 0, message: t('A TBX glossary has a <martif> or <tbx> root with term entries.') });
  }
  return { entries, problems };
}

function toEntry(entry: EntryRecord, file: string, problems: DictionaryProblem[]): GlossaryEntry | undefined {
  const at = (message: string): void => void problems.push({ file, line: entry.line, character: entry.character, message });
  const languageTerms = (prefix: string): TermRecord[] =>
    [...entry.languages]
      .filter(([language]) => language === prefix || language.startsWith(`${prefix}-`))
      .flatMap(([, terms]) => terms.filter((term) => term.text !== ''));
  const approvedOf = (terms: TermRecord[]): TermRecord[] => [
    ...terms.filter((term) => term.status === 'preferred'),
    ...terms.filter((term) => term.status !== 'preferred' && term.status !== 'forbidden'),
  ];
  const japanese = languageTerms('ja');
  const english = languageTerms('en');
  const others = [...entry.languages].filter(([language]) => !/^(ja|en)(-|$)/.test(language)).flatMap(([, terms]) => terms.filter((term) => term.text !== ''));
  const jaApproved = approvedOf(japanese);
  const enApproved = approvedOf(english);
  const preferredJa = jaApproved[0]?.text;
  const preferredEn = enApproved[0]?.text;
  const preferred = preferredJa ?? preferredEn ?? approvedOf(others)[0]?.text;
  if (preferred === undefined) {
    if (entry.languages.size > 0) at(t('The entry has no approved term (only forbidden ones): nothing to put instead of them.'));
    return undefined;
  }
  const forbidden = [
    ...japanese.filter((term) => term.status === 'forbidden').map((term) => ({ term: term.text, instead: preferredJa ?? preferred })),
    ...english.filter((term) => term.status === 'forbidden').map((term) => ({ term: term.text, instead: preferredEn ?? preferred })),
  ];
  const type = ENTITY_TYPES.find((known) => known === entry.subject?.toLowerCase()) as EntityType | undefined;
  return {
    preferred,
    ...(preferredEn !== undefined && preferredEn !== preferred ? { english: preferredEn } : {}),
    admitted: [...jaApproved.slice(1), ...enApproved.slice(1)].map((term) => term.text),
    forbidden,
    ...(type ? { type } : {}),
    ...(entry.id ? { id: entry.id } : {}),
    ...(entry.note ? { note: entry.note } : {}),
    source: `${path.basename(file)}:${entry.line + 1}`,
  };
}
