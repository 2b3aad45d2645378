import { loadTokenizer } from './server/src/core/tokenizer';
(async () => { const t = await loadTokenizer(); for (const w of process.argv.slice(2)) console.log(w, t.tokenize(w).map((x) => `${x.surface}/${x.known ? 'K' : 'U'}/${x.pos}`).join(' ')); })();
