import { describe } from 'node:test';
import { detectorTable, type FlaggedCase, type QuietCase } from '../support/detectorTable';

const CODE = 'misheard-acronym';

// Sentences written by us, in the genre of the transcripts.
const FOUND: readonly FlaggedCase[] = [
  {
    name: 'a chip acronym with B heard for P, among words of its field',
    text: '新しいデータセンターには最新のGBUが十万基並び、学習と推論の両方に使われる。',
    expected: [['GBU', 'GPU', 'warning']],
  },
  {
    name: 'a memory acronym with V for B, where the document writes the right one elsewhere',
    text: 'HBMの需要は強い。SKハイニックスはHVMの増産を急いでいる。',
    expected: [['HVM', 'HBM', 'warning']],
  },
  {
    name: 'M heard for N, with one word of its field: information',
    text: '米国のMISTが新しい指針をまとめた。',
    expected: [['MIST', 'NIST', 'information']],
  },
  {
    name: 'a mixed-case acronym, V for W',
    text: 'TSMCのCoVoSは先端パッケージングの要で、GPUの供給を左右している。',
    expected: [['CoVoS', 'CoWoS', 'warning']],
  },
];

const QUIET: readonly QuietCase[] = [
  { name: 'a listed acronym', text: 'CPUとGPUとTPUの違いを説明する。' },
  { name: 'an acronym one letter from a listed one, with nothing of its field around it', text: 'GBUという団体が声明を出した。' },
  { name: 'an unknown acronym the document writes three times and never the listed one', text: 'HVMの会合。HVMの会員。HVMの規約には半導体の話もある。' },
  { name: 'a capitalised English word is no acronym', text: 'Memoryという曲をGPUの話の後に聴いた。' },
  { name: 'a known name is no acronym', text: 'NVIDIAのGPUは高い。' },
];

describe('acronyms heard with a wrong letter', () => {
  detectorTable(CODE, FOUND, QUIET);
});
