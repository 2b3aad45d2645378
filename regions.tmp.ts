import * as fs from 'node:fs';
import { loadTokenizer } from './server/src/core/tokenizer';
import { chunkBreakFacts } from './server/src/core/layout';
(async () => {
  const tok = await loadTokenizer();
  for (const f of process.argv.slice(2)) {
    const text = fs.readFileSync(f, 'utf8');
    const facts = chunkBreakFacts(text, tok);
    let open = 0, runs = 0, mark = 0, particle = 0, sentence = 0, word = 0;
    for (const x of facts) { if (!x.open) continue; open++; if (x.runsOn) runs++; if (x.own === 'particle') particle++; if (x.own === 'sentence') sentence++; if (x.own === 'word') word++; if (x.own==='mark') mark++; }
    console.log(f.split('/').pop()?.slice(0, 40).padEnd(40), 'open', open, 'runsOn', runs, (runs / Math.max(1, open)).toFixed(2), 'particle', particle, 'sentence', sentence, 'word', word, 'mark', mark);
  }
})();
