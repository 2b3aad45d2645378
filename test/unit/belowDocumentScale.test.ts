import { describe } from 'node:test';
import { detectorTable, type FlaggedCase, type QuietCase } from '../support/detectorTable';

const CODE = 'wrong-magnitude';

// Sentences and figures written by us for the test: a company that counts in 億 of dollars, and one amount in 万.
const BILLIONS = '同社の通期の売上高は320億ドル、営業利益は85億ドルだった。設備投資は150億ドル、研究開発費は47億ドルに上る。';

const FOUND: readonly FlaggedCase[] = [
  {
    name: 'a segment’s sales in 万 among a company’s figures in 億',
    text: `${BILLIONS}クラウド事業の売上高は2870万ドルとなった。`,
    expected: [['2870万', undefined, 'information']],
  },
  {
    name: 'a deal in 万 whose reading in 億 lies within the document’s amounts: the fix is offered',
    text: `${BILLIONS}同社は新興企業を124万ドルで買収した。`,
    expected: [['124万', '124億', 'information']],
  },
  {
    name: 'a deal in 万 whose reading in 億 would be thirty times the revenue: no fix',
    text: '同社の売上高は120億ドル、営業利益は35億ドルだった。設備投資は18億ドル、研究開発費は27億ドルに上る。買収額は3680万ドルだった。',
    expected: [['3680万', undefined, 'information']],
  },
  {
    name: 'a deal in 万 among a company’s figures in 億, said on a line of its own',
    text: `${BILLIONS}\n大手との最大1630万ドルの契約と`,
    expected: [['1630万', undefined, 'information']],
  },
  {
    name: 'a loan in 万 under a million among a company’s figures in 億',
    text: `${BILLIONS}同社は75万ドルの借り入れを行った。`,
    expected: [['75万', '75億', 'information']],
  },
  {
    name: 'a story whose large sums are partly in another currency than the amount’s',
    text: '同社の売上高は320億ドル、営業利益は85億ドルだった。欧州の設備投資は150億ユーロ、研究開発費は47億ユーロに上る。クラウド事業の売上高は2870万ドルとなった。',
    expected: [['2870万', undefined, 'information']],
  },
];

const QUIET: readonly QuietCase[] = [
  { name: 'an upfront payment, a small sum', text: `${BILLIONS}提携の契約一時金は2870万ドルだった。` },
  { name: 'a round amount in 万', text: `${BILLIONS}クラウド事業の売上高は5000万ドルとなった。` },
  { name: 'an amount in 万 whose sentence speaks of no company figure', text: `${BILLIONS}記念式典には2870万ドルがかかったという。` },
  {
    name: 'a document with only three amounts in 億',
    text: '同社の売上高は320億ドル、営業利益は85億ドルだった。設備投資は150億ドル。クラウド事業の売上高は2870万ドルとなった。',
  },
  {
    name: 'a document that counts in 万 often',
    text: `${BILLIONS}子会社の売上高は2870万ドル、別の子会社の売上高は1940万ドルだった。`,
  },
  { name: 'an amount in 万 of another currency', text: `${BILLIONS}欧州子会社の売上高は2870万ユーロだった。` },
  {
    name: 'large sums in yen do not make a story’s scale for another currency',
    text: '同社の売上高は320億ドル、営業利益は85億ドルだった。国内の設備投資は150億円、研究開発費は47億円に上る。クラウド事業の売上高は2870万ドルとなった。',
  },
  { name: 'an amount under a hundred thousand', text: `${BILLIONS}同社は7万5000ドルの借り入れを行った。` },
];

describe('an amount in 万 among a document’s amounts in 億 and 兆', () => {
  detectorTable(CODE, FOUND, QUIET);
});
