import type { EvalArticle } from './read-eval-sentences.js';

/** A small deterministic PRNG (mulberry32), so every run builds the same inputs. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The k-th sentence of an endless stream over the pool: the pool itself first,
 * then (beyond its end) sentences spliced from the first half of one real
 * sentence and the second half of another, so a 10,000-sentence side is still
 * made of real news words and no sentence repeats verbatim.
 */
export function poolSentence(pool: string[], k: number): string {
  if (k < pool.length) return pool[k];
  const a = pool[k % pool.length].split(' ');
  const b = pool[(k * 7919 + Math.floor(k / pool.length)) % pool.length].split(' ');
  return [...a.slice(0, Math.ceil(a.length / 2)), ...b.slice(Math.floor(b.length / 2))].join(' ');
}

/** A real sentence reworded the way outlets do: a word dropped, or two neighbouring words swapped. */
export function mutate(sentence: string, rnd: () => number): string {
  const words = sentence.split(' ');
  if (words.length < 5) return sentence;
  const at = 1 + Math.floor(rnd() * (words.length - 2));
  if (rnd() < 0.5) words.splice(at, 1);
  else [words[at], words[at - 1]] = [words[at - 1], words[at]];
  return words.join(' ');
}

/** Sentences as an article: paragraphs of four sentences separated by blank lines. */
export function asArticle(sentences: string[]): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 4) paragraphs.push(sentences.slice(i, i + 4).join(' '));
  return `${paragraphs.join('\n\n')}\n`;
}

/**
 * Two documents of `n` sentences each: A runs through the pool; B carries half
 * of A's sentences reworded (mutate) and half other sentences, with its
 * paragraphs in a shuffled order (outlets reorder freely).
 */
export function buildPair(pool: string[], n: number, seed = 7): { a: string; b: string } {
  const rnd = random(seed);
  const a: string[] = [];
  const b: string[] = [];
  for (let i = 0; i < n; i++) {
    a.push(poolSentence(pool, i));
    b.push(rnd() < 0.5 ? mutate(poolSentence(pool, i), rnd) : poolSentence(pool, i + n));
  }
  const blocks: string[][] = [];
  for (let i = 0; i < b.length; i += 4) blocks.push(b.slice(i, i + 4));
  for (let i = blocks.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [blocks[i], blocks[j]] = [blocks[j], blocks[i]];
  }
  return { a: asArticle(a), b: asArticle(blocks.flat()) };
}

/**
 * `count` sources of about `size` sentences on a few stories: source k belongs to
 * one of the largest ECB+ event clusters (several outlets on the same event) and
 * takes an article of that event, topped up with sentences of the event's other
 * articles and reworded, so many sources share claims as 50 outlets on one story do.
 */
export function buildManySources(articles: EvalArticle[], count: number, size: number, seed = 11): string[] {
  const rnd = random(seed);
  const events = new Map<string, EvalArticle[]>();
  for (const a of articles) events.set(a.event, [...(events.get(a.event) ?? []), a]);
  const biggest = [...events.values()].sort((p, q) => q.length - p.length || p[0].event.localeCompare(q[0].event)).slice(0, 3);
  const sources: string[] = [];
  for (let k = 0; k < count; k++) {
    const event = biggest[k % biggest.length];
    const own = event[Math.floor(k / biggest.length) % event.length];
    const sentences = [...own.sentences];
    const others = event.flatMap((a) => (a === own ? [] : a.sentences));
    while (sentences.length < size && others.length > 0) sentences.push(mutate(others[Math.floor(rnd() * others.length)], rnd));
    sources.push(asArticle(sentences.slice(0, size)));
  }
  return sources;
}
